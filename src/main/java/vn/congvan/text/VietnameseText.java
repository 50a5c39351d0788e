package vn.congvan.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text hygiene on input, and folding for the matching a user expects. */
public final class VietnameseText {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /**
     * What every reader does first: drop a BOM, turn CRLF/CR into LF, no-break and other odd spaces
     * into plain spaces, zero-width characters away, control characters and bidi overrides away
     * ({@link Untrusted#text}), and compose to NFC.
     */
    public static String clean(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ');
        s = s.replace("\u200B", "").replace("\uFEFF", "");
        return Untrusted.text(s);
    }

    /** NFC with runs of whitespace collapsed to one space and the ends trimmed. */
    public static String oneLine(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
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
        String bare = COMBINING.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Upper case in Vietnamese, keeping diacritics (ROOT locale would too, but say what we mean). */
    public static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
