package vn.congvan.ingest;

import vn.congvan.text.VietnameseDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the deadlines in the text of one requirement. A date is a deadline only when the words before
 * it say so; the rules are the named patterns below, checked in the order they are listed.
 */
final class DeadlineFinder {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** How far before a date we look for the words that classify it. */
    private static final int LOOK_BEHIND = 60;

    /** "Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019": the date of a cited document, never a deadline. */
    private static final Pattern CITED_DOCUMENT = Pattern.compile("\\bsố\\s*:?\\s*\\S+\\s*,?\\s*(?:ngày\\s*)?$", FLAGS);
    /** "kể từ ngày 01/3/2020", "từ ngày …", "từ tháng 3/2020": a start, never a deadline. */
    private static final Pattern STARTS_FROM = Pattern.compile("(?:\\btừ|bắt đầu)\\s*(?:ngày|tháng)?\\s*$", FLAGS);
    /** "… 31/12/2017 trở về trước" (said after the date): a cut-off, never a deadline. */
    private static final Pattern CUT_OFF = Pattern.compile("^\\s*(?:trở về trước|trở về sau|trở đi|trở lại đây)", FLAGS);
    /**
     * The words of a deadline right before the date: "trước ngày 30/8/2019", "hoàn thành trước ngày …",
     * "chậm nhất (là) ngày …", "hạn chót …", "thời hạn: …", "không quá ngày …", "đến (hết) ngày …".
     */
    private static final Pattern DUE_BY = Pattern.compile(
            "(?:\\btrước|chậm nhất|muộn nhất|hạn chót|hạn cuối|thời hạn|không quá|đến hết|\\bđến|hoàn thành)"
                    + "(?:\\s+là)?\\s*:?\\s*(?:ngày|tháng)?\\s*$", FLAGS);
    /** "Tháng 5/2020", "trong tháng 5/2020", "tháng 5 năm 2020": a time frame, due at the end of the month. */
    private static final Pattern MONTH_FRAME = Pattern.compile("\\btháng\\s+(\\d{1,2})\\s*(?:/|-|năm)\\s*(\\d{4})(?![\\d/])", FLAGS);
    /** "Ngày 30/8/2019, Sở … sẽ xóa …; đề nghị sao lưu trước thời điểm trên": due by the event's date. */
    private static final Pattern BEFORE_THAT_EVENT = Pattern.compile(
            "\\btrước\\s+(?:thời điểm|thời hạn|ngày)\\s+(?:nêu trên|trên|này|đó)\\b", FLAGS);

    private enum Kind { CITED, START, CUT_OFF, DEADLINE, EVENT }

    private record Mention(int start, int end, LocalDate date, Kind kind) {
    }

    private DeadlineFinder() {
    }

    /**
     * The deadlines written in {@code text}, in order of appearance, without duplicates.
     *
     * @throws VietnameseDates.InvalidDate for a date that cannot exist
     */
    static List<LocalDate> find(String text) {
        List<Mention> mentions = dates(text);
        List<Mention> deadlines = new ArrayList<>(mentions.stream().filter(m -> m.kind() == Kind.DEADLINE).toList());
        deadlines.addAll(monthFrames(text, mentions));
        deadlines.addAll(eventsReferredBack(text, mentions));
        return deadlines.stream().sorted(Comparator.comparingInt(Mention::start))
                .map(Mention::date).distinct().toList();
    }

    /** Every full date in the text, classified by the words around it. */
    private static List<Mention> dates(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher verbal = VietnameseDates.VERBAL.matcher(text);
        while (verbal.find()) {
            found.add(classify(text, verbal.start(), verbal.end(), VietnameseDates.of(verbal)));
        }
        Matcher numeric = VietnameseDates.NUMERIC.matcher(text);
        while (numeric.find()) {
            int start = numeric.start();
            if (found.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                found.add(classify(text, start, numeric.end(), VietnameseDates.of(numeric)));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static Mention classify(String text, int start, int end, LocalDate date) {
        String before = text.substring(Math.max(0, start - LOOK_BEHIND), start);
        Kind kind;
        if (CITED_DOCUMENT.matcher(before).find()) {
            kind = Kind.CITED;
        } else if (STARTS_FROM.matcher(before).find()) {
            kind = Kind.START;
        } else if (CUT_OFF.matcher(text.substring(end)).find()) {
            kind = Kind.CUT_OFF;
        } else if (DUE_BY.matcher(before).find()) {
            kind = Kind.DEADLINE;
        } else {
            kind = Kind.EVENT;
        }
        return new Mention(start, end, date, kind);
    }

    /** Month time frames that are not part of a full date and not a start. */
    private static List<Mention> monthFrames(String text, List<Mention> dates) {
        List<Mention> found = new ArrayList<>();
        Matcher m = MONTH_FRAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            boolean insideDate = dates.stream().anyMatch(d -> d.start() <= start && start < d.end());
            String before = text.substring(Math.max(0, start - LOOK_BEHIND), start);
            if (!insideDate && !STARTS_FROM.matcher(before).find()) {
                found.add(new Mention(start, m.end(), endOfMonth(m.group(1), m.group(2)), Kind.DEADLINE));
            }
        }
        return found;
    }

    /** For each "trước thời điểm trên", the last event date written before it. */
    private static List<Mention> eventsReferredBack(String text, List<Mention> dates) {
        List<Mention> found = new ArrayList<>();
        Matcher m = BEFORE_THAT_EVENT.matcher(text);
        while (m.find()) {
            int at = m.start();
            dates.stream().filter(d -> d.kind() == Kind.EVENT && d.end() <= at)
                    .reduce((first, second) -> second)
                    .ifPresent(event -> found.add(new Mention(at, m.end(), event.date(), Kind.DEADLINE)));
        }
        return found;
    }

    private static LocalDate endOfMonth(String month, String year) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new VietnameseDates.InvalidDate(month + "/" + year);
        }
        return YearMonth.of(Integer.parseInt(year), m).atEndOfMonth();
    }
}
