package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Folding and one-line cleaning are loops now; they must give exactly what the regular expressions gave
 * (kept below as the reference): every key of the directory and every match depends on it.
 */
class VietnameseTextTest {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String foldAsBefore(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = COMBINING.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String oneLineAsBefore(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    @Test
    void aTextCutToItsLimitEndsWithAnEllipsisAndNeverInsideASurrogatePair() {
        assertEquals("Báo cáo 6174", VietnameseText.cut("Báo cáo 6174", 12));
        assertEquals("Báo cáo 617…", VietnameseText.cut("Báo cáo 6174/UBND-VX", 12));
        assertEquals("Báo cáo…", VietnameseText.cut("Báo cáo 6174/UBND-VX", 9), "no space before the ellipsis");
        // "𝐁" (U+1D401) is two chars: the cut before it leaves no lone half of it.
        assertEquals("Báo…", VietnameseText.cut("Báo\uD835\uDC01\uD835\uDC01", 5));
        assertEquals("Báo\uD835\uDC01…", VietnameseText.cut("Báo\uD835\uDC01\uD835\uDC01", 6));
        assertEquals(null, VietnameseText.cut(null, 10));
    }

    @Test
    void foldsAsWritten() {
        assertEquals("uy ban nhan dan phuong duc thang", VietnameseText.fold("Ủy ban nhân dân Phường Đức Thắng"));
        assertEquals("ubnd cac phuong xa", VietnameseText.fold("  UBND các phường, xã. "));
        assertEquals("so 6174 ubnd vx", VietnameseText.fold("Số: 6174/UBND-VX"));
        assertEquals("Phòng Y tế, UBND", VietnameseText.oneLine("\uFEFF Phòng\u00A0 Y\ttế,\r\n UBND\u2003"));
    }

    @Test
    void everyCharacterFoldsAndCleansAsWithTheRegularExpressions() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = "a" + Character.toString(c) + "b" + Character.toString(c);
            assertEquals(foldAsBefore(one), VietnameseText.fold(one), () -> Integer.toHexString(one.codePointAt(1)));
            assertEquals(oneLineAsBefore(one), VietnameseText.oneLine(one), () -> Integer.toHexString(one.codePointAt(1)));
        }
    }

    @Test
    void mixedTextFoldsAndCleansAsWithTheRegularExpressions() {
        List<String> pieces = List.of("Ủy", "ban", "Đ", "đ", "ư", "ơ\u0301", "e\u0323\u0302", " ", "  ", "\t", "\n", "\r\n",
                "\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "\u2003", "\u2028", "\u3000", ",", "-", "/", "(b/c)",
                "ΟΔΟΣ", "Σ", "σ", "İ", "ß", "ﬁ", "Ⅻ", "½", "٣", "𝒜", "😀", "\uD800", "\uDC00", "a\u20DD", "\u0903",
                "x", "9", "TT", "UBND", ".", "\u0000", "\u001F");
        Random random = new Random(30);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String s = text.toString();
            assertEquals(foldAsBefore(s), VietnameseText.fold(s), s);
            assertEquals(oneLineAsBefore(s), VietnameseText.oneLine(s), s);
        }
    }
}
