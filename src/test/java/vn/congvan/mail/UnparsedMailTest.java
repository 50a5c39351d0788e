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

    /**
     * The files of a folder are read by the thread that parses them, after the folder was listed: a file too large, or
     * gone by then, is skipped with the reason reading it gives, in its place.
     */
    @Test
    void filesAreReadWhereTheyAreParsedAndARefusedOneKeepsItsPlace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("thư"));
        Files.writeString(folder.resolve("a.eml"), "Subject: one\n\nBáo cáo.\n");
        Files.writeString(folder.resolve("b.eml"), "Subject: big\n\n" + "x".repeat(3000) + "\n");
        Files.writeString(folder.resolve("c.eml"), "Subject: gone\n\nx\n");
        Files.writeString(folder.resolve("d.eml"), "Subject: two\n\nBáo cáo.\n");
        List<UnparsedMail> handed = new ArrayList<>();
        ReadSummary summary = new EmlSource(folder, SMALL).readUnparsed(handed::add);
        assertEquals(4, summary.read());
        // In flight before it is read, a file counts for its size; one over the limit for nothing (it is refused unread).
        assertEquals(List.of(Files.size(folder.resolve("a.eml")), 0L, Files.size(folder.resolve("c.eml")), Files.size(folder.resolve("d.eml"))),
                handed.stream().map(UnparsedMail::size).toList());

        Files.delete(folder.resolve("c.eml"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<UnparsedMail.Parsed> parsed = new ArrayList<>();
        try {
            for (Future<UnparsedMail.Parsed> f : handed.stream().map(u -> pool.submit(u::parse)).toList()) {
                parsed.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals("one", parsed.get(0).mail().subject());
        assertEquals("b.eml", parsed.get(1).skipped().position());
        assertTrue(parsed.get(1).skipped().reason().startsWith("Thư quá lớn"), parsed.get(1).skipped().reason());
        assertEquals("c.eml", parsed.get(2).skipped().position());
        assertTrue(parsed.get(2).skipped().reason().startsWith("Không đọc được tệp thư"), parsed.get(2).skipped().reason());
        assertEquals("two", parsed.get(3).mail().subject());
        assertEquals("d.eml", parsed.get(3).mail().position());
    }
}
