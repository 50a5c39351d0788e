package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitStatus;

/**
 * The way of a generated document through {@link CongvanService}: the report's drafts are submitted,
 * returned, signed with a number from the register (read back from the final PDF and DOCX), issued,
 * withdrawn; the reminder goes out to exactly the units it names, each counted.
 */
class DocumentWorkflowTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final Path UNITS = Path.of("samples", "directory");
    /** Signing happens on 06/09/2019 at 09:30 in Vietnam. */
    static final Clock SIGNING_DAY = Clock.fixed(ZonedDateTime.of(2019, 9, 6, 9, 30, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);

    @TempDir
    Path dir;
    CongvanService app;
    Path out;

    @BeforeEach
    void reportWritesTwoDrafts() {
        app = Workspace.resolve(dir.resolve("congvan.db").toString(), UNITS).open(SIGNING_DAY, Interaction.NONE, Map.of());
        app.importDispatch(new CongvanService.ImportRequest(SEED, LocalDate.of(2019, 9, 1)));
        out = dir.resolve("van-ban");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private FollowUpFiles.Written report() {
        return app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"), EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX),
                out, LocalDate.of(2019, 9, 5), null, LocalDate.of(2019, 9, 12)));
    }

    private OutgoingDocument draft(FollowUpFiles.Written w, DocumentKind kind) {
        return w.drafts().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void reportIsSubmittedReturnedSignedWithItsNumberAndIssued() throws Exception {
        FollowUpFiles.Written w = report();
        assertEquals(2, w.drafts().size(), "the BÁO CÁO and the reminder are drafts");
        OutgoingDocument report = draft(w, DocumentKind.REPORT);
        assertEquals(DocumentStage.DRAFTED, report.stage());
        assertEquals("BC-UBND", report.series());
        Path draftPdf = Path.of(report.draftFiles().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElseThrow());
        byte[] draftBytes = Files.readAllBytes(draftPdf);
        assertTrue(pdfText(draftPdf).contains("/BC-UBND"));

        InputException notSubmitted = assertThrows(InputException.class, () -> app.sign(report.id(), "Nguyễn Văn An"));
        assertTrue(notSubmitted.getMessage().contains("chưa được trình ký"), notSubmitted.getMessage());

        OutgoingDocument submitted = app.submit(report.id(), "nguyen van an", "Lê Thị Văn Thư");
        assertEquals(DocumentStage.SUBMITTED, submitted.stage());
        assertEquals("Nguyễn Văn An", submitted.last(DocumentStage.SUBMITTED).orElseThrow().person(), "the office's spelling");
        assertEquals("Lê Thị Văn Thư", submitted.last(DocumentStage.SUBMITTED).orElseThrow().actor());

        InputException noComment = assertThrows(InputException.class, () -> app.returnDocument(report.id(), " ", "Nguyễn Văn An"));
        assertTrue(noComment.getMessage().contains("--comment"), noComment.getMessage());
        OutgoingDocument returned = app.returnDocument(report.id(), "Bổ sung số liệu phường Phú Thủy", "Nguyễn Văn An");
        assertEquals(DocumentStage.RETURNED, returned.stage());
        assertEquals("Bổ sung số liệu phường Phú Thủy", returned.last(DocumentStage.RETURNED).orElseThrow().note());
        assertThrows(InputException.class, () -> app.sign(report.id(), "Nguyễn Văn An"), "a returned document is a draft again");
        InputException unknownLeader = assertThrows(InputException.class, () -> app.submit(report.id(), "Phạm Văn Không Có", null));
        assertTrue(unknownLeader.getMessage().contains("leaders"), unknownLeader.getMessage());

        app.submit(report.id(), "Trần Thị Bình", "Lê Thị Văn Thư");
        DocumentWorkflow.Signed signed = app.sign(report.id(), "Trần Thị Bình");
        assertEquals("01/BC-UBND", signed.entry().numberSymbol());
        assertEquals(2019, signed.entry().year());
        assertFalse(signed.signature().signed(), "no signer plugged in yet");
        assertTrue(signed.signature().message().startsWith("Chưa ký số"), signed.signature().message());

        Path pdf = signed.files().get(0);
        Path docx = signed.files().get(1);
        assertEquals(draftPdf.getParent(), pdf.getParent(), "beside the draft");
        assertArrayEquals(draftBytes, Files.readAllBytes(draftPdf), "the draft is never written over");
        String pdfText = pdfText(pdf);
        assertTrue(pdfText.contains("Số: 01/BC-UBND"), pdfText);
        assertTrue(pdfText.contains("ngày 06 tháng 9 năm 2019"), pdfText);
        assertTrue(pdfText.contains("Trần Thị Bình"), pdfText);
        String docxText = docxText(docx);
        assertTrue(docxText.contains("Số: 01/BC-UBND"), docxText);
        assertTrue(docxText.contains("ngày 06 tháng 9 năm 2019"), docxText);
        assertTrue(docxText.contains("Trần Thị Bình"), docxText);

        InputException notIssued = assertThrows(InputException.class,
                () -> app.distributeDocument(report.id(), MailRoute.outbox(dir.resolve("outbox")), null, null));
        assertTrue(notIssued.getMessage().contains("báo cáo"), notIssued.getMessage());

        assertEquals(DocumentStage.ISSUED, app.issue(report.id(), "Lê Thị Văn Thư").stage());
        List<DocumentStage> stages = app.documents().stream().filter(d -> d.id() == report.id()).findFirst().orElseThrow()
                .steps().stream().map(s -> s.stage()).toList();
        assertEquals(List.of(DocumentStage.DRAFTED, DocumentStage.SUBMITTED, DocumentStage.RETURNED, DocumentStage.SUBMITTED,
                DocumentStage.SIGNED, DocumentStage.ISSUED), stages, "every step kept, in order");

        OutgoingDocument withdrawn = app.withdraw(report.id(), "Số liệu sai", "Lê Thị Văn Thư");
        assertEquals(DocumentStage.WITHDRAWN, withdrawn.stage());
        RegisterBook.Line line = app.register(2019, "BC-UBND").get(0);
        assertEquals(RegisterBook.State.WITHDRAWN, line.state());
        assertTrue(line.note().contains("Lê Thị Văn Thư") && line.note().contains("Số liệu sai"), line.note());
        assertEquals(LocalDate.of(2019, 9, 6), line.date());
    }

    @Test
    void issuedReminderGoesToExactlyItsUnitsAndCountsEachTime() throws Exception {
        FollowUpFiles.Written w = report();
        OutgoingDocument reminder = draft(w, DocumentKind.REMINDER);
        assertEquals("UBND-VX", reminder.series());
        TrackedDispatch d = w.dispatch();
        Set<String> late = new TreeSet<>(reminder.unitCodes());
        assertFalse(late.isEmpty());
        Path outbox = dir.resolve("outbox");

        InputException refused = assertThrows(InputException.class,
                () -> app.distributeDocument(reminder.id(), MailRoute.outbox(outbox), null, null));
        assertTrue(refused.getMessage().contains("chỉ phát hành được văn bản đã ban hành"), refused.getMessage());
        assertFalse(Files.exists(outbox) && Files.list(outbox).findAny().isPresent(), "nothing sent");

        app.submit(reminder.id(), "Nguyễn Văn An", null);
        DocumentWorkflow.Signed signed = app.sign(reminder.id(), null);
        assertEquals("01/UBND-VX", signed.entry().numberSymbol(), "its own series, from 01");
        app.issue(reminder.id(), null);
        ReminderMailing.Outcome sent = app.distributeDocument(reminder.id(), MailRoute.outbox(outbox), null, "Lê Thị Văn Thư");
        assertTrue(sent.allWent());
        assertEquals(DocumentStage.DISTRIBUTED, sent.document().stage());

        Set<String> mailedTo = new TreeSet<>();
        List<Path> emls;
        try (Stream<Path> files = Files.list(outbox)) {
            emls = files.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        Map<String, String> unitEmails = app.status(new CongvanService.StatusRequest(DispatchRef.of("6174/UBND-VX"), null)).status()
                .units().stream().filter(u -> u.email() != null).collect(Collectors.toMap(UnitStatus::unitCode, UnitStatus::email));
        for (Path eml : emls) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()), in);
                String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                assertTrue(m.getSubject().contains("01/UBND-VX"), m.getSubject());
                unitEmails.forEach((code, email) -> {
                    if (email.equalsIgnoreCase(to)) {
                        mailedTo.add(code);
                    }
                });
            }
        }
        assertEquals(late, mailedTo, "exactly the units the reminder names");

        Map<String, Reminders.Reminded> counts = app.reminders(d);
        assertEquals(late, new TreeSet<>(counts.keySet()));
        counts.values().forEach(r -> assertEquals(1, r.count()));
        String someUnit = late.iterator().next();
        assertTrue(app.history(new CongvanService.HistoryRequest(DispatchRef.of("6174/UBND-VX"), someUnit)).lines().stream()
                .anyMatch(l -> l.event().type() == EventType.REMINDED && l.event().note().contains("lần 1")));

        // A second reminder, signed and issued the same way, counts as lần 2 and takes number 02.
        OutgoingDocument second = draft(report(), DocumentKind.REMINDER);
        app.submit(second.id(), "Nguyễn Văn An", null);
        assertEquals("02/UBND-VX", app.sign(second.id(), null).entry().numberSymbol());
        app.issue(second.id(), null);
        ReminderMailing.Outcome again = app.distributeDocument(second.id(), MailRoute.outbox(outbox), null, null);
        again.units().forEach(u -> assertEquals(2, u.count(), u.unitName()));
        app.reminders(d).values().forEach(r -> assertEquals(2, r.count()));

        InputException twice = assertThrows(InputException.class,
                () -> app.distributeDocument(second.id(), MailRoute.outbox(outbox), null, null));
        assertTrue(twice.getMessage().contains("đã phát hành"), twice.getMessage());
    }

    @Test
    void registerExportsThePaperLayoutReadBackWithPoi() throws Exception {
        FollowUpFiles.Written w = report();
        for (OutgoingDocument d : w.drafts()) {
            app.submit(d.id(), "Nguyễn Văn An", null);
            app.sign(d.id(), null);
            app.issue(d.id(), null);
        }
        Path xlsx = app.exportRegister(2019, null, dir.resolve("so-van-ban-di.xlsx"));
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2019", f.formatCellValue(sheet.getRow(0).getCell(0)));
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(f.formatCellValue(c)));
            assertEquals(List.of("Số", "Ngày", "Ký hiệu", "Trích yếu", "Người ký", "Nơi nhận", "Số lượng bản", "Ghi chú"), header);
            Row first = sheet.getRow(3);
            assertEquals("1", f.formatCellValue(first.getCell(0)));
            assertEquals(LocalDate.of(2019, 9, 6), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("01/BC-UBND", f.formatCellValue(first.getCell(2)));
            assertTrue(f.formatCellValue(first.getCell(3)).startsWith("Kết quả thực hiện"));
            assertEquals("Nguyễn Văn An", f.formatCellValue(first.getCell(4)));
            assertTrue(f.formatCellValue(first.getCell(5)).contains("Thường trực Thành ủy"));
            // The dispatch's own copy for information (CT, PCT. UBND tp) follows the report's addressees.
            assertTrue(f.formatCellValue(first.getCell(5)).contains("PCT"), f.formatCellValue(first.getCell(5)));
            assertEquals(5, (int) first.getCell(6).getNumericCellValue(), "one copy per Nơi nhận entry");
            Row second = sheet.getRow(4);
            assertEquals("01/UBND-VX", f.formatCellValue(second.getCell(2)));
            assertTrue(Integer.parseInt(f.formatCellValue(second.getCell(6))) > 2, "Như trên counts the units it stands for");
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String docxText(Path docx) throws Exception {
        WordprocessingMLPackage p = WordprocessingMLPackage.load(docx.toFile());
        StringWriter w = new StringWriter();
        TextUtils.extractText(p.getMainDocumentPart().getJaxbElement(), w);
        return w.toString();
    }
}
