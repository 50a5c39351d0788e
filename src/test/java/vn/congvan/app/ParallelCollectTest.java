package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.mail.EmlSource;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.tracking.Ledger;

/**
 * Issue 13: collect reads mails on a pool while it records them in order; the ledger must get exactly the events
 * (and the clerk the lines) that reading one mail after the other gives, also where the order matters: the same
 * mail twice, and another mail reusing a Message-ID recorded just before.
 */
class ParallelCollectTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "replies", "corpus");

    @TempDir
    Path dir;

    final MailWorld world = new MailWorld();

    /** The sample replies, the reply corpus, and for each corpus mail an exact copy and one with the same id but other content. */
    private Path mails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mails"));
        for (Path p : files(MailWorld.REPLIES)) {
            Files.copy(p, folder.resolve("a-" + p.getFileName()));
        }
        int i = 0;
        for (Path p : files(CORPUS)) {
            byte[] mail = Files.readAllBytes(p);
            String name = String.format("b-%03d-", i++);
            Files.write(folder.resolve(name + "1.eml"), mail);
            Files.write(folder.resolve(name + "2.eml"), mail);
            String changed = new String(mail, StandardCharsets.ISO_8859_1) + "\r\n\r\n";
            // Another body under the same Message-ID: only the order tells which of the two came first.
            Files.write(folder.resolve(name + "3.eml"), changed.replaceFirst("\r\n\r\n", "\r\nX-Changed: 1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        // Mails that will not parse, among the others: each must be listed as skipped in its place.
        Files.writeString(folder.resolve("b-010-4.eml"), "From: a@b.example\r\nSubject: parts\r\n"
                + "Content-Type: multipart/mixed; boundary=x\r\n\r\n" + "--x\r\n\r\nx\r\n".repeat(10_001) + "--x--\r\n");
        Files.writeString(folder.resolve("b-020-4.eml"), "From: a@b.example\r\nSubject: charset\r\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nBáo cáo\r\n");
        return folder;
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private record Run(ReplyCollection.Outcome outcome, List<Event> events) {
    }

    private Run collect(Path mails, String name, int threads) {
        try (Ledger ledger = Ledger.open(dir.resolve(name + ".db").toString())) {
            world.importSeed(ledger);
            new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                    .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve(name + "-outbox")), Interaction.NONE);
            ReplyCollection.Outcome outcome = new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT)
                    .readingOn(threads).collect(List.of(new ReplyCollection.Source("thư", new EmlSource(mails))), Interaction.NONE);
            // What collect recorded (the sending's notes name each run's own outbox folder).
            return new Run(outcome, new ArrayList<>(ledger.queries().events(MailWorld.seed(ledger).key()).stream()
                    .filter(e -> e.type() != EventType.SENT && e.type() != EventType.IMPORTED).toList()));
        }
    }

    @Test
    void readingOnAPoolRecordsWhatReadingOneAfterTheOtherRecords() throws Exception {
        Path mails = mails();
        Run serial = collect(mails, "serial", 0);
        Run pooled = collect(mails, "pooled", 4);

        assertEquals(5 + 3 * files(CORPUS).size(), serial.outcome().mails().size());
        assertEquals(List.of("b-010-4.eml", "b-020-4.eml"), serial.outcome().sources().get(0).skipped().stream()
                .map(k -> k.position().replaceAll(".*(b-0\\d\\d-4\\.eml).*", "$1")).toList());
        assertTrue(serial.outcome().sources().get(0).skipped().get(0).reason().contains("10000"),
                serial.outcome().sources().get(0).skipped().get(0).reason());
        assertEquals(serial.outcome().mails().size(), serial.outcome().sources().get(0).read());
        assertTrue(serial.outcome().newEvents() > 100, "the corpus records many events: " + serial.outcome().newEvents());
        assertTrue(serial.outcome().mails().stream().anyMatch(m -> m.notes().stream().anyMatch(n -> n.contains("Message-ID"))),
                "a reused Message-ID is among the mails");
        assertEquals(serial.events(), pooled.events());
        assertEquals(serial.outcome().mails(), pooled.outcome().mails());
        assertEquals(serial.outcome().sources(), pooled.outcome().sources());
    }
}
