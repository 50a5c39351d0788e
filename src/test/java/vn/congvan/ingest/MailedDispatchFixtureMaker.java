package vn.congvan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes the fixtures of {@code dispatches/forms/} that come from the department's dispatch
 * ({@link HeaderTableFixtureMaker} and its LibreOffice PDF): the mail a district receives it in, with a
 * list of contacts attached before it, and the same files under the wrong extension. Run {@code main} to
 * make them again (after the PDF).
 */
final class MailedDispatchFixtureMaker {
    static final Path DIR = Path.of("src/test/resources/dispatches/forms");

    private MailedDispatchFixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        byte[] pdf = Files.readAllBytes(DIR.resolve("so-bang-tieu-de.pdf"));
        byte[] docx = Files.readAllBytes(DIR.resolve("so-bang-tieu-de.docx"));
        Files.write(DIR.resolve("pdf-mang-duoi-docx.docx"), pdf);
        Files.write(DIR.resolve("docx-mang-duoi-doc.doc"), docx);
        mail(DIR.resolve("cong-van-qua-thu.eml"), contacts(), pdf);
    }

    /** A list of contacts: a Word file that is no dispatch, attached first as offices often do. */
    private static byte[] contacts() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("DANH SÁCH ĐẦU MỐI TRIỂN KHAI CHỮ KÝ SỐ");
            doc.createParagraph().createRun().setText("1. Phòng Bưu chính, Viễn thông: Võ Thị Lan, 0252.3800.111");
            doc.createParagraph().createRun().setText("2. Trung tâm Công nghệ thông tin và Truyền thông: Đặng Minh Tú, 0252.3800.222");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void mail(Path file, byte[] contacts, byte[] pdf) throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // A fixed Message-ID: the tests name it.
                setHeader("Message-ID", "<512-stttt-bcvt.20220315164210@stttt.hailam.example>");
            }
        };
        m.setFrom(new InternetAddress("vanthu@stttt.hailam.example", "Văn thư Sở TT&TT Hải Lâm", "UTF-8"));
        m.setRecipients(MimeMessage.RecipientType.TO, "vanthu@tanphong.hailam.example");
        m.setSubject("Công văn 512/STTTT-BCVT hướng dẫn sử dụng chữ ký số trên thiết bị di động", "UTF-8");
        m.setSentDate(Date.from(OffsetDateTime.parse("2022-03-15T16:42:10+07:00").toInstant()));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi các cơ quan, đơn vị,\n\nSở Thông tin và Truyền thông gửi Công văn số 512/STTTT-BCVT "
                + "và danh sách đầu mối kèm theo.\n\nVăn thư Sở\n", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(attachment("Danh sách đầu mối.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", contacts));
        parts.addBodyPart(attachment("512-STTTT-BCVT.pdf", "application/pdf", pdf));
        m.setContent(parts);
        try (OutputStream out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
    }

    private static MimeBodyPart attachment(String name, String type, byte[] content) throws MessagingException, IOException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, type);
        part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
        part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", null));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }
}
