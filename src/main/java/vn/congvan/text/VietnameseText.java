package vn.congvan.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text hygiene on input, and folding for the matching a user expects. */
public final class VietnameseText {
    private VietnameseText() {
    }

    /**
     * What every reader does first: drop a BOM, turn CRLF/CR into LF, no-break and other odd spaces
     * into plain spaces, zero-width characters away, control characters and bidi overrides away
     * ({@link Untrusted#text}), and compose to NFC.
     */
    public static String clean(String raw) {
        if (Untrusted.alreadyClean(raw)) {
            return raw;
        }
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ');
        s = s.replace("\u200B", "").replace("\uFEFF", "");
        return Untrusted.text(s);
    }

    /**
     * {@code s} cut to at most {@code maxChars} characters, "…" included, when longer: never inside a surrogate
     * pair, and no space left before the "…". The one way a text too long for its place is shortened.
     */
    public static String cut(String s, int maxChars) {
        if (s == null || s.length() <= maxChars) {
            return s;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).strip() + "…";
    }

    /**
     * NFC with runs of whitespace collapsed to one space and the ends trimmed. A loop rather than a regular
     * expression: names and entries pass here by the hundred while a command starts, still interpreted.
     */
    public static String oneLine(String s) {
        String composed = composedByTable(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean inSpace = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace) {
                    out.append(' ');
                    inSpace = false;
                }
                out.append(c);
            }
        }
        if (inSpace) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** Whether every character of {@code s} is one NFC never changes ({@link Untrusted#alwaysComposed}). */
    private static boolean composedByTable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Untrusted.alwaysComposed(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #oneLine} collapses: ASCII white space, the no-break, figure and narrow spaces, ZWSP, BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }

    /**
     * Folds for comparison: no diacritics (đ → d), lower case, punctuation as single spaces.
     * "Ủy ban nhân dân Phường Đức Thắng" and "uy ban nhan dan phuong duc thang" fold alike.
     */
    public static String fold(String s) {
        String fast = FoldTable.fold(s);
        return fast != null ? fast : foldByNormalizer(s);
    }

    /** {@link #fold} as first written, for any text: what {@link FoldTable} gives for the Latin letters it knows. */
    static String foldByNormalizer(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        // Loops rather than regular expressions: folding runs for every name of the directory while a
        // command starts, when a regular expression costs most.
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (!isMark(c)) {
                bare.appendCodePoint(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }
        }
        // Lower case of the whole text, not of each character: a Greek final sigma depends on what follows.
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@code \p{M}}: a combining mark (non-spacing, spacing or enclosing). */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** {@code [\p{L}\p{N}]}: a letter of any kind, or a digit, letter-like or other number. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Upper case in Vietnamese, keeping diacritics (ROOT locale would too, but say what we mean). */
    public static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
