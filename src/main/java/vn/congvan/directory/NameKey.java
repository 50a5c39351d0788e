package vn.congvan.directory;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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

    /** "TT" standing alone as a word (not inside "TTTT", "VHTT" or "VH-TT"). */
    private static final Pattern TT = Pattern.compile("(?<![\\p{L}\\p{N}&/-])TT(?![\\p{L}\\p{N}&/-])\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> TT_READINGS = List.of("thị trấn", "Thường trực", "Trung tâm");
    /** A note saying the copy is for information: "(b/c)", "(để báo cáo)", "(để biết)", "(để theo dõi)". */
    private static final Pattern INFORMATION_NOTE = Pattern.compile("^(?:de )?(?:b c|bao cao|biet|theo doi|chi dao)\\b");
    private static final Pattern NOTE = Pattern.compile("\\(([^()]*)\\)");
    /** Titles of leaders (expanded: "CT" is chủ tịch, "PCT" phó chủ tịch) and standing bodies. */
    private static final Pattern LEADER_TITLE = Pattern.compile(
            "^(?:(?:pho )?chu tich|thuong truc|lanh dao|(?:pho )?bi thu|ban thuong vu)\\b");

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

    static boolean hasTt(String written) {
        return TT.matcher(written).find();
    }

    /** The entry with each "TT" read as thị trấn, as Thường trực, as Trung tâm. */
    static List<String> ttReadings(String written) {
        return TT_READINGS.stream().map(r -> TT.matcher(written).replaceAll(Matcher.quoteReplacement(r))).toList();
    }

    static boolean hasInformationNote(String written) {
        Matcher m = NOTE.matcher(written);
        while (m.find()) {
            if (INFORMATION_NOTE.matcher(VietnameseText.fold(m.group(1))).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Chủ tịch …", "CT, PCT …", "Thường trực …", "Lãnh đạo …". A bare "TT" is not read as Thường trực here:
     * when no reading of it is in the directory, the clerk is told (decision 2).
     */
    static boolean opensWithLeaderTitle(String written) {
        return LEADER_TITLE.matcher(of(written)).find();
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
