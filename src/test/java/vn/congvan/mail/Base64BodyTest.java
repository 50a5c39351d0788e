package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A streamed body's size and SHA-256 are those of the file whatever way it is decoded: in 64 KB blocks for the usual
 * body, by the MIME decoder for one with spaces or other characters the basic decoder refuses.
 */
class Base64BodyTest {

    @Test
    void theFileIsMeasuredWhateverItsLinesAndWhereverItsPaddingFalls() throws Exception {
        Random random = new Random(12);
        // 49,151 bytes are 65,536 characters ending in "=": the padding is the last character of a whole block.
        for (int size : new int[] {0, 1, 2, 3, 49_151, 49_152, 49_153, 300_001}) {
            byte[] file = new byte[size];
            random.nextBytes(file);
            String base64 = Base64.getEncoder().encodeToString(file);
            for (String body : new String[] {lines(base64, 76, "\r\n"), lines(base64, 76, "\n"), lines(base64, 1, "\r\n"),
                    lines(base64, 73, "\r\n"), lines(base64, 76, " \r\n"), lines(base64.replaceAll("=+$", ""), 76, "\r\n")}) {
                Base64Body.Measure m = measure(body, Long.MAX_VALUE);
                assertEquals(size, m.size(), size + " bytes");
                assertEquals(sha256(file), m.sha256(), size + " bytes");
            }
        }
    }

    @Test
    void aFileOverTheLimitIsSaidToBeSo() {
        byte[] file = new byte[200_000];
        new Random(13).nextBytes(file);
        Base64Body.Measure m = measure(Base64.getMimeEncoder().encodeToString(file), 199_999);
        assertEquals(-1, m.size());
        assertEquals(true, m.over());
    }

    @Test
    void twoBodiesOneAfterThePaddingOfTheOtherAreRefusedAsBefore() {
        String twice = Base64.getMimeEncoder().encodeToString("ab".getBytes(StandardCharsets.US_ASCII)) + "\r\n"
                + Base64.getMimeEncoder().encodeToString("cd".getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> measure(twice, Long.MAX_VALUE));
    }

    private static Base64Body.Measure measure(String body, long limit) {
        // The body between other bytes of a mail, as the parser hands it over.
        byte[] raw = ("Content-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
        int from = raw.length - body.length() - "\r\n--b--\r\n".length();
        return Base64Body.measure(raw, from, from + body.length(), limit);
    }

    private static String lines(String base64, int width, String lineEnd) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base64.length(); i += width) {
            out.append(base64, i, Math.min(base64.length(), i + width)).append(lineEnd);
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
