package vn.congvan.mail;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern over folded text, the same and in the same order as {@link Matcher#find()} gives them,
 * with the pattern tried only where a match can begin. {@code find} tries every alternative of the status phrases at
 * every word of a reply; here a position is tried only when it starts a word (no letter or digit before it) that is
 * one of the pattern's first words: a fifth of the reading's time before.
 * <p>What the pattern must promise (the status phrases do, {@link ReplyWording}): every match begins at a word
 * boundary ({@code \b}) with one of {@code firstWords}, followed by a character that is neither letter nor digit
 * ({@code \p{L}\p{N}}), or with an ASCII digit when the words hold {@link #DIGITS}. A word is then the whole run of
 * letters and digits that starts there, so a hash look-up says whether to try the pattern. A pattern made with
 * {@link #orAnyNumber} may also begin at any number, after a letter too ("x28/8"): at every first digit of a run.
 * <p>Two other promises: {@link #byPrefix}, every match begins at a word's start with one of some prefixes (the word
 * may go on: "muc2"); {@link #atLineStarts}, every match begins at the start of a line ({@code (?m)^}).
 */
final class WordStartSearch {
    /** In {@code firstWords}: a match may also begin with an ASCII digit (a percentage). */
    static final String DIGITS = "#";

    /** Where a match may begin: see the class's comment. */
    private enum Starts { FIRST_WORDS, PREFIXES, LINE_STARTS }

    private final Pattern pattern;
    private final Set<String> firstWords;
    private final boolean digits;
    private final boolean anyNumber;
    private final Starts starts;
    private final String[] prefixes;

    WordStartSearch(Pattern pattern, Set<String> firstWords) {
        this(pattern, firstWords, false, Starts.FIRST_WORDS);
    }

    private WordStartSearch(Pattern pattern, Set<String> firstWords, boolean anyNumber, Starts starts) {
        this.pattern = pattern;
        this.firstWords = Set.copyOf(firstWords);
        this.digits = firstWords.contains(DIGITS);
        this.anyNumber = anyNumber;
        this.starts = starts;
        this.prefixes = firstWords.stream().sorted().toArray(String[]::new);
    }

    /** A pattern whose matches begin with one of {@code firstWords} at a word's start, or with an ASCII digit anywhere. */
    static WordStartSearch orAnyNumber(Pattern pattern, Set<String> firstWords) {
        return new WordStartSearch(pattern, firstWords, true, Starts.FIRST_WORDS);
    }

    /**
     * A pattern whose matches begin at a word's start (no letter or digit before) with one of {@code prefixes}: item
     * names ("mục 2", "mục2"), whose words may run on into the number.
     */
    static WordStartSearch byPrefix(Pattern pattern, Set<String> prefixes) {
        return new WordStartSearch(pattern, prefixes, false, Starts.PREFIXES);
    }

    /** A pattern whose matches begin at a line's start ({@code (?m)^}): tried there only, not at every character. */
    static WordStartSearch atLineStarts(Pattern pattern) {
        return new WordStartSearch(pattern, Set.of(), false, Starts.LINE_STARTS);
    }

    Pattern pattern() {
        return pattern;
    }

    /** A search through {@code text}. */
    Search in(String text) {
        return new Search(text);
    }

    /** One text's matches: {@link #find} as {@link Matcher#find()}; the match's groups from {@link #matcher}. */
    final class Search {
        private final String text;
        private final Matcher matcher;
        private int from;

        private Search(String text) {
            this.text = text;
            // Bounds transparent and not anchoring: \b and look-arounds see the text before the region's start.
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        Matcher matcher() {
            return matcher;
        }

        boolean find() {
            if (starts != Starts.FIRST_WORDS) {
                return findAtStarts();
            }
            int n = text.length();
            for (int p = from; p < n; p++) {
                char c = text.charAt(p);
                boolean candidate = anyNumber && asciiDigit(c) && (p == 0 || !asciiDigit(text.charAt(p - 1)));
                if (!candidate) {
                    if (!Character.isLetterOrDigit(c) || p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                        continue;
                    }
                    int end = p + 1;
                    while (end < n && letterOrNumber(text.charAt(end))) {
                        end++;
                    }
                    candidate = digits && asciiDigit(c) || firstWords.contains(text.substring(p, end));
                }
                if (candidate && matchesAt(p)) {
                    return true;
                }
            }
            from = n;
            return false;
        }

        /** {@link #find} for {@link Starts#PREFIXES} and {@link Starts#LINE_STARTS}. */
        private boolean findAtStarts() {
            int n = text.length();
            for (int p = from; p < n; p++) {
                if ((starts == Starts.LINE_STARTS ? p == 0 || lineTerminator(text.charAt(p - 1)) : prefixAt(p)) && matchesAt(p)) {
                    return true;
                }
            }
            from = n;
            return false;
        }

        /** Whether the pattern matches from {@code p}; if so the next search goes on after the match. */
        private boolean matchesAt(int p) {
            matcher.region(p, text.length());
            if (!matcher.lookingAt()) {
                return false;
            }
            from = matcher.end() > p ? matcher.end() : p + 1;
            return true;
        }

        private boolean prefixAt(int p) {
            if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                return false;
            }
            for (String prefix : prefixes) {
                if (text.startsWith(prefix, p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What ends a line for {@code (?m)^} (without UNIX_LINES). */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [\p{L}\p{N}]} for one char. */
    private static boolean letterOrNumber(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
