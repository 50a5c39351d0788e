package vn.congvan.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.congvan.text.Abbreviations;
import vn.congvan.text.VietnameseText;

/**
 * The form in which unit names, aliases and written entries are compared: folded (no diacritics,
 * no case, punctuation as spaces) with the usual abbreviations expanded, so that "UBND các phường, xã"
 * and "ubnd cac phuong xa" are one key. Matching is exact on keys; nothing is guessed.
 */
final class NameKey {
    /** A note at the end of a distribution entry: "(b/c)", "(để thực hiện)". */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)[\\s;.,]*$");
    /**
     * Titles that address the head of a unit or group rather than a different body:
     * "Thủ trưởng các cơ quan …", "Chủ tịch UBND các phường, xã", "Giám đốc Trung tâm …",
     * "Chánh Thanh tra …", "Trưởng phòng Nội vụ" (only before phòng/ban: "Trường …" folds alike).
     */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            "^(?:thu truong|chu tich|giam doc|chanh|truong(?= (?:phong|ban) )) (?=\\S)");
    private static final Pattern SAME_AS_RECIPIENTS = Pattern.compile("^nhu tren\\b");
    private static final Pattern ARCHIVE = Pattern.compile("^luu(?: (?:vt|van thu)\\b.*)?$");

    private NameKey() {
    }

    /** The written text as one clean line (NFC, single spaces), as entries are reported back. */
    static String written(String text) {
        return VietnameseText.oneLine(VietnameseText.clean(text));
    }

    static String of(String text) {
        String s = written(text);
        String before;
        do {
            before = s;
            s = TRAILING_NOTE.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return Abbreviations.foldExpanded(s);
    }

    /** The key with a leading head title dropped, if it has one. */
    static Optional<String> withoutHeadTitle(String key) {
        String stripped = HEAD_TITLE.matcher(key).replaceFirst("");
        return stripped.equals(key) ? Optional.empty() : Optional.of(stripped);
    }

    /** "Như trên", "Như trên (để thực hiện)". */
    static boolean isSameAsRecipients(String written) {
        return SAME_AS_RECIPIENTS.matcher(VietnameseText.fold(written)).find();
    }

    /** "Lưu: VT, QTM, VX (L)", "Lưu VT", "Lưu văn thư". */
    static boolean isArchive(String written) {
        int colon = written.indexOf(':');
        if (colon > 0 && VietnameseText.fold(written.substring(0, colon)).equals("luu")) {
            return true;
        }
        return ARCHIVE.matcher(VietnameseText.fold(written)).matches();
    }
}
