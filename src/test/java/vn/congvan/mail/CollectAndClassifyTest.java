package vn.congvan.mail;

import vn.congvan.TestMail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.mail.Classification.ReadReceipt;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suspicious;
import vn.congvan.mail.Classification.Unmatched;
import vn.congvan.model.ComplianceStatus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

/** The sample replies come back through IMAP, an mbox file, a maildir and .eml files, and mean the same each time. */
class CollectAndClassifyTest {
    private static final String PASSWORD = "Thu-Cong-Vu-2019";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.servers(ServerSetupTest.IMAPS))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(Fixtures.OFFICE, Fixtures.OFFICE, PASSWORD));

    private final ReplyClassifier classifier = new ReplyClassifier(Set.of(Fixtures.DOMAIN));
    private final KnownDispatches known = Fixtures.known();

    static ServerSettings imaps() {
        return imapsOf(GREEN_MAIL);
    }

    static ServerSettings imapsOf(GreenMailExtension greenMail) {
        return new ServerSettings(greenMail.getImaps().getServerSetup().getBindAddress(), greenMail.getImaps().getPort(),
                ServerSettings.Security.TLS, Fixtures.OFFICE, true);
    }

    static void deliverSamples(GreenMailExtension greenMail) throws Exception {
        GreenMailUser office = greenMail.getUserManager().getUser(Fixtures.OFFICE);
        for (String name : Fixtures.sampleNames()) {
            office.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(Fixtures.sample(name))));
        }
    }

    private List<Classification> classifyAll(List<IncomingMail> mails) {
        return mails.stream().map(m -> classifier.classify(m, known)).toList();
    }

    /** What each sample must mean, in file-name order. */
    private static void assertSampleMeanings(List<Classification> c) {
        assertEquals(5, c.size(), c.toString());
        assertEquals(new ReadReceipt(Fixtures.DISPATCH_KEY, "P-DUCTHANG", Instant.parse("2019-08-22T02:15:00Z")), c.get(0));

        Reply phuThuy = assertInstanceOf(Reply.class, c.get(1));
        assertEquals(Fixtures.DISPATCH_KEY, phuThuy.dispatchKey());
        assertEquals("P-PHUTHUY", phuThuy.unitCode());
        assertEquals(Instant.parse("2019-08-23T03:20:00Z"), phuThuy.at());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", DONE), phuThuy.certainStatuses());
        assertTrue(phuThuy.evidence().contains("đã hoàn thành tất cả các nội dung"), phuThuy.evidence());

        Reply phuTai = assertInstanceOf(Reply.class, c.get(2));
        assertEquals("P-PHUTAI", phuTai.unitCode());
        assertEquals(Instant.parse("2019-08-27T09:05:00Z"), phuTai.at());
        assertEquals(Map.<String, ComplianceStatus>of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), phuTai.certainStatuses());
        assertTrue(phuTai.evidence().startsWith("Kính gửi Văn phòng HĐND và UBND thành phố, UBND phường Phú Tài gửi báo cáo"), phuTai.evidence());
        assertTrue(phuTai.evidence().contains("Báo cáo 6174 - phường Phú Tài.txt"), phuTai.evidence());
        assertFalse(phuTai.evidence().contains("Kính gửi: Ủy ban nhân dân phường Phú Tài"), "our quoted mail is not evidence");

        Suspicious phishing = assertInstanceOf(Suspicious.class, c.get(3));
        String reasons = String.join("\n", phishing.reasons());
        assertTrue(reasons.contains("Liên kết hiển thị \"https://mail.phanthiet.example/xac-minh\" nhưng thực ra dẫn tới 203.0.113.45"), reasons);
        assertTrue(reasons.contains("địa chỉ IP trần 203.0.113.45"), reasons);
        assertTrue(reasons.contains("Tên người gửi \"Quản trị hệ thống thư công vụ\" tự xưng là"), reasons);
        assertTrue(reasons.contains("quantri@hethong-thucongvu.example nằm ngoài tên miền của cơ quan"), reasons);
        assertTrue(reasons.contains("Thư đòi cung cấp mật khẩu hoặc xác minh tài khoản"), reasons);

        Unmatched newsletter = assertInstanceOf(Unmatched.class, c.get(4));
        assertTrue(newsletter.reason().contains("bantin@tintuc-congnghe.example"), newsletter.reason());
        assertTrue(newsletter.reason().contains("không trả lời thư nào đã gửi"), newsletter.reason());
    }

    @Test
    void repliesReceiptsAndReportsComeBackThroughImaps() throws Exception {
        deliverSamples(GREEN_MAIL);
        MailBatch batch = new ImapSource(imaps(), Fixtures.password(PASSWORD), "INBOX").readAll();

        assertTrue(batch.summary().complete());
        assertEquals(5, batch.summary().read());
        assertEquals(List.of(), batch.summary().skipped());
        IncomingMail first = batch.mails().get(0);
        assertEquals("INBOX, UID 1", first.position());
        assertEquals("ducthang@phanthiet.example", first.fromAddress());
        assertEquals("UBND phường Đức Thắng", first.fromName());
        assertTrue(first.receivedDate() != null);

        List<Classification> once = classifyAll(batch.mails());
        assertSampleMeanings(once);
        assertEquals(once, classifyAll(batch.mails()), "classifying again gives the same answers");
        assertEquals(once, classifyAll(new ImapSource(imaps(), Fixtures.password(PASSWORD), "INBOX").readAll().mails()),
                "reading again gives the same answers");
        assertEquals(new EmlSource(Fixtures.SAMPLES).readAll().mails().stream().map(IncomingMail::sourceId).toList(),
                batch.mails().stream().map(IncomingMail::sourceId).toList(), "the ledger's source ids do not depend on the store");
        assertEquals(new EmlSource(Fixtures.SAMPLES).readAll().mails().stream().map(IncomingMail::sha256).toList(),
                batch.mails().stream().map(IncomingMail::sha256).toList(), "nor do the content hashes");
    }

    @Test
    void readingLeavesTheMailboxAsItWas() throws Exception {
        deliverSamples(GREEN_MAIL);
        new ImapSource(imaps(), Fixtures.password(PASSWORD), "INBOX").readAll();
        Store store = ImapConnection.open(imaps(), Fixtures.password(PASSWORD));
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(5, inbox.getMessageCount());
            for (Message m : inbox.getMessages()) {
                assertFalse(m.isSet(Flags.Flag.SEEN), "a unit's reply stays unread for the clerk");
            }
        } finally {
            store.close();
        }
    }

    @Test
    void anUnknownFolderListsTheOnesThereAre() {
        MailException e = org.junit.jupiter.api.Assertions.assertThrows(MailException.class,
                () -> new ImapSource(imaps(), Fixtures.password(PASSWORD), "Hộp thư đến").readAll());
        assertTrue(e.getMessage().startsWith("Không có thư mục \"Hộp thư đến\"") && e.getMessage().contains("INBOX"), e.getMessage());
    }

    @Test
    void theSameRepliesFromAThunderbirdMboxFile(@TempDir Path dir) throws Exception {
        Path mbox = dir.resolve("Inbox");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : Fixtures.sampleNames()) {
            out.write("From - Thu Aug 29 08:00:00 2019\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(Fixtures.sample(name));
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(mbox, out.toByteArray());

        MailBatch batch = new MboxSource(mbox).readAll();
        assertTrue(batch.summary().complete());
        assertEquals(List.of(), batch.summary().skipped());
        assertSampleMeanings(classifyAll(batch.mails()));
        assertEquals("Inbox, thư thứ 3 (dòng " + (1 + lines("01-read-receipt-ducthang.eml") + lines("02-reply-phuthuy-done.eml")) + ")",
                batch.mails().get(2).position());

        List<String> fromFiles = new EmlSource(Fixtures.SAMPLES).readAll().mails().stream().map(IncomingMail::sha256).toList();
        assertEquals(fromFiles, batch.mails().stream().map(IncomingMail::sha256).toList(), "same mail, same hash, whatever the store");
    }

    @Test
    void theSameRepliesFromAMaildirAndFromEmlFiles(@TempDir Path dir) throws Exception {
        Path maildir = dir.resolve("Maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        List<String> names = Fixtures.sampleNames();
        for (int i = 0; i < names.size(); i++) {
            // older mails already seen (cur), the newest not yet (new); names sort by delivery time
            Path target = maildir.resolve(i < 3 ? "cur" : "new").resolve("156700000" + i + ".M1P1.mail:2,");
            Files.write(target, Fixtures.sample(names.get(i)));
        }
        Files.writeString(maildir.resolve("tmp").resolve("1567000099.half-written"), "From: nobody\n");

        assertSampleMeanings(classifyAll(new MaildirSource(maildir).readAll().mails()));
        assertSampleMeanings(classifyAll(new EmlSource(Fixtures.SAMPLES).readAll().mails()));
        MailBatch one = new EmlSource(Fixtures.SAMPLES.resolve("03-report-phutai.eml")).readAll();
        assertEquals("03-report-phutai.eml", one.mails().get(0).position());
    }

    private static int lines(String sample) throws Exception {
        return Files.readAllLines(Fixtures.SAMPLES.resolve(sample)).size() + 2;
    }
}
