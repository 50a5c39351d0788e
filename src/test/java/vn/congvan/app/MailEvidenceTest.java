package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.mail.Classification;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.tracking.Ledger;

/**
 * Issue 10: every history line recorded from a mail opens that mail, byte for byte as it was collected,
 * on a real SQLite ledger; the mail is kept once, together with its events.
 */
class MailEvidenceTest {
    @TempDir
    Path dir;

    final MailWorld world = new MailWorld();
    Path db;
    Path inbox;
    Ledger ledger;

    @BeforeEach
    void distributedAndAnswered() throws Exception {
        db = dir.resolve("congvan.db");
        ledger = Ledger.open(db.toString());
        world.importSeed(ledger);
        new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve("outbox")), Interaction.NONE);
        inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String name : List.of("01-read-receipt-ducthang.eml", "02-reply-phuthuy-done.eml", "03-report-phutai.eml")) {
            Files.copy(MailWorld.REPLIES.resolve(name), inbox.resolve(name));
        }
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private ReplyCollection.Outcome collect() {
        return new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT)
                .collect(List.of(new ReplyCollection.Source("inbox", new EmlSource(inbox))), Interaction.NONE);
    }

    private CongvanService service() {
        ledger.close();
        ledger = null;
        return Workspace.resolve(db.toString(), MailWorld.DIRECTORY).open(MailWorld.COLLECTED_AT, Interaction.NONE, Map.of());
    }

    private static List<Event> events(CongvanService app, EventType type, String unit) {
        return app.history(new CongvanService.HistoryRequest(new DispatchRef(MailWorld.ID, null, null), unit)).lines().stream()
                .map(CongvanService.HistoryLine::event).filter(e -> e.type() == type).toList();
    }

    private List<String> rows(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    @Test
    void everyLineOfACollectedMailOpensThatMailAsItWasReceived() throws Exception {
        collect();

        try (CongvanService app = service()) {
            List<Event> done = events(app, EventType.DONE, "P-PHUTHUY");
            assertEquals(3, done.size(), done.toString());
            byte[] reply = Files.readAllBytes(inbox.resolve("02-reply-phuthuy-done.eml"));
            for (Event e : done) {
                assertEquals("mail", e.source());
                Path opened = app.evidenceFile(e);
                assertTrue(opened.startsWith(dir), opened + " is in the documents folder beside the ledger");
                assertTrue(opened.getFileName().toString().endsWith(".eml"), opened.toString());
                assertArrayEquals(reply, Files.readAllBytes(opened));
            }
            // The reply's acknowledgement opens the same mail; a read receipt opens the receipt.
            assertArrayEquals(reply, Files.readAllBytes(app.evidenceFile(events(app, EventType.ACKNOWLEDGED, "P-PHUTHUY").get(0))));
            assertArrayEquals(Files.readAllBytes(inbox.resolve("01-read-receipt-ducthang.eml")),
                    Files.readAllBytes(app.evidenceFile(events(app, EventType.ACKNOWLEDGED, "P-DUCTHANG").get(0))));
            // A report attached to the mail stays inside it: the mail program shows it.
            Event fromReport = events(app, EventType.DONE, "P-PHUTAI").get(0);
            byte[] report = Files.readAllBytes(inbox.resolve("03-report-phutai.eml"));
            assertArrayEquals(report, Files.readAllBytes(app.evidenceFile(fromReport)));
            // The line of our own mail to the unit has nothing kept to open (the sent mail is in the outbox).
            Event sent = events(app, EventType.SENT, "P-PHUTHUY").get(0);
            InputException notKept = assertThrows(InputException.class, () -> app.evidenceFile(sent));
            assertTrue(notKept.getMessage().startsWith("Sổ không giữ bản thư gốc"), notKept.getMessage());
        }
    }

    @Test
    void collectingAgainKeepsNoSecondCopyAndEachAppliedMailHasExactlyOneOriginal() throws Exception {
        ReplyCollection.Outcome first = collect();
        List<String> kept = rows("SELECT source_id FROM mail_original ORDER BY source_id");
        ReplyCollection.Outcome again = collect();

        assertEquals(3, first.mails().stream().filter(m -> m.newEvents() > 0).count(), first.mails().toString());
        assertEquals(0, again.mails().stream().mapToInt(ReplyCollection.MailLine::newEvents).sum());
        assertEquals(kept, rows("SELECT source_id FROM mail_original ORDER BY source_id"), "a repeat keeps nothing more");
        // The events and their mail go together: every mail with events collected has its original, and no more.
        Set<String> collectedSources = new TreeSet<>(rows("SELECT DISTINCT source_id FROM ledger_event"
                + " WHERE source = 'mail' AND type <> 'SENT'"));
        assertEquals(3, collectedSources.size(), collectedSources.toString());
        assertEquals(List.copyOf(collectedSources), kept);
        assertEquals(List.of("0", "0", "0"), rows("SELECT raw_truncated FROM mail_original"));
    }

    @Test
    void aBounceOpensTheDeliveryReport() throws Exception {
        Path dsnFile = dir.resolve("dsn.eml");
        try (java.io.OutputStream out = Files.newOutputStream(dsnFile)) {
            MailWorld.reply("mailer-daemon@phanthiet.example", "<dsn.phuthuy.1@phanthiet.example>", null,
                "2019-08-22T08:05:00+07:00", "Delivery to phuongphuthuy@phanthiet.example failed: 552 5.2.2 Mailbox full\n")
                    .writeTo(out);
        }
        IncomingMail dsn = new EmlSource(dsnFile).readAll().mails().get(0);
        long key = MailWorld.seed(ledger).key();
        new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT).record("dsn.eml", dsn,
                new Classification.Bounce(key, "P-PHUTHUY", Instant.parse("2019-08-22T01:05:00Z"), "552 5.2.2 Mailbox full"));

        try (CongvanService app = service()) {
            Event failed = events(app, EventType.DELIVERY_FAILED, "P-PHUTHUY").get(0);
            assertArrayEquals(Files.readAllBytes(dsnFile), Files.readAllBytes(app.evidenceFile(failed)));
        }
    }

    @Test
    void aLineRecordedByAnOlderVersionSaysTheMailWasNotKept() throws Exception {
        // As an older version recorded a reply: its events, with no original beside them.
        long key = MailWorld.seed(ledger).key();
        ledger.events().append(Event.of(key, EventType.DONE, Instant.parse("2019-08-23T03:20:00Z")).unit("P-MUINE").requirement("1")
                .source("mail", "<old.reply.muine@phanthiet.example>").evidence("Message-ID <old.reply.muine@phanthiet.example>").build());

        try (CongvanService app = service()) {
            Event old = events(app, EventType.DONE, "P-MUINE").get(0);
            InputException notKept = assertThrows(InputException.class, () -> app.evidenceFile(old));
            assertTrue(notKept.getMessage().startsWith("Sổ không giữ bản thư gốc"), notKept.getMessage());
        }
    }
}
