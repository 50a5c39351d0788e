package vn.congvan.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Unit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTransportTest {

    @Test
    void writesOneEmlPerUnitThatParsesBackToTheSameHeaders(@TempDir Path dir) throws Exception {
        Path outbox = dir.resolve("outbox");
        Distributor distributor = new Distributor(Fixtures.composer(), new OutboxTransport(outbox));
        List<SendResult> results = distributor.distribute(Fixtures.taskSet(), Fixtures.units(), List.of(Attachment.of(Fixtures.SEED_FILE)));

        assertEquals(18, results.size());
        assertTrue(results.stream().allMatch(SendResult::ok), results.toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(outbox)) {
            files = s.sorted().toList();
        }
        assertEquals(18, files.size(), "no temporary files left beside the 18 mails");
        for (SendResult r : results) {
            Path file = outbox.resolve(r.unitCode() + "_" + r.messageId().replaceAll("[<>]", "") + ".eml");
            assertTrue(Files.exists(file), file.toString());
            byte[] raw = Files.readAllBytes(file);
            // What mail programs expect of an .eml: headers first, CRLF line ends.
            String head = new String(raw, 0, 400, StandardCharsets.US_ASCII);
            assertTrue(head.contains("\r\n") && !head.startsWith("\r\n"), head);
            MimeMessage m;
            try (InputStream in = Files.newInputStream(file)) {
                m = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            Unit unit = Fixtures.unit(r.unitCode());
            assertEquals(r.messageId(), m.getMessageID());
            assertEquals(unit.email(), ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            assertEquals(unit.email(), r.email());
            assertEquals("[6174/UBND-VX] V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", m.getSubject());
            assertEquals(Fixtures.OFFICE, m.getHeader("Disposition-Notification-To", null));
            assertEquals(r.unitCode(), m.getHeader(DispatchMailComposer.UNIT_HEADER, null));
            assertEquals(Fixtures.DISPATCH_ID, m.getHeader(DispatchMailComposer.DISPATCH_HEADER, null));
        }
    }

    @Test
    void aKilledRunsOldPartFileIsGoneAfterTheNextDistributeAndAFreshOneStays(@TempDir Path dir) throws Exception {
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Path old = Files.writeString(outbox.resolve(".outbox-1234567890.part"), "nửa thư của lần chạy bị dừng");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path fresh = Files.writeString(outbox.resolve(".outbox-987654321.part"), "thư đang được ghi");
        Path notOurs = Files.writeString(outbox.resolve(".outbox-ghi-chu.part"), "không phải tệp của congvan");
        Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));

        List<SendResult> results = new Distributor(Fixtures.composer(), new OutboxTransport(outbox))
                .distribute(Fixtures.taskSet(), Fixtures.units(), List.of());

        assertTrue(results.stream().allMatch(SendResult::ok), results.toString());
        assertFalse(Files.exists(old), "the old leftover is removed");
        assertTrue(Files.exists(fresh), "a part file younger than an hour may be another run's: it stays");
        assertTrue(Files.exists(notOurs), "a file not named as ours stays");
    }

    @Test
    void aFailureLeavesNoPartialFileAndSaysWhereInVietnamese(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("outbox");
        Files.writeString(notAFolder, "một tệp, không phải thư mục");
        OutboxTransport outbox = new OutboxTransport(notAFolder);
        ComposedMail mail = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), Fixtures.assignments(Fixtures.units()), List.of());
        MailException e = assertThrows(MailException.class, () -> outbox.send(mail.message()));
        assertTrue(e.getMessage().startsWith("Không ghi được thư vào thư mục chờ gửi " + notAFolder), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(notAFolder), s.toList());
        }
    }

    @Test
    void distributorRecordsAUnitWithoutAddressAndGoesOn(@TempDir Path dir) {
        List<Unit> units = new java.util.ArrayList<>(Fixtures.units().subList(0, 3));
        Unit broken = units.get(1);
        units.set(1, new Unit(broken.code(), broken.name(), broken.kind(), broken.aliases(), null, broken.groups()));
        List<SendResult> seen = new java.util.ArrayList<>();
        List<SendResult> results = new Distributor(Fixtures.composer(), new OutboxTransport(dir))
                .distribute(Fixtures.taskSet(), units, List.of(), seen::add);

        assertEquals(results, seen, "each result is reported as soon as it is known");
        assertTrue(results.get(0).ok());
        assertFalse(results.get(1).ok());
        assertEquals(broken.code(), results.get(1).unitCode());
        assertTrue(results.get(1).error().contains("chưa có địa chỉ thư điện tử"), results.get(1).error());
        assertTrue(results.get(2).ok());
    }
}
