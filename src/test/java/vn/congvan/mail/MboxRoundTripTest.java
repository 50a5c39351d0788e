package vn.congvan.mail;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void aMailboxReadInSmallPiecesGivesTheSameMessagesWithTheirLongLinesWhole() throws Exception {
        // Lines longer than the reader's 64 KB buffer, escaped From lines and empty lines on either side of reads.
        String longLine = "x".repeat(100_000);
        String mbox = "From a@b Thu Aug 22 01:00:00 2019\r\nSubject: one\r\n\r\n" + longLine + "\r\n>From inside\r\n\r\n"
                + "From c@d Thu Aug 22 02:00:00 2019\nSubject: two\n\n>>From twice\n" + "y".repeat(70_000) + "\n\n\n"
                + "From e@f Thu Aug 22 03:00:00 2019\nSubject: three\n\nbody\nFrom an unescaped line\nlast line without end";
        List<MboxReader.Entry> whole = entries(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), Long.MAX_VALUE);
        assertEquals(3, whole.size());
        assertEquals("Subject: one\r\n\r\n" + longLine + "\r\nFrom inside\r\n", new String(whole.get(0).content(), StandardCharsets.US_ASCII));
        assertEquals("Subject: two\n\n>From twice\n" + "y".repeat(70_000) + "\n\n", new String(whole.get(1).content(), StandardCharsets.US_ASCII));
        assertEquals("Subject: three\n\nbody\nFrom an unescaped line\nlast line without end", new String(whole.get(2).content(), StandardCharsets.US_ASCII));
        assertEquals(List.of(1L, 7L, 14L), whole.stream().map(MboxReader.Entry::line).toList());

        Random random = new Random(11);
        InputStream trickle = new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
            }
        };
        List<MboxReader.Entry> pieces = entries(trickle, Long.MAX_VALUE);
        assertEquals(whole.size(), pieces.size());
        for (int i = 0; i < whole.size(); i++) {
            assertArrayEquals(whole.get(i).content(), pieces.get(i).content());
            assertEquals(whole.get(i).line(), pieces.get(i).line());
        }
    }

    @Test
    void aLineCutAtTheLimitLeavesItsMessageOverItEvenWhenUnescaped() throws Exception {
        // 70,007 bytes, longer than the buffer: cut after 70,001, one ">" less would make it 70,000, the limit.
        String mbox = "From a@b Thu Aug 22 01:00:00 2019\n>From " + "y".repeat(70_000) + "\n\nFrom c@d Thu Aug 22 02:00:00 2019\nok\n";
        List<MboxReader.Entry> read = entries(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 70_000);
        assertEquals(2, read.size());
        assertNull(read.get(0).content());
        assertEquals("ok\n", new String(read.get(1).content(), StandardCharsets.US_ASCII));
    }

    private static List<MboxReader.Entry> entries(InputStream in, long maxBytes) throws Exception {
        List<MboxReader.Entry> out = new ArrayList<>();
        try (MboxReader r = new MboxReader(in, maxBytes)) {
            for (MboxReader.Entry e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
        }
        return out;
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
