package vn.congvan.mail;

import vn.congvan.TestMail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Quota;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.ArchiveReport;
import vn.congvan.model.QuotaReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requirement 2 and 3 of the seed, done by the tool itself: watch the quota, archive old sent mail safely. */
class QuotaAndArchiveTest {
    private static final String PASSWORD = "Thu-Cong-Vu-2019";
    private static final LocalDate KEEP_FROM = LocalDate.of(2018, 1, 1);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.servers(ServerSetupTest.IMAPS))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(Fixtures.OFFICE, Fixtures.OFFICE, PASSWORD));

    private static ServerSettings imaps() {
        return CollectAndClassifyTest.imapsOf(GREEN_MAIL);
    }

    @Test
    void quotaIsReadFromTheServerAndWarnsAboveTheThreshold() throws Exception {
        IMAPStore store = ImapConnection.open(imaps(), Fixtures.password(PASSWORD));
        try {
            // GreenMail quotes an empty root name twice ("""") and counts bytes where RFC 2087 says KiB; a named root
            // avoids the first quirk, and the numbers are passed on as the server gives them.
            Quota quota = new Quota("INBOX");
            quota.setResourceLimit("STORAGE", 1_000_000);
            store.setQuota(quota);
        } finally {
            store.close();
        }
        CollectAndClassifyTest.deliverSamples(GREEN_MAIL);

        QuotaCheck check = new QuotaCheck(imaps(), Fixtures.password(PASSWORD));
        QuotaReport calm = check.check(0.5);
        assertEquals(1_000_000, calm.limitKb());
        assertTrue(calm.usedKb() > 0, "the delivered samples take room: " + calm);
        assertNull(calm.warning());

        QuotaReport strict = check.check(0.001);
        assertTrue(strict.warning().startsWith("Hộp thư đã dùng "), strict.warning());
        assertTrue(strict.warning().contains(" trên 976,6 MB (") && strict.warning().contains("vượt ngưỡng cảnh báo 0%"), strict.warning());
        assertTrue(strict.fraction() > 0.001 && strict.fraction() < 0.5, strict.toString());
        assertEquals(strict.usedKb(), calm.usedKb());
    }

    @Test
    void archiveCopiesOldSentMailAndKeepsItOnTheServerUnlessAsked(@TempDir Path dir) throws Exception {
        fillSentFolder();
        Path mbox = dir.resolve("thu-da-gui-den-2017.mbox");

        ArchiveReport report = new MailArchiver(imaps(), Fixtures.password(PASSWORD)).archive("Sent", KEEP_FROM, mbox, false);

        assertEquals(new ArchiveReport(3, 3, true, 0, mbox, null), report);
        assertEquals(List.of("<old-1@phanthiet.example>", "<old-2@phanthiet.example>", "<old-3@phanthiet.example>"), idsIn(mbox));
        assertEquals(5, sentIds().size(), "nothing deleted without deleteAfterVerify");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(mbox), files.toList(), "no temporary file left");
        }
        MailException again = assertThrows(MailException.class,
                () -> new MailArchiver(imaps(), Fixtures.password(PASSWORD)).archive("Sent", KEEP_FROM, mbox, false));
        assertTrue(again.getMessage().contains("đã có"), again.getMessage());
    }

    @Test
    void aKilledArchivesOldPartFileIsGoneAfterTheNextArchiveAndAFreshOneStays(@TempDir Path dir) throws Exception {
        fillSentFolder();
        Path old = Files.writeString(dir.resolve(".archive-1234567890.part"), "From nửa hộp thư\n");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".archive-987654321.part"), "From đang ghi\n");
        Path mbox = dir.resolve("luu-tru.mbox");

        new MailArchiver(imaps(), Fixtures.password(PASSWORD)).archive("Sent", KEEP_FROM, mbox, false);

        try (var files = Files.list(dir)) {
            assertEquals(List.of(fresh, mbox), files.sorted().toList(), "the old leftover removed, the fresh one kept");
        }
    }

    @Test
    void archiveWithDeleteRemovesExactlyTheVerifiedMails(@TempDir Path dir) throws Exception {
        fillSentFolder();
        Path mbox = dir.resolve("luu-tru.mbox");

        ArchiveReport report = new MailArchiver(imaps(), Fixtures.password(PASSWORD)).archive("Sent", KEEP_FROM, mbox, true);

        assertEquals(new ArchiveReport(3, 3, true, 3, mbox, null), report);
        assertEquals(3, idsIn(mbox).size());
        assertEquals(List.of("<new-1@phanthiet.example>", "<new-2@phanthiet.example>"), sentIds());
    }

    @Test
    void whenAMailChangesDuringTheRunNothingIsDeleted(@TempDir Path dir) throws Exception {
        fillSentFolder();
        Path mbox = dir.resolve("luu-tru.mbox");
        MailArchiver.Listener otherClient = new MailArchiver.Listener() {
            @Override
            public void verifying() {
                // Someone deletes one old mail from another computer while we verify.
                try {
                    IMAPStore store = ImapConnection.open(imaps(), Fixtures.password(PASSWORD));
                    Folder sent = store.getFolder("Sent");
                    sent.open(Folder.READ_WRITE);
                    for (Message m : sent.getMessages()) {
                        if ("<old-2@phanthiet.example>".equals(((MimeMessage) m).getMessageID())) {
                            m.setFlag(Flags.Flag.DELETED, true);
                        }
                    }
                    sent.close(true);
                    store.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        ArchiveReport report = new MailArchiver(imaps(), Fixtures.password(PASSWORD)).archive("Sent", KEEP_FROM, mbox, true, otherClient);

        assertFalse(report.verified());
        assertEquals(0, report.deleted());
        assertNull(report.mbox());
        assertTrue(report.problem().contains("không còn trên máy chủ") && report.problem().contains("Chưa xóa thư nào"), report.problem());
        assertFalse(Files.exists(mbox), "an unverified archive is not kept");
        assertEquals(List.of("<old-1@phanthiet.example>", "<old-3@phanthiet.example>", "<new-1@phanthiet.example>",
                "<new-2@phanthiet.example>"), sentIds(), "only the other client's deletion happened");
    }

    @Test
    void nothingOldMeansNothingToDo(@TempDir Path dir) throws Exception {
        fillSentFolder();
        ArchiveReport report = new MailArchiver(imaps(), Fixtures.password(PASSWORD))
                .archive("Sent", LocalDate.of(2015, 1, 1), dir.resolve("x.mbox"), true);
        assertEquals(new ArchiveReport(0, 0, true, 0, null, null), report);
        assertEquals(5, sentIds().size());
    }

    /** Five sent mails: three from 2017 (one on 31/12/2017 at 23:30 Vietnam time), two from 2019. */
    private static void fillSentFolder() throws Exception {
        IMAPStore store = ImapConnection.open(imaps(), Fixtures.password(PASSWORD));
        try {
            Folder sent = store.getFolder("Sent");
            sent.create(Folder.HOLDS_MESSAGES);
            Session session = Session.getInstance(new Properties());
            List<Message> mails = new ArrayList<>();
            mails.add(sentMail(session, "old-1", "2017-03-02T09:00:00+07:00", "Báo cáo quý I/2017"));
            mails.add(sentMail(session, "old-2", "2017-07-15T14:10:00+07:00", "From the office: lịch họp tháng 7\nFrom here on, dòng này bắt đầu bằng From"));
            mails.add(sentMail(session, "old-3", "2017-12-31T23:30:00+07:00", "Chúc mừng năm mới 2018"));
            mails.add(sentMail(session, "new-1", "2018-01-01T00:10:00+07:00", "Kế hoạch năm 2018"));
            mails.add(sentMail(session, "new-2", "2019-08-22T08:00:00+07:00", "Công văn 6174/UBND-VX"));
            sent.appendMessages(mails.toArray(new Message[0]));
        } finally {
            store.close();
        }
    }

    private static MimeMessage sentMail(Session session, String id, String date, String text) throws Exception {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + id + "@phanthiet.example>");
            }
        };
        m.setFrom(new InternetAddress(Fixtures.OFFICE));
        m.setRecipients(Message.RecipientType.TO, "phutai@phanthiet.example");
        m.setSubject(text.lines().findFirst().orElseThrow(), "UTF-8");
        m.setSentDate(Date.from(ZonedDateTime.parse(date).toInstant()));
        m.setText(text + "\n", "UTF-8");
        m.saveChanges();
        return m;
    }

    private static List<String> sentIds() throws Exception {
        IMAPStore store = ImapConnection.open(imaps(), Fixtures.password(PASSWORD));
        try {
            Folder sent = store.getFolder("Sent");
            sent.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message m : sent.getMessages()) {
                ids.add(((MimeMessage) m).getMessageID());
            }
            assertTrue(sent instanceof UIDFolder);
            return ids;
        } finally {
            store.close();
        }
    }

    private static List<String> idsIn(Path mbox) throws Exception {
        MailBatch batch = new MboxSource(mbox).readAll();
        assertTrue(batch.summary().complete());
        assertEquals(List.of(), batch.summary().skipped());
        return batch.mails().stream().map(IncomingMail::messageId).toList();
    }
}
