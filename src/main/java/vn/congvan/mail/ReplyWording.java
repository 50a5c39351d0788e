package vn.congvan.mail;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words units use for a requirement's status, from {@code reply-wording.txt} beside this class, so the
 * vocabulary grows without code. Phrases are written with diacritics and matched on folded text
 * ({@link FoldedText}); the file's header explains the small notation ([optional], {a|b}, @macro, #%).
 */
final class ReplyWording {
    /** What a phrase means; NEUTRAL hides words ("thời hạn hoàn thành"), PLAN is "sẽ hoàn thành …". */
    enum Kind {
        NEUTRAL, PLAN, NOT_STARTED, IN_PROGRESS, DONE;

        ComplianceStatus status() {
            return switch (this) {
                case NOT_STARTED -> ComplianceStatus.NOT_STARTED;
                case IN_PROGRESS, PLAN -> ComplianceStatus.IN_PROGRESS;
                case DONE -> ComplianceStatus.DONE;
                case NEUTRAL -> null;
            };
        }
    }

    private static final Pattern PERCENT = Pattern.compile("\\d{1,2}(?:[.,]\\d+)?\\s*%");
    private static final String PERCENT_MARK = "#%";
    private static final Pattern MACRO = Pattern.compile("@(\\w+)\\s*=(.*)");
    /** Last of the static fields: loading uses the ones above. */
    static final ReplyWording DEFAULT = load("reply-wording.txt");

    private final Pattern status;
    private final String anyStatus;
    /** The words a phrase of {@link #status} / of {@link #anyStatus} can begin with ({@link WordStartSearch}). */
    private final Set<String> statusFirstWords;
    private final Set<String> anyStatusFirstWords;
    private final Set<String> stopWords;
    private final Set<String> stopPairs;
    private final Set<String> pairSyllables;

    private ReplyWording(Map<Kind, String> regexes, Map<Kind, Set<String>> firstWords, Set<String> stopWords, Set<String> stopPairs) {
        StringBuilder all = new StringBuilder("\\b(?:");
        String sep = "";
        for (Kind k : Kind.values()) {
            all.append(sep).append("(?<").append(group(k)).append('>').append(regexes.get(k)).append(')');
            sep = "|";
        }
        this.status = Pattern.compile(all.append(")(?![\\p{L}\\p{N}])").toString());
        this.anyStatus = "(?:" + regexes.get(Kind.NOT_STARTED) + "|" + regexes.get(Kind.IN_PROGRESS) + "|"
                + regexes.get(Kind.DONE) + ")";
        Set<String> anyFirst = new HashSet<>();
        Set<String> allFirst = new HashSet<>();
        firstWords.forEach((k, words) -> {
            allFirst.addAll(words);
            if (k != Kind.NEUTRAL && k != Kind.PLAN) {
                anyFirst.addAll(words);
            }
        });
        this.statusFirstWords = Set.copyOf(allFirst);
        this.anyStatusFirstWords = Set.copyOf(anyFirst);
        this.stopWords = Set.copyOf(stopWords);
        this.stopPairs = Set.copyOf(stopPairs);
        Set<String> syllables = new HashSet<>();
        stopPairs.forEach(p -> syllables.addAll(List.of(p.split(" "))));
        this.pairSyllables = Set.copyOf(syllables);
    }

    /** Every phrase, one named group per {@link Kind} (see {@link #kindOf}). */
    Pattern status() {
        return status;
    }

    /** One regex for a NOT_STARTED, IN_PROGRESS or DONE phrase, to build other patterns with. */
    String anyStatus() {
        return anyStatus;
    }

    /**
     * The folded words a match of {@link #status} can begin with; {@link WordStartSearch#DIGITS} when one can begin
     * with a number (a phrase starting with #%).
     */
    Set<String> statusFirstWords() {
        return statusFirstWords;
    }

    /** The same for {@link #anyStatus}. */
    Set<String> anyStatusFirstWords() {
        return anyStatusFirstWords;
    }

    Kind kindOf(Matcher m) {
        for (Kind k : Kind.values()) {
            if (m.group(group(k)) != null) {
                return k;
            }
        }
        throw new IllegalStateException("no phrase group matched");
    }

    /** A folded syllable that says nothing about a topic. */
    boolean stopWord(String syllable) {
        return stopWords.contains(syllable);
    }

    /** Two folded syllables ("cong van") that say nothing about a topic. */
    boolean stopPair(String first, String second) {
        return stopPairs.contains(first + " " + second);
    }

    /** Whether a folded syllable is part of a stop pair ("cong" of "cong van"): not a topic word on its own. */
    boolean inStopPair(String syllable) {
        return stopPairSyllables().contains(syllable);
    }

    private Set<String> stopPairSyllables() {
        return pairSyllables;
    }

