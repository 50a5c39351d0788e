package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntrustedTest {
    @TempDir
    Path dir;

    @Test
    void terminalEscapesAndBidiOverridesAreDroppedAndVietnameseIsKept() {
        String subject = "\u001b[2J\u001b]0;Ngân hàng\u0007Báo cáo \u009b31m\u202Egnp.exe\u202C\u2066 số 6174\u2069\u007f";
        assertEquals("[2J]0;Ngân hàngBáo cáo 31mgnp.exe số 6174", Untrusted.line(subject));
    }

    @Test
    void aLineIsCutToItsLimitOnceOnOneLine() {
        assertEquals("Báo cáo 6174", Untrusted.line("Báo cáo\r\n 6174", 12));
        assertEquals("Báo cáo…", Untrusted.line("Báo cáo 6174/UBND-VX", 9));
        assertNull(Untrusted.line(null, 10));
        String subject = "Re: 6174/UBND-VX " + "báo cáo ".repeat(100);
        assertEquals(Untrusted.HEADER_CHARS, Untrusted.header(subject).length());
        assertEquals("Re: 6174/UBND-VX", Untrusted.header("Re:\t6174/UBND-VX\n"));
    }

    @Test
    void aLineHasNoBreaksAndIsComposed() {
        String decomposed = Normalizer.normalize("UBND phường Phú Thủy", Normalizer.Form.NFD);
        assertEquals("UBND phường Phú Thủy Bcc: x@evil.example", Untrusted.line(decomposed + "\r\n\tBcc: x@evil.example"));
        assertEquals("UBND phường Phú Thủy", Untrusted.line(decomposed));
        assertNull(Untrusted.line(null));
    }

    @Test
    void aBodyKeepsItsLinesAndTabs() {
        assertEquals("1. Đã hoàn thành[8m\n2.\tĐang thực hiện\n", Untrusted.text("1. Đã hoàn thành\u001b[8m\r\n2.\tĐang thực hiện\r"));
    }

    @Test
    void aFileNameCannotLeaveItsFolderNorBreakAHeader() {
        assertEquals("a Bcc_ x@evil.example.txt", Untrusted.fileName("a\r\nBcc: x@evil.example.txt"));
        assertEquals("_.._etc_passwd", Untrusted.fileName("/../etc/passwd"));
        assertEquals("_Windows_System32_x.dll", Untrusted.fileName("..\\Windows\\System32\\x.dll"));
        assertEquals("C__boot.ini", Untrusted.fileName("C:\\boot.ini"));
        assertEquals("_con.txt", Untrusted.fileName("con.txt"));
        assertEquals("_LPT1.tar.gz", Untrusted.fileName("LPT1.tar.gz"));
        assertEquals("_nul", Untrusted.fileName("nul"));
        assertEquals("Báo cáo kết quả.docx", Untrusted.fileName("Báo cáo kết quả.docx"));
        assertEquals("tep", Untrusted.fileName("..."));
    }

    @Test
    void aFileNameLongerThanAFolderTakesIsCutBeforeItsExtension() throws Exception {
        String fits = "ả".repeat(83) + ".pdf"; // 249 + 4 bytes
        assertEquals(fits, Untrusted.fileName(fits));
        String name = Untrusted.fileName("Báo cáo " + "kết quả thực hiện ".repeat(5_000) + ".docx");
        assertTrue(name.startsWith("Báo cáo kết quả thực hiện") && name.endsWith("…" + ".docx"), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name.getBytes(StandardCharsets.UTF_8).length + " bytes");
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length > 240, "as much as fits is kept");
        // A folder takes it: the name is written and read back as it is.
        Path file = Files.writeString(dir.resolve(name), "x");
        assertEquals(name, file.getFileName().toString());
        // No extension, or an "extension" that is no ending, and characters of four bytes.
        String noEnding = Untrusted.fileName("Báo cáo." + "x".repeat(300));
        assertTrue(noEnding.endsWith("x…") && noEnding.getBytes(StandardCharsets.UTF_8).length <= 255, noEnding);
        assertTrue(Untrusted.fileName("\uD835\uDC01".repeat(100)).matches("(\uD835\uDC01){63}…"));
    }

    @Test
    void cleanAndComposedTextComesBackAsTheRegularExpressionAndNormaliserMadeIt() {
        String nfd = Normalizer.normalize("Báo cáo kết quả thực hiện Công văn số 6174/UBND-KT", Normalizer.Form.NFD);
        for (String s : new String[] {"", "plain ASCII\n", "Đã hoàn thành\tđúng hạn\r\n", nfd, nfd + "\u001b[2J",
                "\u0085NEL\u009f", "tab\tLF\n\u202Eevil\u2069", "a\u0000b\u0008c\u000Bd\u001Fe\u007F",
                "e\u0301\u0302", "\u2029 ok \u2065 \u206A \u00A0", "\uD83D\uDE00 emoji", "\u0300 lone mark"}) {
            String before = Normalizer.normalize(
                    s.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]", ""),
                    Normalizer.Form.NFC);
            assertEquals(before, Untrusted.text(s), s);
        }
    }

    /** The characters {@link Untrusted#alwaysComposed} vouches for, and every pair of them, are NFC as they stand. */
    @Test
    void everyPairOfCharactersTakenAsComposedIsNfc() {
        List<Character> composed = new ArrayList<>();
        for (char c = 0; c < 0x3000; c++) {
            if (Untrusted.alwaysComposed(c)) {
                composed.add(c);
            }
        }
        assertTrue(composed.size() > 1000, "the table covers Latin and Vietnamese");
        char[] pair = new char[2];
        for (char a : composed) {
            assertTrue(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC), Integer.toHexString(a));
            pair[0] = a;
            for (char b : composed) {
                pair[1] = b;
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    throw new AssertionError(Integer.toHexString(a) + " " + Integer.toHexString(b) + " compose");
                }
            }
        }
        assertFalse(Untrusted.alwaysComposed('\u0301'));
        assertFalse(Untrusted.alwaysComposed('\u2126'));
    }

    /** Texts the one-pass check lets through unchanged are what the steps of clean and text make of them. */
    @Test
    void aTextTakenAsCleanIsWhatCleaningGives() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:!?-–—“”‘’…•()\n\t\r\u00A0\u200B\uFEFF\u202E"
                + "\u0001\u007F\u0085\u0301\u0323áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ\u2126\uD83D\uDE00";
        Random random = new Random(13);
        int clean = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            boolean plain = random.nextInt(4) > 0;
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(plain ? 66 : alphabet.length()));
                b.append(plain && (c == '\t' || c == '\r') ? ' ' : c);
            }
            String s = b.toString();
            String before = Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n')
                    .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]", ""), Normalizer.Form.NFC);
            assertEquals(before, Untrusted.text(s), s);
            if (Untrusted.alreadyClean(s)) {
                clean++;
                String cleaned = s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ')
                        .replace("\u200B", "").replace("\uFEFF", "");
                assertEquals(before, cleaned, s);
                assertEquals(before, VietnameseText.clean(s), s);
            }
        }
        assertTrue(clean > 5_000, "most random texts of Vietnamese letters are clean: " + clean);
    }
}
