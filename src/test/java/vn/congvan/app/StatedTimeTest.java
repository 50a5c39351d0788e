package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;
import vn.congvan.Hostile;
import vn.congvan.app.CongvanService.DistributeRequest;
import vn.congvan.app.CongvanService.HistoryRequest;
import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.CongvanService.StatusRequest;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.RequirementState;

/**
 * What time a reply is recorded at, and who has the last word: a date no one could have written
 * (9999, 1900) is replaced by when the mail arrived, and the clerk's entry counts over what came before.
 * Through the service, on a real SQLite ledger, with replies read from .eml files and a maildir.
 */
class StatedTimeTest {
    private static final DispatchRef SEED = DispatchRef.of(MailWorld.ID);
    /** 29/08/2019 08:00 in Vietnam, when the replies are collected. */
    private static final Instant COLLECTED = MailWorld.COLLECTED_AT.instant();

    @TempDir
    Path dir;

    @BeforeEach
    void importAndSend() {
        try (CongvanService app = service(MailWorld.SENT_AT)) {
            app.importDispatch(new ImportRequest(MailWorld.SEED, null));
            app.distribute(new DistributeRequest(SEED, MailRoute.outbox(dir.resolve("outbox")), null, List.of()));
        }
    }

    @Test
    void aReplyDatedInTheYear9999IsRecordedWhenCollectedAndTheEvidenceSaysWhy() throws Exception {
        // Crafted: matched by its subject's number/symbol and the ward's own address.
        collectEml(COLLECTED, Hostile.copy("nam-9999.eml", dir.resolve("crafted")));

        RequirementState item1 = item(COLLECTED, "P-MUINE", "1");
        assertEquals(ComplianceStatus.DONE, item1.status());
        assertEquals(COLLECTED, item1.lastChange());
        assertTrue(item1.lastEvidence().contains(
                "thời điểm ghi trong thư (01/01/9999 00:00) không hợp lý; dùng thời điểm thu thập thư (29/08/2019 08:00)"),
                item1.lastEvidence());
        // A later report still counts: the forged date did not fix the status for good.
        collectEml(COLLECTED.plusSeconds(86_400), reply("muine@phanthiet.example", "P-MUINE", "<muine.2@phanthiet.example>",
                "2019-08-30T07:00:00+07:00", "1. Đang thực hiện.\n"));
        assertEquals(ComplianceStatus.IN_PROGRESS, item(COLLECTED.plusSeconds(86_400), "P-MUINE", "1").status());
    }

    @Test
    void aReplyDatedInTheYear1900IsRecordedWhenTheMailboxReceivedIt() throws Exception {
        Instant received = ZonedDateTime.of(2019, 8, 28, 10, 30, 0, 0, Workspace.VIETNAM).toInstant();
        Path maildir = dir.resolve("Maildir");
        Path file = Files.createDirectories(maildir.resolve("cur")).resolve("1567000000.hamtien:2,S");
        Files.write(file, Hostile.bytes("nam-1900.eml"));
        Files.setLastModifiedTime(file, FileTime.from(received));

        try (CongvanService app = service(MailWorld.COLLECTED_AT)) {
            ReplyCollection.MailLine line = app.collect(List.of(new Mailbox.Maildir(maildir))).mails().get(0);
            assertEquals(received, line.at());
            assertEquals(List.of("thời điểm ghi trong thư (01/01/1900 08:00) không hợp lý; dùng thời điểm nhận thư (28/08/2019 10:30)"),
                    line.notes());
        }
        RequirementState item1 = item(COLLECTED, "P-HAMTIEN", "1");
        assertEquals(ComplianceStatus.DONE, item1.status());
        assertEquals(received, item1.lastChange());
        List<Event> acks = history("P-HAMTIEN").stream().filter(e -> e.type() == EventType.ACKNOWLEDGED).toList();
        assertEquals(1, acks.size());
        assertEquals(received, acks.get(0).at());
        assertTrue(acks.get(0).evidence().contains("thời điểm ghi trong thư (01/01/1900 08:00) không hợp lý"), acks.get(0).evidence());
    }

