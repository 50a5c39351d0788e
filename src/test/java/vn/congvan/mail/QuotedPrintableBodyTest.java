package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

/** Our quoted-printable decoding must give Jakarta Mail's bytes, or leave the body to it. */
class QuotedPrintableBodyTest {

    @Test
    void aVietnameseReplyDecodesAsJakartaMailDecodesIt() throws Exception {
        String body = "K=C3=ADnh g=E1=BB=ADi V=C4=83n ph=C3=B2ng,  \r\n1. =C4=90=C3=A3 ho=C3=A0n th=C3=A0nh =\r\nn=E1=BB=99i dung 1.   \r\n"
                + "2. =c4=90ang th=e1=bb=b1c hi=e1=bb=87n=\nti=E1=BA=BFp   ";
        byte[] raw = ("xx" + body + "yy").getBytes(StandardCharsets.ISO_8859_1);
        byte[] ours = QuotedPrintableBody.decode(raw, 2, raw.length - 2);
        assertArrayEquals(jakarta(body.getBytes(StandardCharsets.ISO_8859_1)), ours);
        // trailing spaces dropped, soft breaks joined, lower-case hex read
        assertEquals("Kính gửi Văn phòng,\r\n1. Đã hoàn thành nội dung 1.\r\n2. Đang thực hiệntiếp",
                new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void whatJakartaMailToleratesInItsOwnWayIsLeftToIt() {
        for (String odd : new String[] {"a=", "a=4", "a=G1", "a=-1", "a=+1", "a= \r\n", "a=\r"}) {
            byte[] raw = odd.getBytes(StandardCharsets.ISO_8859_1);
            assertNull(QuotedPrintableBody.decode(raw, 0, raw.length), odd);
        }
    }

    @Test
    void randomBodiesDecodeAsJakartaMailDecodesThem() throws Exception {
        byte[] alphabet = "= \r\n\tA3f9gZ-+.".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(4);
        int decoded = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] body = new byte[random.nextInt(14)];
            for (int i = 0; i < body.length; i++) {
                body[i] = random.nextInt(10) == 0 ? (byte) (0x80 + random.nextInt(0x80)) : alphabet[random.nextInt(alphabet.length)];
            }
            byte[] ours = QuotedPrintableBody.decode(body, 0, body.length);
            if (ours != null) {
                decoded++;
                assertArrayEquals(jakarta(body), ours, new String(body, StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(decoded > 50_000, "decoded " + decoded);
    }

    private static byte[] jakarta(byte[] body) throws MessagingException, IOException {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(body), "quoted-printable")) {
            return in.readAllBytes();
        }
    }
}
