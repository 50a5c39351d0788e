package vn.congvan.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TCVN3 and VNI text as offices typed it, converted exactly; every Vietnamese letter through the table and back. */
class LegacyEncodingTest {
    @Test
    void tcvn3AsTypedWithTheAbcKeyboard() {
        assertEquals("Uỷ ban nhân dân", LegacyEncoding.TCVN3.decode("Uû ban nh©n d©n"));
        assertEquals("Cộng hoà xã hội chủ nghĩa Việt Nam", LegacyEncoding.TCVN3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.TCVN3.decode("§éc lËp - Tù do - H¹nh phóc"));
        assertEquals("Kính gửi: Phòng Nội vụ huyện, trước ngày 30/3/2018",
                LegacyEncoding.TCVN3.decode("KÝnh göi: Phßng Néi vô huyÖn, tr\u00adíc ngµy 30/3/2018"));
    }

    @Test
    void vniAsTypedWithTheVniKeyboard() {
        assertEquals("Ủy ban nhân dân", LegacyEncoding.VNI.decode("UÛy ban nhaân daân"));
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.VNI.decode("Ñoäc laäp - Töï do - Haïnh phuùc"));
        assertEquals("SỞ Y TẾ TỈNH BÌNH THUẬN", LegacyEncoding.VNI.decode("SÔÛ Y TEÁ TÆNH BÌNH THUAÄN"));
        assertEquals("ước lượng, ơn, ỵ", LegacyEncoding.VNI.decode("öôùc löôïng, ôn, î"));
    }

    @Test
    void capitalsFontsDrawLowerCaseCodesAsCapitals() {
        LegacyFont vnTimeH = LegacyFont.of(".VnTimeH").orElseThrow();
        assertEquals("ỦY BAN NHÂN DÂN", vnTimeH.decode("ñy ban nh©n d©n"));
        assertEquals("ỦY BAN NHÂN DÂN", LegacyEncoding.TCVN3.decodeWithoutFont("ñY BAN NH¢N D¢N"));
        assertEquals("Uỷ ban nhân dân", LegacyEncoding.TCVN3.decodeWithoutFont("Uû ban nh©n d©n"), "a line in small letters stays");
    }

    /** Every Vietnamese letter, made here from the vowels and tones and not read from the table. */
    static List<String> vietnameseLetters() {
        List<String> letters = new ArrayList<>();
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : List.of("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                letters.add(letter);
                letters.add(letter.toUpperCase(Locale.ROOT));
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return letters;
    }

    @Test
    void everyLetterRoundTripsThroughBothTables() {
        List<String> letters = vietnameseLetters();
        assertEquals(146, letters.size());
        Set<String> tcvn3Codes = new HashSet<>();
        Set<String> vniCodes = new HashSet<>();
        for (String letter : letters) {
            String vni = LegacyEncoding.VNI.encode(letter);
            assertTrue(vni.chars().allMatch(c -> c < 0x100), letter + " is typed in Latin-1 in VNI");
            assertEquals(letter, LegacyEncoding.VNI.decode(vni), letter + " through VNI " + vni);
            assertTrue(vniCodes.add(vni), "one VNI spelling per letter: " + vni);

            String tcvn3 = LegacyEncoding.TCVN3.encode(letter);
            assertEquals(1, tcvn3.length(), letter + " is one byte in TCVN3");
            assertTrue(tcvn3.charAt(0) < 0x100);
            boolean ownCode = tcvn3Codes.add(tcvn3);
            if (letter.equals(letter.toLowerCase(Locale.ROOT)) || ownCode) {
                assertEquals(letter, LegacyEncoding.TCVN3.decode(tcvn3), letter + " through TCVN3");
            } else {
                // a capital with a tone has no code: it is its small letter set in the capitals font
                assertEquals(letter, LegacyFont.of(".VnTimeH").orElseThrow().decode(tcvn3), letter + " through .VnTimeH");
            }
        }
        assertEquals(72 + 1 + 6 + 6 + 1, tcvn3Codes.size(),
                "the 72 small vowels, đ, and the capitals A E I O U Y, Ă Â Ê Ô Ơ Ư, Đ have codes of their own");
    }

    @Test
    void aFewCodesAsTheChartsPrintThem() {
        assertEquals("\u00B8", LegacyEncoding.TCVN3.encode("á"));
        assertEquals("\u00AD", LegacyEncoding.TCVN3.encode("ư"));
        assertEquals("\u00A7", LegacyEncoding.TCVN3.encode("Đ"));
        assertEquals("\u00FE", LegacyEncoding.TCVN3.encode("ỵ"));
        assertEquals("a\u00F9", LegacyEncoding.VNI.encode("á"));
        assertEquals("\u00F6\u00EF", LegacyEncoding.VNI.encode("ự"));
        assertEquals("\u00D1", LegacyEncoding.VNI.encode("Đ"));
        assertEquals("O\u00C4", LegacyEncoding.VNI.encode("Ộ"));
    }

    @Test
    void fontNamesSayTheEncoding() {
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.TCVN3, false)), LegacyFont.of(".VnTime"));
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.TCVN3, true)), LegacyFont.of(".VnTimeH"));
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.TCVN3, true)), LegacyFont.of("ABCDEF+VnArialH,Bold"));
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.TCVN3, false)), LegacyFont.of(".VnCentury Schoolbook"));
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.VNI, false)), LegacyFont.of("VNI-Times"));
        assertEquals(Optional.of(new LegacyFont(LegacyEncoding.VNI, false)), LegacyFont.of("BCDEFG+VNI-Helve-Bold"));
        assertEquals(Optional.empty(), LegacyFont.of("Times New Roman"));
        assertEquals(Optional.empty(), LegacyFont.of("TimesNewRomanPS-BoldMT"));
        assertEquals(Optional.empty(), LegacyFont.of(null));
    }

    @Test
    void textWithoutItsFontIsRecognisedByItsLetters() {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyGuess.of("Uû ban nh©n d©n huyÖn Tuy Phong"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyGuess.of("UÛy ban nhaân daân huyeän Tuy Phong"));
        assertEquals(Optional.empty(), LegacyGuess.of("Ủy ban nhân dân huyện Tuy Phong, có là tôi"), "Unicode stays");
        assertEquals(Optional.empty(), LegacyGuess.of("Ban Tuy Phong"), "nothing to go by");
        assertEquals(Optional.empty(), LegacyGuess.of("Café à la crème, déjà vu, naïve"), "French is neither");
    }
}