    @Test
    void aPlausibleDateIsKeptAsStated() throws Exception {
        Instant stated = ZonedDateTime.of(2019, 8, 28, 9, 0, 0, 0, Workspace.VIETNAM).toInstant();
        collectEml(COLLECTED, reply("phuhai@phanthiet.example", "P-PHUHAI", "<phuhai.1@phanthiet.example>",
                "2019-08-28T09:00:00+07:00", "1. Đã hoàn thành.\n"));

        RequirementState item1 = item(COLLECTED, "P-PHUHAI", "1");
        assertEquals(stated, item1.lastChange());
        assertFalse(item1.lastEvidence().contains("không hợp lý"), item1.lastEvidence());
    }

    @Test
    void theClerksMarkAfterALaterDatedReplyDecidesAndALaterMailStillCounts() throws Exception {
        // The unit's mail server runs 8 minutes ahead: believable, and later than the clerk's entry below.
        collectEml(COLLECTED, reply("tienloi@phanthiet.example", "X-TIENLOI", "<tienloi.1@phanthiet.example>",
                "2019-08-29T08:08:00+07:00", "1. Đã hoàn thành.\n"));
        assertEquals(ComplianceStatus.DONE, item(COLLECTED, "X-TIENLOI", "1").status());

        Instant marked = COLLECTED.plusSeconds(120);
        try (CongvanService app = service(Clock.fixed(marked, Workspace.VIETNAM))) {
            app.mark(new MarkRequest(SEED, "X-TIENLOI", "1", "progress", "Gọi điện: mới phổ biến một nửa"));
        }
        RequirementState afterMark = item(marked, "X-TIENLOI", "1");
        assertEquals(ComplianceStatus.IN_PROGRESS, afterMark.status());
        assertEquals("Gọi điện: mới phổ biến một nửa", afterMark.lastNote());

        Instant nextDay = COLLECTED.plusSeconds(86_400);
        collectEml(nextDay, reply("tienloi@phanthiet.example", "X-TIENLOI", "<tienloi.2@phanthiet.example>",
                "2019-08-30T07:30:00+07:00", "1. Đã hoàn thành.\n"));
        RequirementState afterMail = item(nextDay, "X-TIENLOI", "1");
        assertEquals(ComplianceStatus.DONE, afterMail.status());
        assertEquals(ZonedDateTime.of(2019, 8, 30, 7, 30, 0, 0, Workspace.VIETNAM).toInstant(), afterMail.lastChange());
    }

    private CongvanService service(Clock clock) {
        return Workspace.resolve(dir.resolve("ledger.db").toString(), MailWorld.DIRECTORY).open(clock, Interaction.NONE, Map.of());
    }

    /** A reply answering the dispatch mail the ledger recorded for {@code unitCode}. */
    private MimeMessage reply(String from, String unitCode, String messageId, String date, String text) throws Exception {
        String sentId = history(unitCode).stream().filter(e -> e.type() == EventType.SENT).map(Event::sourceId).findFirst().orElseThrow();
        return MailWorld.reply(from, messageId, sentId, date, "Kính gửi Văn phòng,\n\n" + text);
    }

    private List<Event> history(String unitCode) {
        try (CongvanService app = service(MailWorld.COLLECTED_AT)) {
            return app.history(new HistoryRequest(SEED, unitCode)).lines().stream().map(CongvanService.HistoryLine::event).toList();
        }
    }

    private void collectEml(Instant at, MimeMessage mail) throws Exception {
        Path file = Files.createDirectories(dir.resolve("eml-" + at.getEpochSecond())).resolve("reply.eml");
        write(file, mail);
        collectEml(at, file);
    }

    private void collectEml(Instant at, Path file) {
        try (CongvanService app = service(Clock.fixed(at, Workspace.VIETNAM))) {
            assertEquals(1, app.collect(List.of(new Mailbox.Eml(file))).newlyApplied());
        }
    }

    private RequirementState item(Instant at, String unitCode, String requirement) {
        try (CongvanService app = service(Clock.fixed(at, Workspace.VIETNAM))) {
            return app.status(new StatusRequest(SEED, null)).status().unit(unitCode).orElseThrow()
                    .requirement(requirement).orElseThrow();
        }
    }

    private static void write(Path file, MimeMessage m) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
    }
}
