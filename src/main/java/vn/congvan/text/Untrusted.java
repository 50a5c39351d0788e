package vn.congvan.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that came from outside (a mail, a file name, a CSV cell) made safe to print and to store: the
 * control characters a terminal obeys (ESC sequences that clear the screen or set the window title,
 * C1 controls, DEL) and the bidi overrides that make text read other than it is stored are dropped.
 * Vietnamese letters are untouched (NFC).
 */
public final class Untrusted {
    /** C0 except tab and LF, DEL, C1, and bidi embeddings, overrides and isolates. */
    private static final Pattern CONTROLS =
            Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[/\\\\]+");
    /** Characters Windows refuses in a file name (after the separators are gone). */
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Untrusted() {
    }

    /** A text of several lines (a mail body): CRLF and CR become LF; tab and LF stay, other controls go. */
    public static String text(String raw) {
        if (alreadyClean(raw)) {
            return raw;
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        // A mail's text passes here several times; most of it is already clean and composed, so it is only
        // checked (a scan, no copy) and the regular expression and the normaliser run only when they change it.
        if (hasControl(s)) {
            s = CONTROLS.matcher(s).replaceAll("");
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code s} is left as it is by {@link #text} and {@link VietnameseText#clean}: no CR, tab, control,
     * odd space, zero-width character or bidi control, and only characters that are composed whatever stands beside
     * them ({@link #alwaysComposed}), so NFC already. Most of a mail's text is; one pass instead of each step's own.
     */
    static boolean alreadyClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && c <= 0xA0 || !alwaysComposed(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether NFC leaves {@code c} as it is beside any other such character: Latin up to the spacing modifier letters
     * (below the combining marks, U+0300), Latin Extended Additional (Vietnamese's precomposed letters), and the
     * dashes, quotes and bullets of General Punctuation. None of them decomposes or composes with its neighbour
     * ({@code UntrustedTest} checks every pair), so a text of them alone is NFC without asking the normaliser.
     */
    static boolean alwaysComposed(char c) {
        return c < 0x0300 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2010 && c < 0x2028 || c >= 0x2030 && c < 0x205F;
    }

    /** Whether {@code s} has a character {@link #CONTROLS} drops (all of them are single UTF-16 units). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x08 || c >= 0x0B && c <= 0x1F || c >= 0x7F && c <= 0x9F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }

    /** One line (a subject, a name, an address): controls go, line breaks and tabs become single spaces. */
    public static String line(String raw) {
        return raw == null ? null : VietnameseText.oneLine(text(raw));
    }

    /**
     * How much of a header's value is kept or printed (a subject, a sender's name, a Message-ID), with "…" when cut:
     * about twice what Outlook lets a subject have, and every number and symbol a reply quotes. A sender may write
     * 100,000 characters there, which every line about the mail would print.
     */
    public static final int HEADER_CHARS = 500;

    /** A header's value on one line, cut to {@link #HEADER_CHARS}. */
    public static String header(String raw) {
        return line(raw, HEADER_CHARS);
    }

    /**
     * {@link #line}, cut to at most {@code maxChars} characters with "…" when longer (never inside a surrogate
     * pair): a header's value, which the sender chooses freely, printed on one line of the clerk's terminal or list.
     */
    public static String line(String raw, int maxChars) {
        return VietnameseText.cut(line(raw), maxChars);
    }

    /**
     * A file name that may be written into a mail header or a folder: {@link #line}, then no path
     * separators (so it cannot leave its folder), none of Windows' forbidden characters, no leading
     * dots, a Windows device name ({@code CON}, {@code NUL.txt} …) gets a leading underscore, and a name longer
     * than a folder takes ({@value #FILE_NAME_BYTES} bytes in UTF-8) is cut before its extension with "…".
     * Returns "tep" for a name that keeps nothing.
     */
    public static String fileName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = line(raw);
        s = PATH_SEPARATORS.matcher(s).replaceAll("_");
        s = WINDOWS_FORBIDDEN.matcher(s).replaceAll("_");
        s = s.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        if (s.isEmpty()) {
            return "tep";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (WINDOWS_RESERVED.contains(stem.strip().toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return fitted(s);
    }

    /** The longest file name Linux's file systems take, in UTF-8; Windows takes 255 UTF-16 units, never fewer. */
    static final int FILE_NAME_BYTES = 255;
    /** The longest ending kept whole when a name is cut (".docx", ".tar.gz" are far shorter). */
    private static final int EXTENSION_CHARS = 16;

    private static String fitted(String name) {
        if (utf8Bytes(name) <= FILE_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= EXTENSION_CHARS ? name.substring(dot) : "";
        int room = FILE_NAME_BYTES - utf8Bytes(extension) - utf8Bytes("…");
        StringBuilder stem = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length() - extension.length(); ) {
            int cp = name.codePointAt(i);
            int bytes = utf8Bytes(cp);
            if (used + bytes > room) {
                break;
            }
            stem.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return stem.toString().strip() + "…" + extension;
    }

    private static int utf8Bytes(String s) {
        return s.codePoints().map(Untrusted::utf8Bytes).sum();
    }

    private static int utf8Bytes(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
