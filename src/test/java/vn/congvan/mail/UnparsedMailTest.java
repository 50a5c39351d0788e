package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.InputLimits;

/**
 * collect parses the mails a source hands over unparsed on other threads (issue 13): in order, a mail refused before
 * parsing or that will not parse must still give the reason, position and summary that reading it whole gives.
 */
class UnparsedMailTest {
    /** 2,000-byte mails, five MIME parts at most. */
    private static final InputLimits SMALL = new InputLimits(2000, 1000, 10_000, 100, 5);

    @TempDir
    Path dir;

    private Path mbox() throws Exception {
        String good = "Subject: %s\n\nBáo cáo đã hoàn thành.\n";
        String parts = "Subject: parts\nContent-Type: multipart/mixed; boundary=x\n\n" + "--x\n\nx\n".repeat(10) + "--x--\n";
        String mbox = "From a@b Thu Aug 22 01:00:00 2019\n" + good.formatted("one") + "\n"
                + "From a@b Thu Aug 22 01:00:00 2019\nSubject: big\n\n" + "x".repeat(3000) + "\n\n"
                + "From a@b Thu Aug 22 01:00:00 2019\n" + parts + "\n"
                + "From a@b Thu Aug 22 01:00:00 2019\n" + good.formatted("two") + "\n";
        return Files.write(dir.resolve("replies.mbox"), mbox.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mailsParsedOnAnotherThreadGiveWhatReadingThemInOrderGives() throws Exception {
        MboxSource source = new MboxSource(mbox(), SMALL);
        List<IncomingMail> serial = new ArrayList<>();
        ReadSummary read = source.read(serial::add);

        List<UnparsedMail> handed = new ArrayList<>();
        ReadSummary unparsed = source.readUnparsed(handed::add);
        assertEquals(4, handed.size());
        assertEquals(4, unparsed.read());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<UnparsedMail.Parsed> parsed = new ArrayList<>();
        try {
            List<Future<UnparsedMail.Parsed>> futures = handed.stream().map(u -> pool.submit(u::parse)).toList();
            for (Future<UnparsedMail.Parsed> f : futures) {
                parsed.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Skipped> unreadable = parsed.stream().filter(p -> p.mail() == null).map(UnparsedMail.Parsed::skipped).toList();

        assertEquals(List.of("one", "two"), serial.stream().map(IncomingMail::subject).toList());
        assertEquals(List.of("one", "two"), parsed.stream().filter(p -> p.mail() != null).map(p -> p.mail().subject()).toList());
        assertEquals(serial.get(1).sha256(), parsed.get(3).mail().sha256());
        assertNull(parsed.get(0).skipped());
        assertEquals(2, read.read());
        assertEquals(2, read.skipped().size());
        assertTrue(read.skipped().get(0).reason().startsWith("Thư quá lớn"), read.skipped().get(0).reason());
        assertTrue(read.skipped().get(0).position().contains("2"), read.skipped().get(0).position());
        assertTrue(read.skipped().get(1).reason().contains("giới hạn 5 phần"), read.skipped().get(1).reason());
        assertTrue(read.skipped().get(1).position().contains("3"), read.skipped().get(1).position());
        assertEquals(read, unparsed.afterParsing(unreadable));
    }
}
