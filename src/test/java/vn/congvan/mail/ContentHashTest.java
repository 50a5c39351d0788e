package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The hash finds a mail already recorded when it is collected again, so it must not change from one
 * version to the next: every sample mail hashes as the first version did (byte by byte, kept here as the
 * reference), in its own line ends and in the other ones.
 */
class ContentHashTest {

    @Test
    void theSampleRepliesHashAsBefore() throws IOException {
        List<Path> mails;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/replies/corpus"))) {
            mails = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertTrue(mails.size() > 40, "the reply corpus");
        for (Path mail : mails) {
            byte[] raw = Files.readAllBytes(mail);
            String asLf = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            byte[] lf = asLf.getBytes(StandardCharsets.ISO_8859_1);
            byte[] crlf = asLf.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(firstVersion(raw), ContentHash.of(raw), mail.toString());
            assertEquals(firstVersion(raw), ContentHash.of(lf), mail + " with LF");
            assertEquals(firstVersion(raw), ContentHash.of(crlf), mail + " with CRLF");
        }
    }

    @Test
    void lineEndsAtTheEdgesHashAsBefore() {
        List<String> samples = List.of("", "\n", "\r\n\r\n", "a", "a\r", "\ra", "a\r\rb\n", "a\n\rb", "\r\n\r\nx\r\n",
                "x\n\n\ny", "Subject: a\r\n\r\nb\r\r\n", "a\rb\nc\r\nd\n\r\n\r", "ê".repeat(5000) + "\r\n" + "x\n".repeat(9000));
        for (String s : samples) {
            byte[] raw = s.getBytes(StandardCharsets.UTF_8);
            assertEquals(firstVersion(raw), ContentHash.of(raw), s.length() < 30 ? s : "long sample");
        }
        assertEquals(ContentHash.of("a\nb\n\n".getBytes(StandardCharsets.US_ASCII)),
                ContentHash.of("a\r\nb".getBytes(StandardCharsets.US_ASCII)));
        assertNotEquals(ContentHash.of("a\rb".getBytes(StandardCharsets.US_ASCII)),
                ContentHash.of("a\nb".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The first version, which copied the mail byte by byte with every LF written as CRLF. */
    private static String firstVersion(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        var d = ContentHash.sha256();
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < end; i++) {
            byte b = raw[i];
            if (b == '\r' && i + 1 < end && raw[i + 1] == '\n') {
                continue;
            }
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return HexFormat.of().formatHex(d.digest(out.toByteArray()));
    }
}
