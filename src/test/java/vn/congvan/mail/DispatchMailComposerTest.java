package vn.congvan.mail;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchMailComposerTest {
    private static final String PDF_NAME = "Công văn 6174-UBND-VX đảm bảo an toàn thông tin.pdf";

    /** Serializes and parses back, as the receiving side sees the message. */
    static MimeMessage roundTrip(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    static String text(MimeMessage m) throws Exception {
        Object c = m.getContent();
        String s = c instanceof String t ? t : (String) ((Multipart) c).getBodyPart(0).getContent();
        return s.replace("\r\n", "\n");
    }

    @Test
    void headersNameTheUnitTheDispatchAndAskForAReadReceipt() throws Exception {
        Unit phuTai = Fixtures.unit("P-PHUTAI");
        ComposedMail mail = Fixtures.composer().compose(Fixtures.seed(), phuTai, Fixtures.assignments(Fixtures.units()), List.of());
        MimeMessage m = roundTrip(mail.message());

        assertEquals("[6174/UBND-VX] V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", m.getSubject());
        assertEquals(new InternetAddress("vanphong@phanthiet.example"), new InternetAddress(((InternetAddress) m.getFrom()[0]).getAddress()));
        assertEquals("Văn phòng HĐND và UBND thành phố Phan Thiết", ((InternetAddress) m.getFrom()[0]).getPersonal());
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("phutai@phanthiet.example", to.getAddress());
        assertEquals("Ủy ban nhân dân phường Phú Tài", to.getPersonal());
        assertEquals("vanphong@phanthiet.example", m.getHeader("Disposition-Notification-To", null));
        assertEquals("6174/UBND-VX", m.getHeader(DispatchMailComposer.DISPATCH_HEADER, null));
        assertEquals("P-PHUTAI", m.getHeader(DispatchMailComposer.UNIT_HEADER, null));
        assertEquals(Fixtures.SENT_AT.instant(), m.getSentDate().toInstant());
        // 128 random bits in hex under the office's domain: nothing an outsider could predict.
        assertTrue(mail.messageId().matches("<cv\\.[0-9a-f]{32}@phanthiet\\.example>"), mail.messageId());
        assertEquals(mail.messageId(), m.getMessageID());
        assertEquals("phutai@phanthiet.example", mail.email());
        assertEquals("P-PHUTAI", mail.unitCode());
    }

    @Test
    void messageIdsDifferPerMailAndStayPutAcrossSaves() throws Exception {
        DispatchMailComposer composer = Fixtures.composer();
        List<Assignment> all = Fixtures.assignments(Fixtures.units());
        ComposedMail a = composer.compose(Fixtures.seed(), Fixtures.unit("P-DUCTHANG"), all, List.of());
        ComposedMail b = composer.compose(Fixtures.seed(), Fixtures.unit("P-DUCLONG"), all, List.of());
        assertNotEquals(a.messageId(), b.messageId());
        a.message().saveChanges();
        assertEquals(a.messageId(), a.message().getMessageID());
        // The same unit sent again gets a new id: a resend is another mail.
        assertNotEquals(a.messageId(), composer.compose(Fixtures.seed(), Fixtures.unit("P-DUCTHANG"), all, List.of()).messageId());
    }

    @Test
    void bodyGreetsTheUnitAndListsItsRequirementsWithDeadlines() throws Exception {
        ComposedMail mail = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("X-PHONGNAM"),
                Fixtures.assignments(Fixtures.units()), List.of());
        MimeMessage m = roundTrip(mail.message());
        assertTrue(m.isMimeType("text/plain"));
        assertEquals("utf-8", new jakarta.mail.internet.ContentType(m.getContentType()).getParameter("charset").toLowerCase());
        String body = text(m);

        assertTrue(body.startsWith("Kính gửi: Ủy ban nhân dân xã Phong Nẫm.\n"), body);
        assertTrue(body.contains("Công văn số 6174/UBND-VX ngày 21/08/2019 về việc đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ"), body);
        assertTrue(body.contains("\n1. Phổ biến rộng rãi đến cán bộ, công chức, viên chức"), body);
        assertTrue(body.contains("\n2. Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng"), body);
        assertTrue(body.contains("\n3. Lưu trữ lại trên máy tính cá nhân"), body);
        assertEquals(2, count(body, "Thời hạn: không có hạn cụ thể."));
        assertTrue(body.contains("Thời hạn: 30/08/2019."), body);
        assertTrue(body.contains("xác nhận đã nhận văn bản"), body);
        for (String n : List.of("1", "2", "3")) {
            assertTrue(body.contains("\n" + n + ". đã hoàn thành / đang thực hiện / chưa thực hiện"), body);
        }
        assertTrue(body.strip().endsWith("Văn phòng HĐND và UBND thành phố Phan Thiết"), body);
    }

    @Test
    void onlyTheUnitsOwnAssignmentsAreListed() throws Exception {
        List<Assignment> some = List.of(new Assignment("P-MUINE", "Mũi Né", null, "2", java.time.LocalDate.of(2019, 9, 5)),
                new Assignment("P-HAMTIEN", "Hàm Tiến", null, "1", null));
        String body = text(roundTrip(Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), some, List.of()).message()));
        assertTrue(body.contains("\n2. Các cơ quan"), body);
        assertFalse(body.contains("\n1. Phổ biến"), body);
        assertTrue(body.contains("Thời hạn: 05/09/2019."), body);
        assertTrue(body.contains("\n2. đã hoàn thành / đang thực hiện / chưa thực hiện"), body);
        assertFalse(body.contains("\n1. đã hoàn thành"), body);
    }

    @Test
    void attachmentsKeepVietnameseNamesTypesAndBytes() throws Exception {
        byte[] seed = Files.readAllBytes(Fixtures.SEED_FILE);
        byte[] pdf = "%PDF-1.7\n% not a real pdf, only bytes to carry\n".getBytes(StandardCharsets.US_ASCII);
        List<Attachment> files = List.of(Attachment.of(Fixtures.SEED_FILE), new Attachment(PDF_NAME, "application/pdf", pdf));
        ComposedMail mail = Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-DUCTHANG"),
                Fixtures.assignments(Fixtures.units()), files);

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.message().writeTo(raw);
        String wire = raw.toString(StandardCharsets.US_ASCII);
        assertTrue(wire.contains("filename*=UTF-8''C%C3%B4ng%20v%C4%83n%206174-UBND-VX"), "RFC 2231 file name on the wire");

        MimeMessage m = roundTrip(mail.message());
        Multipart mp = (Multipart) m.getContent();
        assertEquals(3, mp.getCount());
        Part txt = mp.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, txt.getDisposition());
        assertEquals("000_7ae9f029b9ddbc9d.txt", txt.getFileName());
        assertTrue(txt.isMimeType("text/plain"));
        assertArrayEquals(seed, txt.getInputStream().readAllBytes());
        Part pdfPart = mp.getBodyPart(2);
        assertEquals(PDF_NAME, pdfPart.getFileName());
        assertTrue(pdfPart.isMimeType("application/pdf"));
        assertArrayEquals(pdf, pdfPart.getInputStream().readAllBytes());
        assertTrue(text(m).contains("Tệp đính kèm: 000_7ae9f029b9ddbc9d.txt; " + PDF_NAME), text(m));
    }

    @Test
    void docxAttachmentGetsTheOfficeMimeType(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("Kế hoạch.docx");
        Files.write(docx, new byte[]{'P', 'K', 3, 4});
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Attachment.of(docx).contentType());
        assertEquals("Kế hoạch.docx", Attachment.of(docx).fileName());
    }

    @Test
    void otherDocumentTypesUseTheirTitle() throws Exception {
        OfficialDocument d = Fixtures.seed().document();
        OfficialDocument plan = new OfficialDocument(d.parentIssuer(), d.issuer(), new NumberSymbol("112", "KH-UBND"), d.place(),
                d.date(), DocumentType.KE_HOACH, "triển khai chuyển đổi số năm 2020", d.recipients(), d.body(), d.signer(),
                d.distribution(), null);
        Dispatch dispatch = new Dispatch(plan, Fixtures.seed().requirements(), List.of());
        List<Assignment> a = List.of(new Assignment("P-MUINE", "Mũi Né", null, "1", null));
        MimeMessage m = roundTrip(Fixtures.composer().compose(dispatch, Fixtures.unit("P-MUINE"), a, List.of()).message());
        assertEquals("[112/KH-UBND] Kế hoạch triển khai chuyển đổi số năm 2020", m.getSubject());
        assertTrue(text(m).contains("Kế hoạch số 112/KH-UBND ngày 21/08/2019 về việc triển khai"), text(m));
    }

    @Test
    void refusesWhatCannotBeSent() {
        Unit noMail = new Unit("P-X", "Ủy ban nhân dân phường Thử", vn.congvan.model.UnitKind.WARD, List.of(), "", List.of());
        InputException e = assertThrows(InputException.class,
                () -> Fixtures.composer().compose(Fixtures.seed(), noMail, List.of(), List.of()));
        assertTrue(e.getMessage().contains("phường Thử") && e.getMessage().contains("chưa có địa chỉ thư điện tử"), e.getMessage());

        Unit badMail = new Unit("P-Y", "Ủy ban nhân dân phường Sai", vn.congvan.model.UnitKind.WARD, List.of(), "phuong sai@", List.of());
        e = assertThrows(InputException.class, () -> Fixtures.composer().compose(Fixtures.seed(), badMail, List.of(), List.of()));
        assertTrue(e.getMessage().contains("phuong sai@"), e.getMessage());

        OfficialDocument d = Fixtures.seed().document();
        Dispatch draft = new Dispatch(new OfficialDocument(d.parentIssuer(), d.issuer(), new NumberSymbol("", "UBND-VX"), d.place(),
                d.date(), d.type(), d.subject(), d.recipients(), d.body(), d.signer(), d.distribution(), null), List.of(), List.of());
        e = assertThrows(InputException.class, () -> Fixtures.composer().compose(draft, Fixtures.unit("P-MUINE"), List.of(), List.of()));
        assertTrue(e.getMessage().contains("chưa có số"), e.getMessage());

        List<Assignment> unknown = List.of(new Assignment("P-MUINE", "Mũi Né", null, "9", null));
        e = assertThrows(InputException.class, () -> Fixtures.composer().compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), unknown, List.of()));
        assertTrue(e.getMessage().contains("số 9"), e.getMessage());
    }

    @Test
    void aClerkCanRewordTheMail(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mau-thu.properties");
        Files.writeString(file, "mail.template.body=Thân gửi {{unit}}, xin gửi {{document}}.\\n\\n{{requirements}}\\n\\nTrả lời theo mẫu:\\n{{reply_form}}\n",
                StandardCharsets.UTF_8);
        DispatchMailComposer composer = new DispatchMailComposer(Fixtures.OFFICE, Fixtures.OFFICE_NAME, MailTemplate.load(file), Fixtures.SENT_AT);
        MimeMessage m = roundTrip(composer.compose(Fixtures.seed(), Fixtures.unit("P-MUINE"), Fixtures.assignments(Fixtures.units()), List.of()).message());
        String body = text(m);
        assertTrue(body.startsWith("Thân gửi Ủy ban nhân dân phường Mũi Né, xin gửi Công văn số 6174/UBND-VX"), body);
        assertTrue(body.contains("\n3. đã hoàn thành / đang thực hiện / chưa thực hiện"), body);
        assertEquals("[6174/UBND-VX] V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", m.getSubject());

        Files.writeString(file, "mail.template.body=Kính gửi {{don_vi}}\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> MailTemplate.load(file));
        assertTrue(e.getMessage().contains("{{don_vi}}") && e.getMessage().contains(file.toString()), e.getMessage());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
