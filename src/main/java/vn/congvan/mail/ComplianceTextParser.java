package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.mail.ReplyWording.Kind;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;
import vn.congvan.model.Requirement;
import vn.congvan.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a unit wrote about each requirement ("1. Đã hoàn thành", "Nội dung 2: đang thực hiện",
 * "Mục 3 - chưa thực hiện", "đã hoàn thành nội dung 1 và 2", "việc sao lưu thư đã xong"), with or without
 * diacritics. Quoted text is ignored. The status words are in {@code reply-wording.txt} ({@link ReplyWording}).
 * Choices:
 * <ul>
 * <li>"đã triển khai", "đã thực hiện", "đã triển khai thực hiện" mean DONE: it is how units report
 * carrying out a directive; ongoing work is written "đang …".</li>
 * <li>"chưa hoàn thành"/"chưa xong" mean IN_PROGRESS (not done, but not "chưa thực hiện" either);
 * "chưa/không thực hiện", "chưa triển khai", "sẽ thực hiện" mean NOT_STARTED; "hoàn thành 80%" is IN_PROGRESS.
 * A plan ("sẽ hoàn thành trước ngày 30/9") is IN_PROGRESS with that day as {@code expectedBy}, unless the
 * item states another status ("chưa thực hiện, sẽ hoàn thành trước …" stays NOT_STARTED, with the day).</li>
 * <li>Different statuses for one item in one sentence ("đã triển khai nhưng chưa hoàn thành") give
 * IN_PROGRESS; in different sentences they contradict each other: IN_PROGRESS, for the clerk to confirm.
 * Statuses offered as alternatives ("đã hoàn thành / đang thực hiện", an unfilled form) give nothing.</li>
 * <li>An item is named by its number before the status ("Nội dung 1, 2 và 3", "mục 1-3", "nội dung 1 và nội
 * dung 3"), right after it in the clause ("đã xong (nội dung 1)", "đã xong - mục 2"), by its topic
 * ({@link TopicMatcher}: never certain, the clerk confirms it), or by the last number written before.</li>
 * <li>A blanket sentence ("đã hoàn thành tất cả các nội dung", "đã triển khai đầy đủ", "cả 3 nội dung đều
 * đã hoàn thành") covers every item not stated one by one; when it counts the items and the count is not
 * the dispatch's, the clerk confirms.</li>
 * <li>Statuses naming no item at all ("Đã hoàn thành.", "Đơn vị đã thực hiện."): with one requirement they
 * are about it; with more, every item gets that status for the clerk to confirm ("all items done?").</li>
 * <li>A day beside a status is when it was done ("ngày 28/8 đã hoàn thành", "đã hoàn thành từ ngày 28/8/2026")
 * or is expected to be ("sẽ hoàn thành trước ngày 30/9"); a day without a year takes the dispatch's
 * ({@link ReplyDates}); a done day after the mail, before the dispatch or of unknown year is for the clerk.</li>
 * </ul>
 */
public final class ComplianceTextParser {
    private static final ReplyWording WORDING = ReplyWording.DEFAULT;
    private static final Pattern STATUS = WORDING.status();
    private static final String ANY_STATUS = WORDING.anyStatus();
    private static final String NOUN = "(?:noi dung|yeu cau|nhiem vu|muc|cong viec)";
    private static final String COUNT = "(?:\\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)";
    private static final List<String> COUNT_WORDS = List.of("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi");
    private static final Pattern BLANKET = Pattern.compile(
            "\\b" + ANY_STATUS + "(?:\\s+\\p{L}+){0,3}?\\s+(?:ca\\s+(?<c1>" + COUNT + ")\\s+(?:cac\\s+)?" + NOUN
                    + "|(?<c2>" + COUNT + ")\\s+" + NOUN + "|(?<part>\\d{1,2})\\s*/\\s*(?<whole>\\d{1,2})\\s+" + NOUN + "|tat ca|toan bo|day du|cac " + NOUN + "(?:\\s+(?:con lai|khac))?|moi " + NOUN + ")"
                    + "(?!(?:\\s+(?:cac\\s+)?" + NOUN + ")?\\s*(?:so\\s*)?\\d)"
                    + "|\\b(?:(?:tat ca|toan bo)\\s+(?:cac\\s+)?" + NOUN + "|ca\\s+(?:(?<c3>" + COUNT + ")\\s+)?(?:cac\\s+)?" + NOUN
                    // "các nội dung còn lại đã hoàn thành": the rest, i.e. every item not stated one by one
                    + "|(?:cac|nhung)\\s+" + NOUN + "\\s+(?:con lai|khac)" + ")"
                    + "(?:\\s+\\p{L}+){0,5}?\\s+" + ANY_STATUS + "\\b");
    /** The status phrases and the blanket sentences, tried only at the words they can begin with. */
    static final WordStartSearch STATUS_SEARCH = new WordStartSearch(STATUS, WORDING.statusFirstWords());
    static final WordStartSearch BLANKET_SEARCH = new WordStartSearch(BLANKET, union(WORDING.anyStatusFirstWords(),
            Set.of("tat", "toan", "ca", "cac", "nhung")));
    /** Days ({@link ReplyDates#DATE}): a number, or one of the words its optional lead begins with. */
    static final WordStartSearch DATE_SEARCH = WordStartSearch.orAnyNumber(ReplyDates.DATE,
            Set.of("tu", "vao", "truoc", "den", "cham", "ke", "ngay"));
    private static final String MARKER_NOUN = "(?:noi dung|muc|yeu cau|nhiem vu|diem|khoan)";
    private static final String NUMS = "\\d{1,2}(?:\\s*(?:-|–|den)\\s*\\d{1,2})?";
    private static final Pattern KEYWORD_MARKER = Pattern.compile("\\b" + MARKER_NOUN + "\\s*(?:so\\s*|thu\\s*|tu\\s+)?("
            + NUMS + "(?:\\s*(?:,|va|&|hoac)\\s*" + NUMS + "|\\s*(?:va|&|hoac)\\s*" + MARKER_NOUN + "\\s*(?:so\\s*|thu\\s*)?" + NUMS
            + ")*)\\b");
    // "nội dung 1 và nội dung 3" is one list; "nội dung 1, nội dung 2 …" is two clauses, each with its own status.
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(?:[-•*+][ \\t]*)?\\(?(\\d{1,2})[.):](?=[\\s\\p{L}])");
    /** Item numbers, tried only at line starts and at the nouns that name an item: they ran over every character. */
    static final WordStartSearch LINE_MARKER_SEARCH = WordStartSearch.atLineStarts(LINE_MARKER);
    static final WordStartSearch KEYWORD_MARKER_SEARCH = WordStartSearch.byPrefix(KEYWORD_MARKER,
            Set.of("noi dung", "muc", "yeu cau", "nhiem vu", "diem", "khoan"));
    /** Where sentences and clauses end; {@link #breaks} finds its matches by a loop. */
    static final Pattern BREAK = Pattern.compile("[.;!?](?=\\s|$)|\\n|,(?!\\s*\\d)");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s*(?:/|\\||hoac|hay)\\s*");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d{1,2})(?:\\s*(?:-|–|den)\\s*(\\d{1,2}))?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SENTENCE_CHARS = 300;
    /** How far a day may stand before its status: a few words, no colon ("trước ngày 30/8: chưa thực hiện"). */
    private static final int DATE_GAP_WORDS = 4;
    /**
     * After its status a day may stand a little further: where it was done comes between ("đã phổ biến tại cuộc họp
     * giao ban ngày 26/8/2019"), while a day further before is often another document's ("Công văn … ngày 21/8 của …").
     */
    private static final int DATE_GAP_WORDS_AFTER = 6;
    private static final int DATE_GAP_CHARS = 40;

    private ComplianceTextParser() {
    }

    sealed interface Token permits Marker, Status, Break, DateToken {
        int start();

        int end();
    }

    private record Marker(int start, int end, List<String> ids) implements Token {
    }

    /** A NEUTRAL phrase ("thời hạn hoàn thành") only hides the words it covers. */
    private record Status(int start, int end, Kind kind, boolean alternative) implements Token {
        boolean states() {
            return kind != Kind.NEUTRAL;
        }
    }

    /** sentence: a full stop or line end; else a comma (a clause). */
    record Break(int start, int end, boolean sentence) implements Token {
    }

    private record DateToken(int start, int end, ReplyDates.Written day) implements Token {
    }

    private record Blanket(int start, ComplianceStatus status, Integer count) {
    }

    /** A status given to an item: how it was named, and whether the naming is strong enough to be certain. */
    /**
     * direct: the number is in the status's clause or closes its sentence; a number carried from an earlier line
     * ("2. Kiểm tra …: Đang thực hiện.\nĐã kiểm tra 12/20 hộp thư.") is not direct, and only adds detail.
     */
    private record Hit(int index, Status status, boolean byNumber, boolean direct, boolean certainNaming, boolean before) {
    }

    /**
     * The certain statuses stated for {@code requirementIds} in {@code text}, in the order of {@code requirementIds};
     * items not stated, or stated only doubtfully, are absent. See {@link #read(String, List)}.
     */
    public static Map<String, ComplianceStatus> parse(String text, Set<String> requirementIds) {
        List<Requirement> requirements = requirementIds.stream().map(id -> new Requirement(id, "", List.of(), List.of())).toList();
        Map<String, ComplianceStatus> result = new LinkedHashMap<>();
        read(text, requirements).forEach((id, r) -> {
            if (r.certain()) {
                result.put(id, r.status());
            }
        });
        return result;
    }

    /**
     * What {@code text} says of each of {@code requirements} (named by number, or by topic from their texts), in
     * the order of {@code requirements}; items not mentioned are absent. Days written without a year cannot be
     * placed, so a done day is then left for the clerk: use {@link #read(String, List, LocalDate, LocalDate)}.
     */
    public static Map<String, ItemReading> read(String text, List<Requirement> requirements) {
        return read(text, requirements, null, null);
    }

    /**
     * As {@link #read(String, List)}, knowing the dispatch's day (for the year of "28/8") and the mail's day (a
     * unit cannot report work done after it wrote); either may be null. Only the first
     * {@link InputLimits#maxTextChars()} characters are read: a reply states its statuses in a few lines, and
     * 2.8 MB of status words took 37 seconds.
     */
    public static Map<String, ItemReading> read(String text, List<Requirement> requirements, LocalDate dispatchDate,
                                                LocalDate mailDate) {
        int max = InputLimits.DEFAULT.maxTextChars();
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        // No second clean: the stripped text is the clean one's lines, some numbered ("1. "), which clean leaves as they are.
        String own = QuotedText.strip(VietnameseText.clean(text));
        return new Reading(own, requirements, new ReplyDates.Context(dispatchDate, mailDate)).result();
    }

    /** One text being read. */
    private static final class Reading {
        private final String own;
        private final List<Requirement> requirements;
        private final ReplyDates.Context context;
        private final String folded;
        private final List<Blanket> blankets = new ArrayList<>();
        private final List<Token> tokens;
        /** Per token: the index of the first token of its sentence and of its clause. */
        private final int[] sentenceOf;
        private final int[] clauseOf;
        /** Per token: the index of the next item number in its clause, or -1 (found once: clauses can be long). */
        private final int[] nextMarker;
        private final Map<Status, ReplyDates.Written> days = new HashMap<>();
        private final Map<Integer, Optional<TopicMatcher.Topic>> topics = new HashMap<>();
        private final Map<Integer, int[]> sentences = new HashMap<>();
        private TopicMatcher matcher;

        Reading(String own, List<Requirement> requirements, ReplyDates.Context context) {
            this.own = own;
            this.requirements = requirements;
            this.context = context;
            StringBuilder work = new StringBuilder(FoldedText.of(own));
            WordStartSearch.Search search = BLANKET_SEARCH.in(work.toString());
            while (search.find()) {
                Matcher b = search.matcher();
                Matcher s = STATUS.matcher(b.group());
                while (s.find()) {
                    ComplianceStatus st = WORDING.kindOf(s).status();
                    if (st != null) {
                        blankets.add(new Blanket(b.start(), st, count(b)));
                        break;
                    }
                }
                for (int i = b.start(); i < b.end(); i++) {
                    work.setCharAt(i, ' ');
                }
            }
            this.folded = work.toString();
            this.tokens = tokens(folded);
            this.sentenceOf = new int[tokens.size()];
            this.clauseOf = new int[tokens.size()];
            int sentence = 0;
            int clause = 0;
            for (int i = 0; i < tokens.size(); i++) {
                sentenceOf[i] = sentence;
                clauseOf[i] = clause;
                if (tokens.get(i) instanceof Break br) {
                    clause = i + 1;
                    if (br.sentence()) {
                        sentence = i + 1;
                    }
                }
            }
            this.nextMarker = new int[tokens.size()];
            int next = -1;
            for (int i = tokens.size() - 1; i >= 0; i--) {
                nextMarker[i] = next;
                if (tokens.get(i) instanceof Marker) {
                    next = i;
                } else if (tokens.get(i) instanceof Break) {
                    next = -1;
                }
            }
            bindDays();
        }

        /** The number of items a blanket counts, or null; "2/3 nội dung" (two of three) counts no whole, so -1. */
        private static Integer count(Matcher b) {
            if (b.group("whole") != null) {
                int part = Integer.parseInt(b.group("part"));
                return part == Integer.parseInt(b.group("whole")) ? part : -1;
            }
            for (String g : List.of("c1", "c2", "c3")) {
                String c = b.group(g);
                if (c != null) {
                    return Character.isDigit(c.charAt(0)) ? Integer.parseInt(c) : COUNT_WORDS.indexOf(c) + 1;
                }
            }
            return null;
        }

        Map<String, ItemReading> result() {
            Map<String, List<Hit>> hits = new LinkedHashMap<>();
            List<Hit> unnamed = new ArrayList<>();
            assign(hits, unnamed);
            Map<String, ItemReading> readings = new LinkedHashMap<>();
            for (Requirement r : requirements) {
                List<Hit> list = hits.get(r.id());
                ItemReading reading = list == null ? null : decide(list);
                if (reading == null && !blankets.isEmpty()) {
                    reading = blanket();
                }
                if (reading != null) {
                    readings.put(r.id(), reading);
                }
            }
            if (readings.isEmpty() && !unnamed.isEmpty() && !requirements.isEmpty()) {
                // Nothing named: with one requirement it is about that one; with more, the clerk decides.
                ItemReading all = decide(unnamed);
                if (all != null) {
                    for (Requirement r : requirements) {
                        readings.put(r.id(), requirements.size() == 1 ? all : all.doubtful());
                    }
                }
            }
            return readings;
        }

        /**
         * Which item each status belongs to: the number in its clause (before it, else after it), one closing its
         * sentence, one earlier in its sentence; else its topic; else the last number written before.
         */
        private void assign(Map<String, List<Hit>> hits, List<Hit> unnamed) {
            List<String> current = List.of();
            boolean markerInClause = false;
            boolean markerInSentence = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t instanceof Marker mk) {
                    current = mk.ids();
                    markerInClause = true;
                    markerInSentence = true;
                } else if (t instanceof Break br) {
                    markerInClause = false;
                    markerInSentence &= !br.sentence();
                } else if (t instanceof Status st && st.states()) {
                    List<String> target = markerInClause ? current : List.of();
                    boolean byNumber = true;
                    boolean direct = true;
                    boolean before = false;
                    boolean certain = true;
                    if (target.isEmpty()) {
                        Marker next = nextMarkerInClause(i);
                        if (next == null) {
                            next = trailingMarker(i);
                        }
                        if (next != null) {
                            target = next.ids();
                            before = true;
                        } else if (markerInSentence) {
                            // "Nội dung 1 đã xong, việc sao lưu thư đang …": a clause about another item is about that one.
                            Optional<TopicMatcher.Topic> topic = topic(i);
                            if (topic.isEmpty() || current.contains(topic.get().id())) {
                                target = current;
                            }
                        }
                    }
                    if (target.isEmpty()) {
                        Optional<TopicMatcher.Topic> topic = topic(i);
                        if (topic.isPresent()) {
                            target = List.of(topic.get().id());
                            byNumber = false;
                            certain = false; // named by topic only: the clerk confirms it (TopicMatcher)
                        }
                    }
                    if (target.isEmpty()) {
                        target = current;
                        direct = false;
                    }
                    if (target.isEmpty()) {
                        unnamed.add(new Hit(i, st, false, true, true, false));
                    }
                    for (String id : target) {
                        hits.computeIfAbsent(id, k -> new ArrayList<>()).add(new Hit(i, st, byNumber, direct, certain, before));
                    }
                }
            }
        }

        private Marker nextMarkerInClause(int from) {
            return nextMarker[from] < 0 ? null : (Marker) tokens.get(nextMarker[from]);
        }

        /** An item number closing the sentence after this status, with no other status around it ("…, … (nội dung 1)."). */
        private Marker trailingMarker(int from) {
            Marker found = null;
            for (int j = from + 1; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t instanceof Break br && br.sentence()) {
                    break;
                }
                if (t instanceof Status st && st.states() || t instanceof Marker && found != null) {
                    return null;
                }
                if (t instanceof Marker mk) {
                    found = mk;
                }
            }
            return found;
        }

        /**
         * The topic of the status at token {@code i}: read in its sentence when that holds no other status and no
         * item number, else in its clause (which has no item number, or the status would have taken it).
         */
        private Optional<TopicMatcher.Topic> topic(int i) {
            int[] sentence = sentences.computeIfAbsent(sentenceOf[i], this::scanSentence);
            boolean clause = sentence[1] > 1 || sentence[2] == 1;
            int from = clause ? clauseOf[i] : sentenceOf[i];
            return topics.computeIfAbsent(from * 2 + (clause ? 1 : 0), k -> {
                int to = clause ? clauseEnd(from) : sentence[0];
                int start = from == 0 ? 0 : tokens.get(from - 1).end();
                int end = to < tokens.size() ? tokens.get(to).start() : folded.length();
                return matcher().about(folded.substring(start, end));
            });
        }

        /** For the sentence starting at token {@code from}: its end token, how many statuses, 1 when it has an item number. */
        private int[] scanSentence(int from) {
            int statuses = 0;
            int marker = 0;
            int to = from;
            for (; to < tokens.size(); to++) {
                Token t = tokens.get(to);
                if (t instanceof Break br && br.sentence()) {
                    break;
                }
                statuses += t instanceof Status st && st.states() ? 1 : 0;
                marker |= t instanceof Marker ? 1 : 0;
            }
            return new int[] {to, statuses, marker};
        }

        private int clauseEnd(int from) {
            int to = from;
            while (to < tokens.size() && !(tokens.get(to) instanceof Break)) {
                to++;
            }
            return to;
        }

        private TopicMatcher matcher() {
            if (matcher == null) {
                matcher = TopicMatcher.of(requirements);
            }
            return matcher;
        }

        /** The reading of one item from its statuses; null when they are offered as alternatives. */
        private ItemReading decide(List<Hit> all) {
            List<Hit> pool = all.stream().anyMatch(Hit::byNumber) ? all.stream().filter(Hit::byNumber).toList() : all;
            if (pool.stream().skip(1).anyMatch(h -> h.status().alternative())) {
                return null;
            }
            List<Hit> direct = pool.stream().filter(Hit::direct).toList();
            List<Hit> hits = direct.isEmpty() ? pool : direct;
            List<Hit> stated = hits.stream().filter(h -> h.status().kind() != Kind.PLAN).toList();
            List<Hit> used = stated.isEmpty() ? hits : stated;
            EnumSet<ComplianceStatus> distinct = EnumSet.noneOf(ComplianceStatus.class);
            used.forEach(h -> distinct.add(h.status().kind().status()));
            ComplianceStatus status = distinct.size() == 1 ? distinct.iterator().next() : ComplianceStatus.IN_PROGRESS;
            boolean certain = hits.stream().allMatch(Hit::certainNaming);
            // Mixed statuses are one state ("đã triển khai nhưng chưa hoàn thành") only within one sentence, on one side
            // of the item's number: "Hoàn thành nội dung 1 và nội dung 2 đang thực hiện" is two statements.
            if (distinct.size() > 1 && (used.stream().map(h -> sentenceOf[h.index()]).distinct().count() > 1
                    || used.stream().map(Hit::before).distinct().count() > 1)) {
                certain = false;
            }
            LocalDate doneOn = null;
            LocalDate expectedBy = null;
            // Days come from every line about the item ("Ngày 26/8/2019, phường đã phổ biến …" under "1. … Đã hoàn thành.").
            for (Hit h : all) {
                ReplyDates.Written day = days.get(h.status());
                if (day == null) {
                    continue;
                }
                if (status == ComplianceStatus.DONE && h.status().kind() == Kind.DONE && doneOn == null) {
                    ReplyDates.Resolved r = ReplyDates.done(day, context);
                    doneOn = r.date();
                    certain &= !r.doubtful();
                } else if (status != ComplianceStatus.DONE && h.status().kind() != Kind.DONE && expectedBy == null) {
                    expectedBy = ReplyDates.expected(day, context);
                }
            }
            return new ItemReading(status, certain, sentence(hits.get(0).status().start()), doneOn, expectedBy);
        }

        private ItemReading blanket() {
            EnumSet<ComplianceStatus> distinct = EnumSet.noneOf(ComplianceStatus.class);
            boolean certain = true;
            for (Blanket b : blankets) {
                distinct.add(b.status());
                certain &= b.count() == null || b.count() == requirements.size();
            }
            ComplianceStatus status = distinct.size() == 1 ? distinct.iterator().next() : ComplianceStatus.IN_PROGRESS;
            return new ItemReading(status, certain && distinct.size() == 1, sentence(blankets.get(0).start()), null, null);
        }

        /** Each day goes to the status beside it, if one is close enough (the nearer one; the one before on a tie). */
        private void bindDays() {
            for (int i = 0; i < tokens.size(); i++) {
                if (!(tokens.get(i) instanceof DateToken d)) {
                    continue;
                }
                Status before = neighbour(i, -1);
                Status after = neighbour(i, 1);
                int gapBefore = before == null ? Integer.MAX_VALUE : gap(before.end(), d.start());
                int gapAfter = after == null ? Integer.MAX_VALUE : gap(d.end(), after.start());
                if (gapAfter > DATE_GAP_WORDS && gapBefore > DATE_GAP_WORDS_AFTER) {
                    continue;
                }
                Status chosen = gapBefore <= gapAfter && gapBefore <= DATE_GAP_WORDS_AFTER || gapAfter > DATE_GAP_WORDS ? before : after;
                days.putIfAbsent(chosen, d.day());
            }
        }

        private Status neighbour(int i, int step) {
            for (int j = i + step; j >= 0 && j < tokens.size(); j += step) {
                Token t = tokens.get(j);
                if (t instanceof Break br && !br.sentence() || t instanceof Marker) {
                    continue;
                }
                return t instanceof Status st && st.states() ? st : null;
            }
            return null;
        }

        /** Words between two positions; MAX_VALUE when a colon or too much stands between. */
        private int gap(int from, int to) {
            if (to - from > DATE_GAP_CHARS) {
                return Integer.MAX_VALUE;
            }
            String between = folded.substring(from, to);
            if (between.indexOf(':') >= 0) {
                return Integer.MAX_VALUE;
            }
            int words = 0;
            Matcher w = WORD.matcher(between);
            while (w.find()) {
                words++;
            }
            return words;
        }

        /** The sentence around {@code at}, on one line, at most {@link #SENTENCE_CHARS} characters. */
        private String sentence(int at) {
            int start = 0;
            int end = own.length();
            for (Token t : tokens) {
                if (t instanceof Break br && br.sentence()) {
                    if (br.end() <= at) {
                        start = br.end();
                    } else if (br.start() >= at) {
                        end = Math.min(own.length(), br.end());
                        break;
                    }
                }
            }
            start = Math.max(start, at - SENTENCE_CHARS / 2);
            end = Math.min(end, start + SENTENCE_CHARS * 2);
            String s = VietnameseText.oneLine(own.substring(start, end));
            return VietnameseText.cut(s, SENTENCE_CHARS);
        }
    }

    private static List<Token> tokens(String f) {
        List<Token> all = new ArrayList<>();
        Matcher m;
        for (WordStartSearch markers : List.of(LINE_MARKER_SEARCH, KEYWORD_MARKER_SEARCH)) {
            WordStartSearch.Search found = markers.in(f);
            while (found.find()) {
                m = found.matcher();
                all.add(new Marker(m.start(), m.end(), numbers(m.group(1))));
            }
        }
        WordStartSearch.Search statuses = STATUS_SEARCH.in(f);
        int previousEnd = -1;
        while (statuses.find()) {
            m = statuses.matcher();
            Kind kind = WORDING.kindOf(m);
            boolean alternative = previousEnd >= 0 && ALTERNATIVE.matcher(f.substring(previousEnd, m.start())).matches();
            all.add(new Status(m.start(), m.end(), kind, alternative));
            if (kind != Kind.NEUTRAL) {
                previousEnd = m.end();
            }
        }
        WordStartSearch.Search dates = DATE_SEARCH.in(f);
        while (dates.find()) {
            m = dates.matcher();
            all.add(new DateToken(m.start(), m.end(), ReplyDates.written(m)));
        }
        breaks(f, all);
        all.sort(Comparator.comparingInt(Token::start).thenComparingInt(ComplianceTextParser::rank));
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

    /**
     * The matches of {@link #BREAK}, by a loop: it ran over every character of every reply. A full stop (or ; ! ?)
     * before white space or the end ({@code $}: also before a line terminator that ends the text), a line feed, a
     * comma not followed by a number.
     */
    static void breaks(String f, List<? super Break> all) {
        int n = f.length();
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            boolean brk;
            if (c == '.' || c == ';' || c == '!' || c == '?') {
                int j = i + 1;
                brk = j == n || regexSpace(f.charAt(j))
                        || j == n - 1 && (f.charAt(j) == '\u0085' || f.charAt(j) == '\u2028' || f.charAt(j) == '\u2029');
            } else if (c == '\n') {
                brk = true;
            } else if (c == ',') {
                int k = i + 1;
                while (k < n && regexSpace(f.charAt(k))) {
                    k++;
                }
                brk = k == n || f.charAt(k) < '0' || f.charAt(k) > '9';
            } else {
                continue;
            }
            if (brk) {
                all.add(new Break(i, i + 1, c != ','));
            }
        }
    }

    /** {@code \s}: ASCII white space. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** At the same start: an item number first, then a status, then a day. */
    private static int rank(Token t) {
        return t instanceof Marker ? 0 : t instanceof Status ? 1 : t instanceof DateToken ? 2 : 3;
    }

    private static List<String> numbers(String list) {
        List<String> ids = new ArrayList<>();
        Matcher n = NUMBER_OR_RANGE.matcher(list);
        while (n.find()) {
            int from = Integer.parseInt(n.group(1));
            int to = n.group(2) == null ? from : Integer.parseInt(n.group(2));
            if (to < from || to - from > 20) {
                to = from;
            }
            for (int i = from; i <= to; i++) {
                ids.add(Integer.toString(i));
            }
        }
        return ids;
    }
}
