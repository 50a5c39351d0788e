package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;
import vn.congvan.model.Requirement;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads per-item statuses from what a unit wrote ("1. Đã hoàn thành", "Nội dung 2: đang thực hiện",
 * "Mục 3 - chưa thực hiện", "đã hoàn thành nội dung 1 và 2"), with or without diacritics. Quoted text
 * is ignored. Choices:
 * <ul>
 * <li>"đã triển khai", "đã thực hiện", "đã triển khai thực hiện" mean DONE: it is how units report
 * carrying out a directive; ongoing work is written "đang …".</li>
 * <li>"chưa hoàn thành"/"chưa xong" mean IN_PROGRESS (not done, but not "chưa thực hiện" either);
 * "chưa/không thực hiện", "chưa triển khai", "sẽ thực hiện" mean NOT_STARTED; "hoàn thành 80%" is IN_PROGRESS;
 * a plan ("sẽ hoàn thành", "dự kiến hoàn thành trước …") states no status.</li>
 * <li>Different statuses for one item ("đã triển khai nhưng chưa hoàn thành") give IN_PROGRESS; statuses
 * offered as alternatives ("đã hoàn thành / đang thực hiện", an unfilled form) give nothing.</li>
 * <li>A blanket sentence ("đã hoàn thành tất cả các nội dung", "đã triển khai đầy đủ") covers every
 * item not stated one by one. A bare "đã hoàn thành" naming no item and no "tất cả" is not applied
 * to every item: the mail still counts as a reply, the clerk decides.</li>
 * </ul>
 */
public final class ComplianceTextParser {
    private static final String NEG = "(?:chua|khong|chang)(?:\\s+the)?(?:\\s+duoc)?\\s+";
    private static final String NEUTRAL = "(?:thoi han|han|de|nham|truoc khi|phan dau|co gang|ket qua|ke hoach|yeu cau)\\s+"
            + "(?:hoan thanh|thuc hien|trien khai)|(?:se|du kien(?:\\s+se)?)\\s+hoan thanh";
    private static final String NOT_STARTED = NEG + "(?:thuc hien|trien khai|tien hanh|lam|bat dau|to chuc)"
            + "|se\\s+(?:thuc hien|trien khai|tien hanh)";
    private static final String IN_PROGRESS = NEG + "(?:hoan thanh|hoan tat|xong)"
            + "|dang(?:\\s+duoc)?\\s+(?:thuc hien|trien khai|tien hanh|hoan thien|lam|xu ly|to chuc)"
            + "|(?:da\\s+)?hoan thanh\\s+(?:duoc\\s+)?\\d{1,2}(?:[.,]\\d+)?\\s*%";
    private static final String DONE = "(?:da\\s+(?:duoc\\s+)?)?(?:hoan thanh|hoan tat)"
            + "|da\\s+(?:duoc\\s+)?(?:thuc hien|trien khai|tien hanh)(?:\\s+(?:thuc hien|xong|hoan tat))?"
            + "|(?:thuc hien|trien khai|lam)\\s+xong|da\\s+xong";
    private static final Pattern STATUS = Pattern.compile("\\b(?:(?<neutral>" + NEUTRAL + ")|(?<ns>" + NOT_STARTED
            + ")|(?<ip>" + IN_PROGRESS + ")|(?<done>" + DONE + "))(?![\\p{L}\\p{N}])");
    private static final String ANY_STATUS = "(?:" + NOT_STARTED + "|" + IN_PROGRESS + "|" + DONE + ")";
    private static final String NOUN = "(?:noi dung|yeu cau|nhiem vu|muc)";
    private static final Pattern BLANKET = Pattern.compile(
            "\\b" + ANY_STATUS + "(?:\\s+\\p{L}+){0,3}?\\s+(?:tat ca|toan bo|day du|cac " + NOUN + "|moi noi dung)"
                    + "(?!(?:\\s+(?:cac\\s+)?" + NOUN + ")?\\s*(?:so\\s*)?\\d)"
                    + "|\\b(?:tat ca|toan bo)\\s+(?:cac\\s+)?" + NOUN + "(?:\\s+\\p{L}+){0,5}?\\s+" + ANY_STATUS + "\\b");
    private static final Pattern KEYWORD_MARKER = Pattern.compile(
            "\\b(?:noi dung|muc|yeu cau|nhiem vu|diem|khoan)\\s*(?:so\\s*|thu\\s*)?(\\d{1,2}(?:\\s*(?:,|va|&)\\s*\\d{1,2})*)\\b");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(?:[-•*+][ \\t]*)?\\(?(\\d{1,2})[.):](?=[\\s\\p{L}])");
    private static final Pattern BREAK = Pattern.compile("[.;!?](?=\\s|$)|\\n|,(?!\\s*\\d)");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s*(?:/|\\||hoac|hay)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private ComplianceTextParser() {
    }

    private sealed interface Token permits Marker, Status, Break {
        int start();

        int end();
    }

    private record Marker(int start, int end, List<String> ids) implements Token {
    }

    /** status null: a neutral phrase ("thời hạn hoàn thành") that only hides the words it covers. */
    private record Status(int start, int end, ComplianceStatus status, boolean alternative) implements Token {
    }

    private record Break(int start, int end) implements Token {
    }

