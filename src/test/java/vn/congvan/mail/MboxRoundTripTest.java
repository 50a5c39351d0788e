package vn.congvan.mail;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MboxRoundTripTest {
    private static final String TRICKY = "From: vanphong@phanthiet.example\r\nSubject: From lines\r\n\r\n"
            + "From here on a line starts with From.\r\n>From an escaped one.\r\n>>From twice.\r\n\r\nFrom the end\r\n";

    @Test
    void fromLinesInBodiesSurviveWritingAndReading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MboxWriter w = new MboxWriter(out)) {
            w.append(TRICKY.getBytes(StandardCharsets.US_ASCII), "vanphong@phanthiet.example", Instant.parse("2017-07-15T07:10:00Z"));
            w.append("Subject: second\n\nbody".getBytes(StandardCharsets.US_ASCII), null, null);
        }
        String file = out.toString(StandardCharsets.US_ASCII);
        assertTrue(file.startsWith("From vanphong@phanthiet.example Sat Jul 15 07:10:00 2017\n"), file);
        assertTrue(file.contains("\n>From here on a line starts with From.\n>>From an escaped one.\n>>>From twice.\n\n>From the end\n\nFrom MAILER-DAEMON "), file);

        List<byte[]> back = read(out.toByteArray());
        assertEquals(2, back.size());
        assertEquals(TRICKY.replace("\r\n", "\n"), new String(back.get(0), StandardCharsets.US_ASCII));
        assertEquals(ContentHash.of(TRICKY.getBytes(StandardCharsets.US_ASCII)), ContentHash.of(back.get(0)));
        assertEquals("Subject: second\n\nbody\n", new String(back.get(1), StandardCharsets.US_ASCII));
    }

    @Test
    void aFromLineNotAfterAnEmptyLineDoesNotStartAMessage() throws Exception {
        String mbox = "From a@b Thu Aug 22 01:00:00 2019\nSubject: one\n\nline\nFrom inside, unescaped by a careless writer\n\n"
                + "From c@d Thu Aug 22 02:00:00 2019\nSubject: two\n\nx\n";
        List<byte[]> back = read(mbox.getBytes(StandardCharsets.US_ASCII));
        assertEquals(2, back.size());
        assertTrue(new String(back.get(0), StandardCharsets.US_ASCII).contains("line\nFrom inside"));
    }

    @Test
    void aMessageOverTheLimitIsCountedButNotKept() throws Exception {
        String mbox = "From a@b Thu Aug 22 01:00:00 2019\nSubject: big\n\n" + "x".repeat(5000) + "\n\nFrom c@d Thu Aug 22 02:00:00 2019\nSubject: small\n\ny\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 1000)) {
            MboxReader.Entry big = r.next();
            assertNull(big.content());
            assertTrue(big.size() > 5000);
            MboxReader.Entry small = r.next();
            assertEquals(2, small.index());
            assertEquals(6, small.line());
            assertEquals("Subject: small\n\ny\n", new String(small.content(), StandardCharsets.US_ASCII));
            assertNull(r.next());
        }
    }

    private static List<byte[]> read(byte[] mbox) throws Exception {
        List<byte[]> out = new ArrayList<>();
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox), Long.MAX_VALUE)) {
            MboxReader.Entry e;
            while ((e = r.next()) != null) {
                out.add(e.content());
            }
        }
        return out;
    }
}
