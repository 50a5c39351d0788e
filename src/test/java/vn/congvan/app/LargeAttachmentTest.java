package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.tracking.Ledger;

/**
 * Issue 13: a reply's photo above office.properties' mail.keep-attachment-mb (10 MB) is not kept with the mail,
 * only named in the evidence with its size and SHA-256; the mail's text, headers and an attached report always are.
 */
class LargeAttachmentTest {
    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    final MailWorld world = new MailWorld();
    Ledger ledger;
    Path inbox;

    @BeforeEach
    void distributed() throws Exception {
        ledger = Ledger.open(dir.resolve("congvan.db").toString());
        world.importSeed(ledger);
        new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve("outbox")), Interaction.NONE);
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private ReplyCollection.Outcome collect(OfficeProfile office) {
        return new ReplyCollection(ledger, world.directory, office, MailWorld.COLLECTED_AT)
                .collect(List.of(new ReplyCollection.Source("inbox", new EmlSource(inbox))), Interaction.NONE);
    }

    private MimeMessage doneReply(String unit, String from, String id) throws Exception {
        return MailWorld.reply(from, id, MailWorld.sentId(ledger, unit), "2019-08-23T10:20:00+07:00",
                "Kính gửi Văn phòng, đơn vị đã hoàn thành cả 3 nội dung của công văn. Ảnh hiện trường đính kèm.\n");
    }

    /** {@code m} with one more attached file, its Message-ID kept. */
    private static MimeMessage with(MimeMessage m, String name, String type, byte[] content) throws Exception {
        String id = m.getMessageID();
        MimeMultipart mixed = new MimeMultipart("mixed");
        if (m.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                mixed.addBodyPart(parts.getBodyPart(i));
            }
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText((String) m.getContent(), "UTF-8");
            mixed.addBodyPart(text);
        }
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(name);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        m.setHeader("Message-ID", id);
        return m;
    }

    private Path save(String name, MimeMessage m) throws Exception {
        Path file = inbox.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
        return file;
    }

    private static byte[] photo(int bytes, long seed) {
        byte[] b = new byte[bytes];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private List<Event> events(EventType type, String unit) {
        return MailWorld.events(ledger, type).stream().filter(e -> unit.equals(e.unitCode())).toList();
    }

    private byte[] kept(Event e) {
        return ledger.mailOriginals().original(e.sourceId()).orElseThrow().raw();
    }

    private static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(MailWorld.SESSION, new ByteArrayInputStream(raw));
    }

    @Test
    void aPhotoAboveTheLimitIsNamedWithItsSizeAndHashAndNotKept() throws Exception {
        byte[] photo = photo(12 * MB, 1);
        Path sent = save("01-anh.eml", with(doneReply("P-PHUTHUY", "phuthuy@phanthiet.example", "<anh.phuthuy@phanthiet.example>"),
                "anh-hien-truong.jpg", "image/jpeg", photo));

        ReplyCollection.Outcome outcome = collect(world.office);

        List<Event> done = events(EventType.DONE, "P-PHUTHUY");
        assertEquals(3, done.size(), outcome.mails().toString());
        String named = "tệp đính kèm lớn không lưu lại: anh-hien-truong.jpg (12 MB, SHA-256 " + sha256(photo) + ")";
        for (Event e : done) {
            assertTrue(e.evidence().contains(named), e.evidence());
        }
        assertTrue(events(EventType.ACKNOWLEDGED, "P-PHUTHUY").get(0).evidence().contains(named));
        byte[] kept = kept(done.get(0));
        assertTrue(kept.length < 64 * 1024, "kept " + kept.length + " bytes of a " + Files.size(sent) + "-byte mail");
        // What is kept is still the mail: its headers and its text, and the photo's part with its name but no bytes.
        MimeMessage back = parse(kept);
        assertEquals("<anh.phuthuy@phanthiet.example>", back.getMessageID());
        Multipart parts = (Multipart) back.getContent();
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("đã hoàn thành cả 3 nội dung"));
        BodyPart left = parts.getBodyPart(1);
        assertEquals("anh-hien-truong.jpg", left.getFileName());
        assertEquals(0, left.getInputStream().readAllBytes().length);
        // The mail keeps the id of the mail as received: collecting the full mail again adds nothing.
        assertEquals(0, collect(world.office).newEvents());
    }

    @Test
    void aReportIsReadAndKeptWhateverItsSizeBesideAPhotoLeftOut() throws Exception {
        MimeMessage report = MailWorld.docxReport("phutai@phanthiet.example", "<bao-cao.phutai@phanthiet.example>",
                MailWorld.sentId(ledger, "P-PHUTAI"), "2019-08-23T10:20:00+07:00",
                List.of("1. Phổ biến văn bản: đã hoàn thành.", "2. Rà soát hệ thống: đã hoàn thành.", "3. Báo cáo kết quả: đã hoàn thành."));
        byte[] docx = ((MimeBodyPart) ((Multipart) report.getContent()).getBodyPart(1)).getInputStream().readAllBytes();
        byte[] photo = photo(11 * MB, 2);
        save("02-bao-cao.eml", with(report, "anh.png", "image/png", photo));

        ReplyCollection.Outcome outcome = collect(world.office);

        List<Event> done = events(EventType.DONE, "P-PHUTAI");
        assertEquals(3, done.size(), outcome.mails().toString());
        assertTrue(done.get(0).evidence().contains("anh.png (11 MB, SHA-256 " + sha256(photo) + ")"), done.get(0).evidence());
        assertFalse(done.get(0).evidence().contains("Bao cao 6174.docx ("), "the report is kept, so not named as left out");
        Multipart parts = (Multipart) parse(kept(done.get(0))).getContent();
        assertEquals("Bao cao 6174.docx", parts.getBodyPart(1).getFileName());
        assertArrayEquals(docx, parts.getBodyPart(1).getInputStream().readAllBytes());
        assertEquals(0, parts.getBodyPart(2).getInputStream().readAllBytes().length);
    }

    @Test
    void aPhotoUnderTheLimitIsKeptWithTheMailAndTheLimitIsTheOffices() throws Exception {
        byte[] photo = photo(2 * MB, 3);
        Path sent = save("03-anh-nho.eml", with(doneReply("P-MUINE", "muine@phanthiet.example", "<anh.muine@phanthiet.example>"),
                "anh.jpg", "image/jpeg", photo));
        collect(world.office);
        Event done = events(EventType.DONE, "P-MUINE").get(0);
        assertArrayEquals(Files.readAllBytes(sent), kept(done));
        assertFalse(done.evidence().contains("không lưu lại"), done.evidence());

        // An office that keeps no attachment above 1 MB (mail.keep-attachment-mb=1): the same photo is left out.
        OfficeProfile strict = new OfficeProfile(world.office.name(), world.office.email(), world.office.domains(),
                world.office.recurringMonths(), 1);
        save("04-anh-nho.eml", with(doneReply("P-HAMTIEN", "hamtien@phanthiet.example", "<anh.hamtien@phanthiet.example>"),
                "anh.jpg", "image/jpeg", photo));
        collect(strict);
        Event strictDone = events(EventType.DONE, "P-HAMTIEN").get(0);
        assertTrue(strictDone.evidence().contains("anh.jpg (2 MB, SHA-256 " + sha256(photo) + ")"), strictDone.evidence());
        assertTrue(kept(strictDone).length < 64 * 1024);
    }
}
