package vn.congvan.mail;

import vn.congvan.TestMail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server goes away in the middle of a batch: what was read is kept, the rest is listed as not read. */
class ImapInterruptionTest {
    private static final String PASSWORD = "Thu-Cong-Vu-2019";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.servers(ServerSetupTest.IMAPS))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(Fixtures.OFFICE, Fixtures.OFFICE, PASSWORD));

    @Test
    void aServerThatStopsMidBatchLosesNothingAlreadyRead() throws Exception {
        CollectAndClassifyTest.deliverSamples(GREEN_MAIL);
        ServerSettings server = new ServerSettings(GREEN_MAIL.getImaps().getServerSetup().getBindAddress(),
                GREEN_MAIL.getImaps().getPort(), ServerSettings.Security.TLS, Fixtures.OFFICE, true);
        List<IncomingMail> handed = new ArrayList<>();

        ReadSummary summary = new ImapSource(server, Fixtures.password(PASSWORD), "INBOX").read(mail -> {
            handed.add(mail);
            if (handed.size() == 2) {
                GREEN_MAIL.stop();
            }
        });

        assertFalse(summary.complete());
        assertEquals(2, summary.read());
        assertEquals(2, handed.size());
        assertEquals("ducthang@phanthiet.example", handed.get(0).fromAddress());
        assertEquals("phuthuy@phanthiet.example", handed.get(1).fromAddress());
        assertEquals(List.of("INBOX, UID 3", "INBOX, UID 4", "INBOX, UID 5"), summary.notRead());
        assertTrue(summary.interruption().startsWith("Mất kết nối với máy chủ thư") && summary.interruption().contains("3 thư chưa đọc được"),
                summary.interruption());
        // What was read is whole: the classifier can use it as if nothing had happened.
        assertEquals(new Classification.ReadReceipt(Fixtures.DISPATCH_KEY, "P-DUCTHANG", java.time.Instant.parse("2019-08-22T02:15:00Z")),
                new ReplyClassifier(java.util.Set.of(Fixtures.DOMAIN)).classify(handed.get(0), Fixtures.known()));
    }
}
