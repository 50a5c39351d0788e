package vn.congvan.app;

import vn.congvan.TestMail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.congvan.app.MailDistribution.Result;
import vn.congvan.mail.ServerSettings;
import vn.congvan.mail.SmtpGatekeeper;
import vn.congvan.mail.SmtpTransport;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.tracking.Ledger;

/** The seed goes out to its 32 units (the issuing office is not one of them) through a real SMTP server, once, and what happened is in the ledger. */
class MailDistributionTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            TestMail.servers(ServerSetupTest.SMTPS, ServerSetupTest.SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailWorld.OFFICE, MailWorld.OFFICE, MailWorld.PASSWORD));

    final MailWorld world = new MailWorld();

    @TempDir
    Path dir;

    private static ServerSettings smtps() {
        // As a clerk types it: host:port, TLS, the office login, the test server's self-signed certificate.
        ServerSetup s = GREEN_MAIL.getSmtps().getServerSetup();
        return MailServers.smtp(s.getBindAddress() + ":" + GREEN_MAIL.getSmtps().getPort(), ServerSettings.Security.TLS,
                MailWorld.OFFICE, true);
    }

    private MailDistribution.Outcome distribute(Ledger ledger, Clock clock, List<String> resend, ServerSettings server) {
        try (SmtpTransport smtp = new SmtpTransport(server, MailWorld.password())) {
            return new MailDistribution(ledger, world.directory, world.office, clock).distribute(MailWorld.seed(ledger), resend, smtp, Interaction.NONE);
        }
    }

    @Test
    void everyAssignedUnitGetsOneMailWithTheDispatchAndItsPdfAndTheLedgerKeepsTheMessageIds() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            world.importSeed(ledger);
            MailDistribution.Outcome outcome = distribute(ledger, MailWorld.SENT_AT, List.of(), smtps());

            List<Unit> assigned = world.directory.units().stream()
                    .filter(u -> u.groups().contains("PHUONG-XA") || u.groups().contains("CQ-DV-TP"))
                    .filter(u -> !u.code().equals("VP-HDND-UBND")).toList();
            assertEquals(32, assigned.size());
            assertEquals(32, outcome.count(Result.SENT), outcome.toString());
            assertTrue(outcome.allWent());
            assertEquals(null, outcome.outbox());

            // The ledger: one SENT per unit, its Message-ID as source id and as evidence.
            List<Event> sent = MailWorld.events(ledger, EventType.SENT);
            assertEquals(32, sent.size());
            assertEquals(32, sent.stream().map(Event::sourceId).distinct().count(), "every mail its own id");
            assertEquals(assigned.stream().map(Unit::code).collect(Collectors.toSet()),
                    sent.stream().map(Event::unitCode).collect(Collectors.toSet()));
            for (Event e : sent) {
                assertEquals("mail", e.source());
                assertEquals(e.sourceId(), e.evidence());
                assertTrue(e.sourceId().matches("<cv\\.[0-9a-f]{32}@phanthiet\\.example>"), e.sourceId());
                assertEquals(MailWorld.SENT_AT.instant(), e.at());
            }

            TrackedDispatch tracked = MailWorld.seed(ledger);
            byte[] original = Files.readAllBytes(MailWorld.SEED);
            assertArrayEquals(original, ledger.queries().sourceText(tracked.key()).getBytes(StandardCharsets.UTF_8), "the seed is kept as it was");
            Map<String, MimeMessage> byRecipient = received();
            assertEquals(32, byRecipient.size());
            for (Unit unit : assigned) {
                MimeMessage m = byRecipient.get(unit.email());
                assertNotNull(m, unit.email());
                assertEquals(MailWorld.sentId(ledger, unit.code()), m.getMessageID());
                assertEquals(MailWorld.OFFICE, ((InternetAddress) m.getFrom()[0]).getAddress());
                assertEquals("Văn phòng HĐND và UBND thành phố Phan Thiết", ((InternetAddress) m.getFrom()[0]).getPersonal());
                assertEquals(MailWorld.OFFICE, m.getHeader("Disposition-Notification-To", null));
                assertEquals(unit.code(), m.getHeader("X-Congvan-Unit", null));
                assertEquals("[6174/UBND-VX] V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", m.getSubject());

                Multipart mp = (Multipart) m.getContent();
                assertEquals(3, mp.getCount());
                String body = ((String) mp.getBodyPart(0).getContent()).replace("\r\n", "\n");
                assertTrue(body.startsWith("Kính gửi: " + unit.name() + "."), body);
                assertTrue(body.contains("\n1. Phổ biến rộng rãi") && body.contains("\n2. Các cơ quan")
                        && body.contains("\n3. Ngày 30/8/2019, Sở Thông tin và Truyền thông"), body);
                assertTrue(body.contains("Thời hạn: 15/09/2019.") && body.contains("Thời hạn: 30/08/2019."), body);

                Part text = mp.getBodyPart(1);
                assertEquals("000_7ae9f029b9ddbc9d.txt", text.getFileName());
                assertArrayEquals(original, text.getInputStream().readAllBytes());
                Part pdf = mp.getBodyPart(2);
                assertEquals("000_7ae9f029b9ddbc9d.pdf", pdf.getFileName());
                assertTrue(pdf.isMimeType("application/pdf"));
                try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
                    String pdfText = new PDFTextStripper().getText(doc);
                    assertTrue(pdfText.contains("6174/UBND-VX") && pdfText.contains("Võ Văn Thông"), pdfText);
                }
            }
        }
    }

    @Test
    void aSecondRunSendsNothingAndResendSendsExactlyTheUnitAsked() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            world.importSeed(ledger);
            distribute(ledger, MailWorld.SENT_AT, List.of(), smtps());
            assertEquals(32, GREEN_MAIL.getReceivedMessages().length);

            MailDistribution.Outcome again = distribute(ledger, MailWorld.SENT_AT, List.of(), smtps());
            assertEquals(32, again.count(Result.ALREADY_SENT));
            assertEquals(0, again.count(Result.SENT));
            assertEquals(32, GREEN_MAIL.getReceivedMessages().length, "nothing sent twice");
            assertEquals(32, MailWorld.events(ledger, EventType.SENT).size());

            Clock anHourLater = Clock.offset(MailWorld.SENT_AT, Duration.ofHours(1));
            String firstId = MailWorld.sentId(ledger, "P-DUCTHANG");
            MailDistribution.Outcome resent = distribute(ledger, anHourLater, List.of("UBND phường Đức Thắng"), smtps());
            assertEquals(1, resent.count(Result.SENT));
            assertEquals(31, resent.count(Result.ALREADY_SENT));
            List<MimeMessage> fresh = newSince(List.copyOf(MailWorld.events(ledger, EventType.SENT).stream()
                    .filter(e -> !e.unitCode().equals("P-DUCTHANG") || e.sourceId().equals(firstId)).map(Event::sourceId).toList()));
            assertEquals(33, GREEN_MAIL.getReceivedMessages().length);
            assertEquals(1, fresh.size());
            MimeMessage last = fresh.get(0);
            assertEquals("ducthang@phanthiet.example", ((InternetAddress) last.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            List<Event> ducThang = MailWorld.events(ledger, EventType.SENT).stream().filter(e -> e.unitCode().equals("P-DUCTHANG")).toList();
            assertEquals(2, ducThang.size());
            assertEquals(firstId, ducThang.get(0).sourceId());
            assertEquals(last.getMessageID(), ducThang.get(1).sourceId());
            assertNotEquals(firstId, last.getMessageID());

            MailDistribution.Outcome everyone = distribute(ledger, Clock.offset(MailWorld.SENT_AT, Duration.ofHours(2)), List.of("all"), smtps());
            assertEquals(32, everyone.count(Result.SENT));
            assertEquals(65, GREEN_MAIL.getReceivedMessages().length);
        }
    }

    @Test
    void aRefusedAddressIsRecordedForThatUnitAndTheOthersStillGo() throws Exception {
        ServerSetup plain = GREEN_MAIL.getSmtp().getServerSetup();
        String refused = "lacdao@phanthiet.example";
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString());
             SmtpGatekeeper gate = new SmtpGatekeeper(plain.getBindAddress(), GREEN_MAIL.getSmtp().getPort(), Set.of(refused), Set.of())) {
            world.importSeed(ledger);
            ServerSettings strict = MailServers.smtp(gate.host() + ":" + gate.port(), ServerSettings.Security.NONE, MailWorld.OFFICE, false);
            MailDistribution.Outcome outcome = distribute(ledger, MailWorld.SENT_AT, List.of(), strict);

            assertEquals(31, outcome.count(Result.SENT));
            assertEquals(1, outcome.count(Result.FAILED));
            MailDistribution.UnitLine lacDao = outcome.units().stream().filter(u -> u.result() == Result.FAILED).findFirst().orElseThrow();
            assertEquals("P-LACDAO", lacDao.unitCode());
            assertEquals(refused, lacDao.email());
            assertTrue(lacDao.reason().startsWith("Máy chủ thư từ chối địa chỉ người nhận lacdao@phanthiet.example"), lacDao.reason());
            assertEquals(31, GREEN_MAIL.getReceivedMessages().length);
            assertTrue(received().keySet().stream().noneMatch(refused::equals));

            List<Event> failed = MailWorld.events(ledger, EventType.SEND_FAILED);
            assertEquals(1, failed.size());
            assertEquals("P-LACDAO", failed.get(0).unitCode());
            assertEquals(lacDao.reason(), failed.get(0).note());
            assertEquals(31, MailWorld.events(ledger, EventType.SENT).size());
            assertTrue(MailWorld.events(ledger, EventType.SENT).stream().noneMatch(e -> e.unitCode().equals("P-LACDAO")));

            // The address is fixed on the server side; running again sends to Lạc Đạo only.
            MailDistribution.Outcome retry = distribute(ledger, MailWorld.SENT_AT, List.of(), smtps());
            assertEquals(1, retry.count(Result.SENT));
            assertEquals("P-LACDAO", retry.units().stream().filter(u -> u.result() == Result.SENT).findFirst().orElseThrow().unitCode());
            assertEquals(32, GREEN_MAIL.getReceivedMessages().length);
        }
    }

    /** The received messages whose Message-ID is not among {@code known}. */
    private static List<MimeMessage> newSince(List<String> known) throws Exception {
        List<MimeMessage> fresh = new java.util.ArrayList<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            if (!known.contains(m.getMessageID())) {
                fresh.add(m);
            }
        }
        return fresh;
    }

    private static Map<String, MimeMessage> received() throws Exception {
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            byRecipient.put(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress(), m);
        }
        return byRecipient;
    }
}
