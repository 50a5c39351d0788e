package vn.congvan.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.mail.PasswordSource;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.tracking.Ledger;

/** The seed, the sample directory and office, and replies as units write them, for the mail use cases. */
final class MailWorld {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final Path DIRECTORY = Path.of("samples", "directory");
    static final Path REPLIES = Path.of("samples", "replies");
    static final String ID = "6174/UBND-VX";
    static final String OFFICE = "vanphong@phanthiet.example";
    static final String PASSWORD = "Thu-Cong-Vu-2019";
    /** 22/08/2019 08:00 in Vietnam: the instant the sample replies' Message-IDs were made. */
    static final Clock SENT_AT = Clock.fixed(ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
    static final Clock COLLECTED_AT = Clock.fixed(ZonedDateTime.of(2019, 8, 29, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
    /** Before item 3's deadline (30/08/2019): statuses show as stated, not overdue. */
    static final LocalDate BEFORE_DEADLINE = LocalDate.of(2019, 8, 29);
    static final Session SESSION = Session.getInstance(new Properties());

    final UnitDirectory directory = UnitDirectory.load(DIRECTORY);
    final OfficeProfile office = OfficeProfile.load(DIRECTORY);

    /** The seed in a fresh ledger, imported when it was sent. */
    TrackedDispatch importSeed(Ledger ledger) {
        return new DispatchImporter(ledger, directory, office, SENT_AT).importFile(SEED, LocalDate.of(2019, 9, 15)).tracked();
    }

    /** The one dispatch of a test's ledger. */
    static TrackedDispatch seed(Ledger ledger) {
        return ledger.queries().dispatches().get(0);
    }

    static DispatchStatus status(Ledger ledger, LocalDate day) {
        return ledger.queries().status(seed(ledger).key(), day);
    }

    static PasswordSource password() {
        return PasswordSource.environment(MailServers.PASSWORD_VARIABLE, Map.of(MailServers.PASSWORD_VARIABLE, PASSWORD));
    }

    static List<Event> events(Ledger ledger, EventType type) {
        return ledger.queries().events(seed(ledger).key()).stream().filter(e -> e.type() == type).toList();
    }

    /** The Message-ID the ledger recorded for the unit's (first) dispatch mail. */
    static String sentId(Ledger ledger, String unitCode) {
        return events(ledger, EventType.SENT).stream().filter(e -> e.unitCode().equals(unitCode))
                .map(Event::sourceId).findFirst().orElseThrow();
    }

    static MimeMessage sample(String name) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(Files.readAllBytes(REPLIES.resolve(name))));
    }

    /** A plain reply quoting our mail by In-Reply-To, as a webmail writes it. */
    static MimeMessage reply(String from, String messageId, String answering, String date, String text) throws Exception {
        MimeMessage m = message(from, messageId, answering, date, "Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return withId(m, messageId);
    }

    /** A reply whose report is an attached Word file with one paragraph per item. */
    static MimeMessage docxReport(String from, String messageId, String answering, String date, List<String> paragraphs)
            throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("BÁO CÁO kết quả thực hiện Công văn số 6174/UBND-VX");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(docx);
        }
        MimeMessage m = message(from, messageId, answering, date, "Báo cáo thực hiện Công văn 6174/UBND-VX");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Văn phòng, đơn vị gửi báo cáo kết quả (tệp đính kèm).\n", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(docx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
        file.setFileName("Bao cao 6174.docx");
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed", text, file);
        m.setContent(mixed);
        m.saveChanges();
        return withId(m, messageId);
    }

    /** {@code reply} with its text as the first part and one attached file. */
    static MimeMessage attached(MimeMessage reply, String fileName, String type, byte[] content) throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText((String) reply.getContent(), "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        String id = reply.getMessageID();
        reply.setContent(new MimeMultipart("mixed", text, file));
        reply.saveChanges();
        return withId(reply, id);
    }

    /** A small .docx-shaped zip whose one entry unpacks to 64 MB of zeros. */
    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An RFC 8098 read receipt ("displayed") for {@code original}, as Thunderbird sends it. */
    static MimeMessage readReceipt(String from, String messageId, String original, String date) throws Exception {
        String raw = "Date: " + date + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + OFFICE + "\r\n"
                + "Subject: =?utf-8?q?=C4=90=C3=A3_=C4=91=E1=BB=8Dc=3A_=5B6174/UBND-VX=5D?=\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn\"\r\n\r\n"
                + "--mdn\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThông báo đã đọc.\r\n"
                + "--mdn\r\nContent-Type: message/disposition-notification\r\n\r\n"
                + "Final-Recipient: rfc822;" + from + "\r\n"
                + "Original-Message-ID: " + original + "\r\n"
                + "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
                + "--mdn--\r\n";
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static MimeMessage message(String from, String messageId, String answering, String date, String subject)
            throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, OFFICE);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(ZonedDateTime.parse(date).toInstant()));
        if (answering != null) {
            m.setHeader("In-Reply-To", answering);
            m.setHeader("References", answering);
        }
        return m;
    }

    /** The same message with the Message-ID we chose (saveChanges would invent one). */
    private static MimeMessage withId(MimeMessage m, String messageId) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        String text = raw.toString(StandardCharsets.ISO_8859_1).replaceFirst("(?m)^Message-ID: .*$", "Message-ID: " + messageId);
        return new MimeMessage(SESSION, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
