package vn.congvan.app;

import vn.congvan.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Quota;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import vn.congvan.model.ArchiveReport;
import vn.congvan.mail.MboxSource;
import vn.congvan.model.QuotaReport;
import vn.congvan.mail.ServerSettings;
import vn.congvan.model.InputException;

/** Items 2 and 3 of the seed, as a clerk asks for them: how full is the mailbox, and sent mail up to 31/12/2017 archived. */
class MailboxUpkeepTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.servers(ServerSetupTest.IMAPS))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailWorld.OFFICE, MailWorld.OFFICE, MailWorld.PASSWORD));

    private static ServerSettings imaps() {
        ServerSetup s = GREEN_MAIL.getImaps().getServerSetup();
        return MailServers.imap(s.getBindAddress() + ":" + GREEN_MAIL.getImaps().getPort(), ServerSettings.Security.TLS,
                MailWorld.OFFICE, true);
    }

    private static MailboxUpkeep upkeep() {
        return new MailboxUpkeep(imaps(), MailWorld.password());
    }

    @Test
    void archiveTakesTheLastDayAsAClerkMeansIt(@TempDir Path dir) throws Exception {
        fillSent("2017-12-31T23:30:00+07:00", "2018-01-01T00:10:00+07:00", "2017-06-01T08:00:00+07:00", "2019-08-22T08:00:00+07:00");
        Path mbox = dir.resolve("thu-da-gui-den-31-12-2017.mbox");

        ArchiveReport report = upkeep().archive("Sent", LocalDate.of(2017, 12, 31), mbox, true);

        assertEquals(2, report.selected(), "31/12/2017 23:30 is on the last day; 01/01/2018 00:10 is not");
        assertTrue(report.verified());
        assertEquals(2, report.deleted());
        assertEquals(2, new MboxSource(mbox).readAll().mails().size());
        assertEquals(List.of(ZonedDateTime.parse("2018-01-01T00:10:00+07:00").toInstant(),
                ZonedDateTime.parse("2019-08-22T08:00:00+07:00").toInstant()), sentDates(), "the rest stays on the server");
    }

    @Test
    void quotaWarnsAboveTheThresholdAndRefusesANonsenseOne() throws Exception {
        setQuota(1_000_000);
        GREEN_MAIL.getUserManager().getUser(MailWorld.OFFICE).deliver(MailWorld.sample("03-report-phutai.eml"));
        QuotaReport calm = upkeep().quota(0.99);
        assertEquals(1_000_000, calm.limitKb());
        assertNull(calm.warning());
        QuotaReport low = upkeep().quota(0.0001);
        assertTrue(low.warning().startsWith("Hộp thư đã dùng"), low.warning());
        InputException bad = assertThrows(InputException.class, () -> upkeep().quota(80));
        assertTrue(bad.getMessage().contains("\"80.0\""), bad.getMessage());
    }

    private static void setQuota(long limit) throws Exception {
        Store store = open();
        try {
            // A named root: GreenMail quotes an empty one twice (see the mail package's quota test).
            Quota quota = new Quota("INBOX");
            quota.setResourceLimit("STORAGE", limit);
            ((IMAPStore) store).setQuota(quota);
        } finally {
            store.close();
        }
    }

    /** The test's own IMAP view of the mailbox, to prepare and inspect it (GreenMail's client trusts its certificate). */
    private static Store open() throws Exception {
        Store store = GREEN_MAIL.getImaps().createStore();
        store.connect(MailWorld.OFFICE, MailWorld.PASSWORD);
        return store;
    }

    private static void fillSent(String... dates) throws Exception {
        Store store = open();
        try {
            Folder sent = store.getFolder("Sent");
            if (!sent.exists()) {
                sent.create(Folder.HOLDS_MESSAGES);
            }
            List<Message> mails = new ArrayList<>();
            for (String d : dates) {
                MimeMessage m = new MimeMessage(MailWorld.SESSION);
                m.setFrom(new InternetAddress(MailWorld.OFFICE));
                m.setRecipients(Message.RecipientType.TO, "phutai@phanthiet.example");
                m.setSubject("Thư ngày " + d, "UTF-8");
                m.setSentDate(Date.from(ZonedDateTime.parse(d).toInstant()));
                m.setText("Nội dung thư gửi ngày " + d + "\n", "UTF-8");
                m.saveChanges();
                mails.add(m);
            }
            sent.appendMessages(mails.toArray(new Message[0]));
        } finally {
            store.close();
        }
    }

    private static List<java.time.Instant> sentDates() throws Exception {
        Store store = open();
        try {
            Folder sent = store.getFolder("Sent");
            sent.open(Folder.READ_ONLY);
            List<java.time.Instant> dates = new ArrayList<>();
            for (Message m : sent.getMessages()) {
                dates.add(m.getSentDate().toInstant());
            }
            return dates.stream().sorted().toList();
        } finally {
            store.close();
        }
    }
}
