package vn.congvan.mail;

import vn.congvan.TestMail;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.congvan.model.Unit;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpDistributionTest {
    private static final String PASSWORD = "Thu-Cong-Vu-2019";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            TestMail.servers(ServerSetupTest.SMTPS, ServerSetupTest.SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(Fixtures.OFFICE, Fixtures.OFFICE, PASSWORD));

    private static ServerSettings smtps(String user) {
        ServerSetup s = GREEN_MAIL.getSmtps().getServerSetup();
        return new ServerSettings(s.getBindAddress(), GREEN_MAIL.getSmtps().getPort(), ServerSettings.Security.TLS, user, true);
    }

    @Test
    void everyUnitGetsItsOwnMailOverSmtps() throws Exception {
        byte[] seedFile = Files.readAllBytes(Fixtures.SEED_FILE);
        List<SendResult> results;
        try (SmtpTransport smtp = new SmtpTransport(smtps(Fixtures.OFFICE), Fixtures.password(PASSWORD))) {
            results = new Distributor(Fixtures.composer(), smtp)
                    .distribute(Fixtures.taskSet(), Fixtures.units(), List.of(Attachment.of(Fixtures.SEED_FILE)));
        }
        assertEquals(18, results.size());
        assertTrue(results.stream().allMatch(SendResult::ok), results.toString());

        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            byRecipient.put(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress(), m);
        }
        assertEquals(18, byRecipient.size());
        for (SendResult r : results) {
            Unit unit = Fixtures.unit(r.unitCode());
            MimeMessage m = byRecipient.get(unit.email());
            assertNotNull(m, unit.email());
            assertEquals(r.messageId(), m.getMessageID());
            assertTrue(m.getSubject().startsWith("[6174/UBND-VX] V/v "), m.getSubject());
            assertEquals(Fixtures.OFFICE, m.getHeader("Disposition-Notification-To", null));
            assertEquals(Fixtures.OFFICE, ((InternetAddress) m.getFrom()[0]).getAddress());
            Multipart mp = (Multipart) m.getContent();
            String body = ((String) mp.getBodyPart(0).getContent()).replace("\r\n", "\n");
            assertTrue(body.startsWith("Kính gửi: " + unit.name() + "."), body);
            assertTrue(body.contains("\n1. Phổ biến rộng rãi") && body.contains("\n2. Các cơ quan") && body.contains("\n3. Lưu trữ lại"), body);
            assertTrue(body.contains("Thời hạn: 30/08/2019."), body);
            Part file = mp.getBodyPart(1);
            assertEquals("000_7ae9f029b9ddbc9d.txt", file.getFileName());
            assertArrayEquals(seedFile, file.getInputStream().readAllBytes());
        }
    }

    @Test
    void aWrongPasswordFailsEveryUnitWithoutRetryingTheLogin() throws Exception {
        List<SendResult> results;
        int[] asked = {0};
        PasswordSource counting = () -> {
            asked[0]++;
            return "sai-mat-khau".toCharArray();
        };
        try (SmtpTransport smtp = new SmtpTransport(smtps(Fixtures.OFFICE), counting)) {
            results = new Distributor(Fixtures.composer(), smtp).distribute(Fixtures.taskSet(), Fixtures.units().subList(0, 3), List.of());
        }
        assertEquals(1, asked[0], "the password is asked once");
        for (SendResult r : results) {
            assertFalse(r.ok());
            assertTrue(r.error().contains("không chấp nhận đăng nhập của tài khoản vanphong@phanthiet.example"), r.error());
            assertFalse(r.error().contains("sai-mat-khau"), "the password never appears in a message");
        }
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void aRefusedAddressAndADroppedConnectionFailThoseUnitsOnly() throws Exception {
        ServerSetup plain = GREEN_MAIL.getSmtp().getServerSetup();
        String refused = "lacdao@phanthiet.example";
        String dropped = "hunglong@phanthiet.example";
        List<SendResult> results;
        try (SmtpGatekeeper gate = new SmtpGatekeeper(plain.getBindAddress(), GREEN_MAIL.getSmtp().getPort(), Set.of(refused), Set.of(dropped));
             SmtpTransport smtp = new SmtpTransport(new ServerSettings(gate.host(), gate.port(), ServerSettings.Security.NONE,
                     Fixtures.OFFICE, false), Fixtures.password(PASSWORD))) {
            results = new Distributor(Fixtures.composer(), smtp).distribute(Fixtures.taskSet(), Fixtures.units(), List.of());
        }
        Map<String, SendResult> byEmail = new HashMap<>();
        results.forEach(r -> byEmail.put(r.email(), r));

        SendResult lacDao = byEmail.get(refused);
        assertFalse(lacDao.ok());
        assertEquals("P-LACDAO", lacDao.unitCode());
        assertTrue(lacDao.error().startsWith("Máy chủ thư từ chối địa chỉ người nhận lacdao@phanthiet.example"), lacDao.error());
        assertTrue(lacDao.error().contains("550 5.1.1"), lacDao.error());
        assertNotNull(lacDao.messageId(), "the composed Message-ID is kept for the record");

        SendResult hungLong = byEmail.get(dropped);
        assertFalse(hungLong.ok());
        assertTrue(hungLong.error().startsWith("Mất kết nối với máy chủ thư"), hungLong.error());
        assertTrue(hungLong.error().endsWith("hãy kiểm tra trước khi gửi lại."), hungLong.error());

        assertEquals(16, results.stream().filter(SendResult::ok).count());
        String[] arrived = Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .map(m -> {
                    try {
                        return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toArray(String[]::new);
        assertEquals(16, arrived.length);
        assertFalse(Arrays.asList(arrived).contains(refused));
        assertFalse(Arrays.asList(arrived).contains(dropped));
        // Units after the failures in the list still got their mail.
        assertTrue(Arrays.asList(arrived).contains("tienthanh@phanthiet.example"));
    }

    @Test
    void anUnreachableServerIsNamedInVietnamese() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (SmtpTransport smtp = new SmtpTransport(new ServerSettings("127.0.0.1", closedPort, ServerSettings.Security.NONE, null, false),
                Fixtures.password(PASSWORD))) {
            ComposedMail mail = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), Fixtures.assignments(Fixtures.units()), List.of());
            MailException e = org.junit.jupiter.api.Assertions.assertThrows(MailException.class, () -> smtp.send(mail.message()));
            assertTrue(e.getMessage().startsWith("Không kết nối được tới máy chủ thư 127.0.0.1:" + closedPort), e.getMessage());
        }
    }

    @Test
    void anUnreachableServerFailsTheRestAtOnceInsteadOfOnceMorePerUnit() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SmtpTransport smtp = new SmtpTransport(new ServerSettings("127.0.0.1", port, ServerSettings.Security.NONE, null, false),
                Fixtures.password(PASSWORD))) {
            ComposedMail first = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), Fixtures.assignments(Fixtures.units()), List.of());
            ComposedMail second = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-HAMTIEN"), Fixtures.assignments(Fixtures.units()), List.of());
            MailException down = org.junit.jupiter.api.Assertions.assertThrows(MailException.class, () -> smtp.send(first.message()));
            // Something now listens on that port; the transport must not try again within this batch.
            try (java.net.ServerSocket listener = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                listener.setSoTimeout(300);
                MailException again = org.junit.jupiter.api.Assertions.assertThrows(MailException.class, () -> smtp.send(second.message()));
                assertEquals(down.getMessage(), again.getMessage());
                org.junit.jupiter.api.Assertions.assertThrows(java.net.SocketTimeoutException.class, listener::accept,
                        "no second connection attempt");
            }
        }
    }
}