    private static String group(Kind k) {
        return k.name().replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    static ReplyWording load(String resource) {
        String text;
        try (InputStream in = ReplyWording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    static ReplyWording parse(String text) {
        Map<String, Phrase> macros = new HashMap<>();
        Map<Kind, List<Phrase>> phrases = new EnumMap<>(Kind.class);
        Set<String> stopWords = new HashSet<>();
        Set<String> stopPairs = new HashSet<>();
        String section = null;
        for (String raw : text.split("\n")) {
            String line = VietnameseText.clean(raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]") && line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            Matcher macro = MACRO.matcher(line);
            if (macro.matches()) {
                macros.put(macro.group(1), new PhraseCompiler(macro.group(2), macros).phrase());
                continue;
            }
            if (section == null) {
                throw new IllegalStateException("phrase before any section: " + line);
            }
            switch (section) {
                case "STOP_WORDS" -> stopWords.addAll(List.of(VietnameseText.fold(line).split(" ")));
                case "STOP_PAIRS" -> {
                    for (String entry : line.split(";")) {
                        String[] w = VietnameseText.fold(entry).split(" ");
                        for (int i = 0; i + 1 < w.length; i++) {
                            stopPairs.add(w[i] + " " + w[i + 1]);
                        }
                    }
                }
                default -> phrases.computeIfAbsent(Kind.valueOf(section), k -> new ArrayList<>())
                        .add(new PhraseCompiler(line, macros).phrase());
            }
        }
        Map<Kind, String> regexes = new EnumMap<>(Kind.class);
        Map<Kind, Set<String>> firstWords = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            List<Phrase> list = phrases.getOrDefault(k, List.of());
            regexes.put(k, list.isEmpty() ? "(?!)" : "(?:" + String.join("|", list.stream().map(Phrase::regex).toList()) + ")");
            Set<String> words = new HashSet<>();
            list.forEach(p -> words.addAll(p.firstWords()));
            firstWords.put(k, words);
        }
        return new ReplyWording(regexes, firstWords, stopWords, stopPairs);
    }

    /**
     * A phrase (or a part of one) as a regex over folded text, with the words a match can begin with, and whether
     * it may match nothing (an optional part).
     */
    private record Phrase(String regex, Set<String> firstWords, boolean optional) {
    }

    /** Turns one phrase of the notation into a regex over folded text. */
    private static final class PhraseCompiler {
        private final String src;
        private final Map<String, Phrase> macros;
        private int pos;

        PhraseCompiler(String src, Map<String, Phrase> macros) {
            this.src = src.strip();
            this.macros = macros;
        }

        Phrase phrase() {
            Phrase p = alternatives('\0');
            if (pos < src.length()) {
                throw new IllegalStateException("unexpected '" + src.charAt(pos) + "' in phrase: " + src);
            }
            return p;
        }

        private Phrase alternatives(char close) {
            List<Phrase> alts = new ArrayList<>();
            alts.add(sequence(close));
            while (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
                alts.add(sequence(close));
            }
            Set<String> first = new HashSet<>();
            alts.forEach(a -> first.addAll(a.firstWords()));
            return new Phrase(alts.size() == 1 ? alts.get(0).regex() : "(?:" + String.join("|", alts.stream().map(Phrase::regex).toList()) + ")",
                    first, false);
        }

        /**
         * Elements separated by spaces; an optional one takes its separating space with it. A match begins with a
         * word of the leading optional elements or of the first required one.
         */
        private Phrase sequence(char close) {
            StringBuilder out = new StringBuilder();
            Set<String> first = new HashSet<>();
            boolean started = false;
            while (true) {
                skipSpaces();
                if (pos >= src.length() || src.charAt(pos) == '|' || src.charAt(pos) == close) {
                    break;
                }
                Phrase element = element();
                boolean optional = element.optional();
                if (!started) {
                    first.addAll(element.firstWords());
                    out.append(optional ? "(?:" + element.regex() + "\\s+)?" : element.regex());
                    started = !optional;
                } else {
                    out.append(optional ? "(?:\\s+" + element.regex() + ")?" : "\\s+" + element.regex());
                }
            }
            if (!started) {
                throw new IllegalStateException("a phrase needs a required word: " + src);
            }
            return new Phrase(out.toString(), first, false);
        }

        private Phrase element() {
            char c = src.charAt(pos);
            if (c == '[' || c == '{') {
                char close = c == '[' ? ']' : '}';
                pos++;
                Phrase inner = alternatives(close);
                if (pos >= src.length() || src.charAt(pos) != close) {
                    throw new IllegalStateException("missing '" + close + "' in phrase: " + src);
                }
                pos++;
                return new Phrase("(?:" + inner.regex() + ")", inner.firstWords(), c == '[');
            }
            int start = pos;
            while (pos < src.length() && " \t[]{}|".indexOf(src.charAt(pos)) < 0) {
                pos++;
            }
            String word = src.substring(start, pos);
            if (word.equals(PERCENT_MARK)) {
                return new Phrase(PERCENT.pattern(), Set.of(WordStartSearch.DIGITS), false);
            }
            if (word.startsWith("@")) {
                Phrase m = macros.get(word.substring(1));
                if (m == null) {
                    throw new IllegalStateException("unknown macro " + word + " in phrase: " + src);
                }
                return new Phrase("(?:" + m.regex() + ")", m.firstWords(), false);
            }
            String folded = VietnameseText.fold(word);
            if (folded.isEmpty() || folded.contains(" ")) {
                throw new IllegalStateException("not a word: " + word + " in phrase: " + src);
            }
            return new Phrase(folded, Set.of(folded), false);
        }

        private void skipSpaces() {
            while (pos < src.length() && src.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
