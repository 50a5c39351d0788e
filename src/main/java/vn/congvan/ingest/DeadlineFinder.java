package vn.congvan.ingest;

import vn.congvan.text.VietnameseDates;

import vn.congvan.model.Recurrence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    /**
     * "kể từ ngày 01/3/2020", "từ ngày …", "từ tháng 3/2020", "bắt đầu từ kỳ báo cáo quý II/2021": a start,
     * never a deadline.
     */
    private static final Pattern STARTS_FROM = Pattern.compile(
            "(?:\\btừ|bắt đầu)(?:\\s+kỳ(?:\\s+báo cáo)?)?\\s*(?:ngày|tháng|quý)?\\s*$", FLAGS);
    /** A time of day as offices write it: "16 giờ 30", "16 giờ 30 phút", "16h30", "8 giờ", "16:30". */
    private static final String TIME = "(\\d{1,2})\\s*(?:giờ|h|g|:)\\s*(\\d{1,2})?\\s*(?:phút)?";
    /** "… 31/12/2017 trở về trước" (said after the date): a cut-off, never a deadline. */
    private static final Pattern CUT_OFF = Pattern.compile("^\\s*(?:trở về trước|trở về sau|trở đi|trở lại đây)", FLAGS);
    /**
     * The words of a deadline right before the date: "trước ngày 30/8/2019", "hoàn thành trước ngày …",
     * "chậm nhất (là) ngày …", "hạn chót …", "thời hạn: …", "không quá ngày …", "đến (hết) ngày …".
     */
    private static final Pattern DUE_BY = Pattern.compile(
            "(?:\\btrước|chậm nhất|muộn nhất|hạn chót|hạn cuối|thời hạn|không quá|đến hết|\\bđến|hoàn thành)"
                    + "(?:\\s+là)?\\s*:?\\s*(?:" + TIME + "\\s*,?\\s*)?(?:ngày|tháng)?\\s*$", FLAGS);
    /** The time of day right before a deadline's date: "… 16 giờ 30 (phút)(,) ngày ". */
    private static final Pattern TIME_BEFORE_DATE = Pattern.compile(TIME + "\\s*,?\\s*(?:ngày)?\\s*$", FLAGS);
    /** "Quý III/2020", "quý 3 năm 2020": a time frame, due at the end of the quarter. */
    private static final Pattern QUARTER_FRAME = Pattern.compile(
            "\\bquý\\s+(IV|I{1,3}|[1-4])\\s*(?:/|-|năm)\\s*(\\d{4})(?![\\d/])", FLAGS);
    /** "năm 2021" alone in a deadline column: due at the end of the year. */
    private static final Pattern YEAR_FRAME = Pattern.compile("^\\s*(?:trong\\s+)?năm\\s+(\\d{4})\\s*$", FLAGS);
    /** "trước ngày 20 hằng tháng", "ngày 25 hàng tháng": due every month on that day. */
    private static final Pattern MONTHLY = Pattern.compile("(?:ngày\\s+(\\d{1,2})\\s+)?(?:hằng|hàng|mỗi)\\s+tháng", FLAGS);
    /** "định kỳ hằng quý", "hàng quý", "mỗi quý"; "trước ngày 15 tháng cuối quý" gives the day. */
    private static final Pattern QUARTERLY = Pattern.compile("(?:hằng|hàng|mỗi)\\s+quý", FLAGS);
    private static final Pattern DAY_OF_QUARTER = Pattern.compile("ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng cuối (?:mỗi\\s+)?quý", FLAGS);
    /** The start of a series: "từ (kỳ báo cáo) quý II/2021", "từ tháng 5/2021", "từ ngày 01/5/2021". */
    private static final Pattern SERIES_START = Pattern.compile("(?:\\btừ|bắt đầu)(?:\\s+kỳ(?:\\s+báo cáo)?)?\\s+"
            + "(?:quý\\s+(IV|I{1,3}|[1-4])\\s*(?:/|-|năm)\\s*(\\d{4})|tháng\\s+(\\d{1,2})\\s*(?:/|-|năm)\\s*(\\d{4})"
            + "|ngày\\s+\\d{1,2}[/.-](\\d{1,2})[/.-](\\d{4}))", FLAGS);
    /** "Tháng 5/2020", "trong tháng 5/2020", "tháng 5 năm 2020": a time frame, due at the end of the month. */
    private static final Pattern MONTH_FRAME = Pattern.compile("\\btháng\\s+(\\d{1,2})\\s*(?:/|-|năm)\\s*(\\d{4})(?![\\d/])", FLAGS);
    /** "Ngày 30/8/2019, Sở … sẽ xóa …; đề nghị sao lưu trước thời điểm trên": due by the event's date. */
    private static final Pattern BEFORE_THAT_EVENT = Pattern.compile(
            "\\btrước\\s+(?:thời điểm|thời hạn|ngày)\\s+(?:nêu trên|trên|này|đó)\\b", FLAGS);

    private enum Kind { CITED, START, CUT_OFF, DEADLINE, EVENT }

    /**
     * What a requirement's text says about when it is due.
     *
     * @param deadlines  the dates, in order of appearance, without duplicates
     * @param dueTime    the time of day written with the latest deadline, or null
     * @param recurrence how it recurs, or null when it is due once
     */
    record Found(List<LocalDate> deadlines, LocalTime dueTime, Recurrence recurrence) {
    }

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
        return read(text).deadlines();
    }

    /**
     * The deadlines, the time of day of the latest and the recurrence written in {@code text}.
     *
     * @throws VietnameseDates.InvalidDate for a date that cannot exist
     */
    static Found read(String text) {
        List<Mention> deadlines = deadlineMentions(text);
        List<LocalDate> dates = deadlines.stream().map(Mention::date).distinct().toList();
        LocalTime time = dates.stream().max(Comparator.naturalOrder())
                .flatMap(latest -> deadlines.stream().filter(m -> m.date().equals(latest)).findFirst())
                .flatMap(m -> timeBefore(text, m.start())).orElse(null);
        // A text with a date to meet is due once, whatever else it says ("họp giao ban hằng tháng").
        return new Found(dates, time, dates.isEmpty() ? recurrence(text) : null);
    }

    /**
     * The deadline written in a task table's deadline column ("Tháng 5/2020", "Quý III/2020", "Trước ngày
     * 15/6/2020", "30/6/2020", "Năm 2021"): any date there is a deadline. "Thường xuyên" and the like give none.
     */
    static Found readColumn(String cell) {
        Matcher year = YEAR_FRAME.matcher(cell);
        if (year.matches()) {
            return new Found(List.of(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31)), null, null);
        }
        Found found = read(cell);
        if (!found.deadlines().isEmpty() || found.recurrence() != null) {
            return found;
        }
        List<Mention> bare = dates(cell).stream().filter(m -> m.kind() == Kind.EVENT).toList();
        LocalTime time = bare.isEmpty() ? null : timeBefore(cell, bare.get(bare.size() - 1).start()).orElse(null);
        return new Found(bare.stream().map(Mention::date).distinct().toList(), time, null);
    }

    private static List<Mention> deadlineMentions(String text) {
        List<Mention> mentions = dates(text);
        List<Mention> deadlines = new ArrayList<>(mentions.stream().filter(m -> m.kind() == Kind.DEADLINE).toList());
        deadlines.addAll(monthFrames(text, mentions));
        deadlines.addAll(quarterFrames(text));
        deadlines.addAll(eventsReferredBack(text, mentions));
        deadlines.sort(Comparator.comparingInt(Mention::start));
        return deadlines;
    }

    /** "16 giờ 30" right before the date that starts at {@code dateStart}. */
    private static Optional<LocalTime> timeBefore(String text, int dateStart) {
        Matcher m = TIME_BEFORE_DATE.matcher(text.substring(Math.max(0, dateStart - LOOK_BEHIND), dateStart));
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** A series of deadlines ("trước ngày 20 hằng tháng", "định kỳ hằng quý"), with its start when one is written. */
    private static Recurrence recurrence(String text) {
        Matcher monthly = MONTHLY.matcher(text);
        Matcher quarterly = QUARTERLY.matcher(text);
        Recurrence.Period period;
        int day = 0;
        if (monthly.find()) {
            period = Recurrence.Period.MONTHLY;
            day = monthly.group(1) == null ? 0 : Integer.parseInt(monthly.group(1));
        } else if (quarterly.find()) {
            period = Recurrence.Period.QUARTERLY;
            Matcher d = DAY_OF_QUARTER.matcher(text);
            day = d.find() ? Integer.parseInt(d.group(1)) : 0;
        } else {
            return null;
        }
        if (day > 31) {
            throw new VietnameseDates.InvalidDate("ngày " + day);
        }
        return new Recurrence(period, day, seriesStart(text));
    }

    private static YearMonth seriesStart(String text) {
        Matcher m = SERIES_START.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return YearMonth.of(Integer.parseInt(m.group(2)), quarter(m.group(1)) * 3 - 2);
        }
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String year = m.group(3) != null ? m.group(4) : m.group(6);
        return YearMonth.from(endOfMonth(month, year));
    }

    /** Quarter frames that are not a start ("từ quý II/2021"), each due at the quarter's last day. */
    private static List<Mention> quarterFrames(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = QUARTER_FRAME.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start());
            if (!STARTS_FROM.matcher(before).find()) {
                YearMonth last = YearMonth.of(Integer.parseInt(m.group(2)), quarter(m.group(1)) * 3);
                found.add(new Mention(m.start(), m.end(), last.atEndOfMonth(), Kind.DEADLINE));
            }
        }
        return found;
    }

    private static int quarter(String written) {
        return switch (written.toUpperCase(java.util.Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
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
