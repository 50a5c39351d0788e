package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a photo nothing reads is hashed and measured as it is decoded, not held; the size and SHA-256 are those
 * of its bytes however the sender's program cut its base64 into lines.
 */
class StreamedAttachmentTest {
    @TempDir
    Path dir;

    private Attachment photoAsRead(byte[] photo, String base64) throws Exception {
        String mail = "From: phuthuy@phanthiet.example\r\nSubject: Re: [6174/UBND-VX] ảnh\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"ranh-gioi-0123456789\"\r\n\r\n"
                + "--ranh-gioi-0123456789\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nĐã hoàn thành.\r\n"
                + "--ranh-gioi-0123456789\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"anh.jpg\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + base64 + "\r\n--ranh-gioi-0123456789--\r\n";
        Path eml = dir.resolve("anh-" + base64.length() + "-" + base64.hashCode() + ".eml");
        Files.writeString(eml, mail, StandardCharsets.UTF_8);
        MailBatch batch = new EmlSource(eml).readAll();
        assertEquals(1, batch.mails().size(), batch.summary().toString());
        return batch.mails().get(0).attachments().get(0);
    }

    private static String lines(String base64, int width) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base64.length(); i += width) {
            out.append(base64, i, Math.min(base64.length(), i + width)).append("\r\n");
        }
        return out.toString().stripTrailing();
    }

    @Test
    void aLargePhotoIsMeasuredAndHashedNotHeldWhateverItsLines() throws Exception {
        // 2 MB and one byte: a last group with padding.
        byte[] photo = new byte[2 * 1024 * 1024 + 1];
        new Random(7).nextBytes(photo);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        String base64 = Base64.getEncoder().encodeToString(photo);
        for (int width : new int[] {76, 64, 70, 73, 1000}) {
            Attachment a = photoAsRead(photo, lines(base64, width));
            assertFalse(a.held(), width + "-character lines: " + a);
            assertEquals("anh.jpg", a.fileName());
            assertEquals(photo.length, a.size(), width + "-character lines");
            assertEquals(sha, a.streamed().sha256(), width + "-character lines");
        }
    }

    @Test
    void aSmallPhotoIsStillHeld() throws Exception {
        byte[] photo = new byte[300 * 1024];
        new Random(8).nextBytes(photo);
        Attachment a = photoAsRead(photo, Base64.getMimeEncoder().encodeToString(photo));
        assertTrue(a.held());
        assertEquals(photo.length, a.content().length);
    }
}