    /**
     * The statuses stated for {@code requirementIds} in {@code text} (a reply body or the text of an
     * attached report), in the order of {@code requirementIds}; items not stated are absent. Only the first
     * {@link InputLimits#maxTextChars()} characters are read: a reply states its statuses in a few lines,
     * and 2.8 MB of status words took 37 seconds.
     */
    public static Map<String, ComplianceStatus> parse(String text, Set<String> requirementIds) {
        int max = InputLimits.DEFAULT.maxTextChars();
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        String own = VietnameseText.clean(QuotedText.strip(VietnameseText.clean(text)));
        StringBuilder work = new StringBuilder(FoldedText.of(own));

        List<ComplianceStatus> blanket = new ArrayList<>();
        Matcher b = BLANKET.matcher(work.toString());
        while (b.find()) {
            Matcher s = STATUS.matcher(b.group());
            while (s.find()) {
                if (statusOf(s) != null) {
                    blanket.add(statusOf(s));
                    break;
                }
            }
            for (int i = b.start(); i < b.end(); i++) {
                work.setCharAt(i, ' ');
            }
        }
        String folded = work.toString();

        Map<String, List<Status>> stated = assign(tokens(folded));
        Map<String, ComplianceStatus> result = new LinkedHashMap<>();
        for (String id : requirementIds) {
            List<Status> list = stated.get(id);
            ComplianceStatus s = list == null ? null : decide(list);
            if (s == null && !blanket.isEmpty()) {
                s = combine(blanket);
            }
            if (s != null) {
                result.put(id, s);
            }
        }
        return result;
    }

    /**
     * What {@code text} says of each of {@code requirements} (their ids, and their texts for items named by
     * topic), in the order of {@code requirements}; items not mentioned are absent.
     */
    public static Map<String, ItemReading> read(String text, List<Requirement> requirements) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        requirements.forEach(r -> ids.add(r.id()));
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        parse(text, ids).forEach((id, status) -> readings.put(id, ItemReading.certain(status, "")));
        return readings;
    }

    private static List<Token> tokens(String f) {
        List<Token> all = new ArrayList<>();
        Matcher m = LINE_MARKER.matcher(f);
        while (m.find()) {
            all.add(new Marker(m.start(), m.end(), numbers(m.group(1))));
        }
        m = KEYWORD_MARKER.matcher(f);
        while (m.find()) {
            all.add(new Marker(m.start(), m.end(), numbers(m.group(1))));
        }
        m = STATUS.matcher(f);
        int previousEnd = -1;
        while (m.find()) {
            ComplianceStatus st = statusOf(m);
            boolean alternative = previousEnd >= 0 && ALTERNATIVE.matcher(f.substring(previousEnd, m.start())).matches();
            all.add(new Status(m.start(), m.end(), st, alternative));
            if (st != null) {
                previousEnd = m.end();
            }
        }
        m = BREAK.matcher(f);
        while (m.find()) {
            all.add(new Break(m.start(), m.end()));
        }
        all.sort(Comparator.comparingInt(Token::start).thenComparingInt(t -> t instanceof Marker ? 0 : 1));
        List<Token> kept = new ArrayList<>();
        int covered = -1;
        for (Token t : all) {
            if (t.start() >= covered) {
                kept.add(t);
                covered = t.end();
            }
        }
        return kept;
    }

    /** Which item each status belongs to: the marker before it in the clause, or one right after it. */
    private static Map<String, List<Status>> assign(List<Token> tokens) {
        Map<String, List<Status>> stated = new LinkedHashMap<>();
        List<String> current = List.of();
        boolean markerInClause = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t instanceof Marker mk) {
                current = mk.ids();
                markerInClause = true;
            } else if (t instanceof Break) {
                markerInClause = false;
            } else if (t instanceof Status st && st.status() != null) {
                List<String> target = current;
                if (!markerInClause) {
                    Marker next = nextMarkerInClause(tokens, i);
                    if (next != null) {
                        target = next.ids();
                    }
                }
                for (String id : target) {
                    stated.computeIfAbsent(id, k -> new ArrayList<>()).add(st);
                }
            }
        }
        return stated;
    }

    private static Marker nextMarkerInClause(List<Token> tokens, int from) {
        for (int j = from + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t instanceof Break) {
                return null;
            }
            if (t instanceof Marker mk) {
                return mk;
            }
        }
        return null;
    }

    private static ComplianceStatus decide(List<Status> list) {
        if (list.stream().skip(1).anyMatch(Status::alternative)) {
            return null;
        }
        return combine(list.stream().map(Status::status).toList());
    }

    private static ComplianceStatus combine(List<ComplianceStatus> statuses) {
        EnumSet<ComplianceStatus> distinct = EnumSet.copyOf(statuses);
        return distinct.size() == 1 ? distinct.iterator().next() : ComplianceStatus.IN_PROGRESS;
    }

    private static ComplianceStatus statusOf(Matcher m) {
        if (m.group("ns") != null) {
            return ComplianceStatus.NOT_STARTED;
        }
        if (m.group("ip") != null) {
            return ComplianceStatus.IN_PROGRESS;
        }
        if (m.group("done") != null) {
            return ComplianceStatus.DONE;
        }
        return null;
    }

    private static List<String> numbers(String list) {
        List<String> ids = new ArrayList<>();
        Matcher n = NUMBER.matcher(list);
        while (n.find()) {
            ids.add(Integer.toString(Integer.parseInt(n.group())));
        }
        return ids;
    }
}
