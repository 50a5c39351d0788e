package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.InputException;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.SignatureCheck;
import vn.congvan.sign.TestPki;

/**
 * The agency's part in issuing, with keys from a BouncyCastle test CA the office trusts: its seal (actual size)
 * over the left third of the leader's signature image, added after the leader without breaking that signature,
 * both valid in our verify and in poppler's pdfsig; its text-only signature on an attachment, with the number the
 * register gave the document.
 */
class AgencySealTest {
    static final String PASSWORD = new String(TestPki.PASSWORD);
    static final float SEAL_MM = 38;

    @TempDir
    Path dir;

    @Test
    void issuingSealsWhatTheLeaderSignedAndSignsTheAttachmentWithTheRegistersNumber() throws Exception {
        Path units = office(true);
        Path attachment = attachment();
        try (CongvanService app = open(units)) {
            OutgoingDocument report = signedReport(app);
            DocumentWorkflow.Issued issued = app.issue(report.id(), "Văn thư", List.of(attachment));

            assertEquals(DocumentStage.ISSUED, issued.document().stage());
            List<Path> files = issued.agency().files();
            assertEquals(2, files.size(), issued.agency().message());
            Path sealed = files.get(0);
            assertTrue(sealed.getFileName().toString().endsWith("-da-ky-2.pdf"), sealed.toString());
            assertEquals(files.stream().map(Path::toString).toList(), issued.document().last(DocumentStage.ISSUED).orElseThrow().files(),
                    "the ledger names what the agency signed");

            List<SignatureCheck> checks = app.verifyPdf(sealed);
            assertEquals(2, checks.size());
            assertTrue(checks.get(0).ok() && checks.get(1).ok(), checks.toString());
            assertEquals("Trần Thị Bình", checks.get(0).signerName());
            assertEquals(SignatureCheck.Coverage.LATER_SIGNATURES_ONLY, checks.get(0).coverage(), "the leader's signature unbroken");
            assertEquals("UBND thành phố Phan Thiết", checks.get(1).signerName());
            assertEquals(SignatureCheck.Coverage.WHOLE_DOCUMENT, checks.get(1).coverage());
            String pdfsig = pdfsig(sealed);
            assertEquals(2, pdfsig.split("Signature is Valid", -1).length - 1, pdfsig);

            try (PDDocument doc = Loader.loadPDF(sealed.toFile())) {
                PDRectangle image = widget(doc, "ChuKyLanhDao");
                PDRectangle seal = widget(doc, "DauCoQuan");
                assertEquals(SEAL_MM * 72 / 25.4, seal.getWidth(), 0.5, "actual size");
                // Its right edge a third into the leader's image, its left edge outside it: it covers the left third.
                assertEquals(image.getLowerLeftX() + image.getWidth() / 3, seal.getUpperRightX(), 0.5);
                assertTrue(seal.getLowerLeftX() < image.getLowerLeftX(), seal + " / " + image);
                assertTrue(seal.getLowerLeftY() < image.getUpperRightY() && seal.getUpperRightY() > image.getLowerLeftY(),
                        "over it in height: " + seal + " / " + image);
            }

            Path signedAttachment = files.get(1);
            assertEquals(attachment.resolveSibling("phu-luc-da-ky.pdf"), signedAttachment);
            SignatureCheck a = app.verifyPdf(signedAttachment).get(0);
            assertTrue(a.ok(), a.problems().toString());
            assertEquals("ChuKyCoQuan", a.field());
            String text = pdftotext(signedAttachment);
            assertTrue(text.contains("Số, ký hiệu: 01/BC-UBND"), "the register's number: " + text);
            assertTrue(text.contains("Thời gian ký: 2019-09-06T09:30:00+07:00"), text);
        }
    }

    @Test
    void anAttachmentSignedLaterTakesTheNumberOfTheIssuedDocumentFromTheRegister() throws Exception {
        Path units = office(true);
        Path p12 = units.resolve("co-quan.p12");
        try (CongvanService app = open(units)) {
            OutgoingDocument report = signedReport(app);
            InputException notIssued = assertThrows(InputException.class, () -> app.signAttachment(attachment(), report.id(), p12));
            assertTrue(notIssued.getMessage().contains("chỉ ký văn bản kèm theo của văn bản đã ban hành"), notIssued.getMessage());

            app.issue(report.id(), null, List.of());
            Path signed = app.signAttachment(attachment(), report.id(), p12);
            assertTrue(pdftotext(signed).contains("Số, ký hiệu: 01/BC-UBND"));
            assertTrue(app.verifyPdf(signed).get(0).ok());
        }
    }

    @Test
    void theSealedReminderAndItsSignedAttachmentAreWhatIsMailed() throws Exception {
        Path units = office(true);
        Path attachment = attachment();
        try (CongvanService app = open(units)) {
            app.importDispatch(new CongvanService.ImportRequest(DocumentWorkflowTest.SEED, LocalDate.of(2019, 9, 1)));
            FollowUpFiles.Written w = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"),
                    EnumSet.of(OutputFormat.PDF), dir.resolve("van-ban"), LocalDate.of(2019, 9, 5), null, LocalDate.of(2019, 9, 12)));
            OutgoingDocument reminder = w.drafts().stream().filter(d -> d.kind() == DocumentKind.REMINDER).findFirst().orElseThrow();
            app.submit(reminder.id(), "Trần Thị Bình", null);
            app.sign(reminder.id(), null, new PdfSigning.Request(dir.resolve("lanh-dao.p12"), false, null));
            DocumentWorkflow.Issued issued = app.issue(reminder.id(), null, List.of(attachment));
            Path outbox = dir.resolve("outbox");
            assertTrue(app.distributeDocument(reminder.id(), MailRoute.outbox(outbox), null, null).allWent());

            Path eml;
            try (Stream<Path> files = Files.list(outbox)) {
                eml = files.filter(p -> p.toString().endsWith(".eml")).findFirst().orElseThrow();
            }
            List<String> attached = new java.util.ArrayList<>();
            try (var in = Files.newInputStream(eml)) {
                var m = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                var parts = (jakarta.mail.internet.MimeMultipart) m.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).getFileName() != null) {
                        attached.add(parts.getBodyPart(i).getFileName());
                    }
                }
            }
            assertEquals(issued.agency().files().stream().map(f -> f.getFileName().toString()).toList(), attached,
                    "the sealed letter, then the attachment the agency signed");
        }
    }

    @Test
    void withoutAnAgencyKeyIssuingAddsNothingAndRefusesAttachments() throws Exception {
        Path units = office(false);
        try (CongvanService app = open(units)) {
            OutgoingDocument report = signedReport(app);
            Path attachment = attachment();
            InputException e = assertThrows(InputException.class, () -> app.issue(report.id(), null, List.of(attachment)));
            assertTrue(e.getMessage().contains("sign.agency.keystore"), e.getMessage());
            assertEquals(DocumentStage.SIGNED, app.documents().stream().filter(d -> d.id() == report.id()).findFirst()
                    .orElseThrow().stage(), "nothing recorded");

            DocumentWorkflow.Issued issued = app.issue(report.id(), null, List.of());
            assertEquals(DocumentStage.ISSUED, issued.document().stage());
            assertTrue(issued.agency().files().isEmpty());
            assertFalse(Files.exists(attachment.resolveSibling("phu-luc-da-ky.pdf")));
        }
    }

    private CongvanService open(Path units) {
        return Workspace.resolve(dir.resolve("congvan.db").toString(), units)
                .open(SignedWorkflowTest.SIGNING_DAY, Interaction.NONE, Map.of(PdfSigning.PASSWORD_VARIABLE, PASSWORD));
    }

    /** The sample office with a test CA it trusts and the leader's key; with the agency's key when asked. */
    private Path office(boolean agencyKey) throws Exception {
        Path units = Files.createDirectories(dir.resolve("don-vi"));
        try (Stream<Path> files = Files.list(DocumentWorkflowTest.UNITS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, units.resolve(f.getFileName()));
            }
        }
        TestPki pki = new TestPki("CA thu nghiem");
        pki.rootsFolder(units.resolve("chung-thu-goc"));
        pki.p12(pki.issue("Trần Thị Bình"), dir.resolve("lanh-dao.p12"));
        TestPki.signatureImage(units.resolve("chu-ky.png"));
        TestPki.sealImage(units.resolve("con-dau.png"));
        String settings = "\nsign.seal.mm=" + (int) SEAL_MM + "\n";
        if (agencyKey) {
            pki.p12(pki.issue("UBND thành phố Phan Thiết"), units.resolve("co-quan.p12"));
            settings += "sign.agency.keystore=co-quan.p12\n";
        }
        Files.writeString(units.resolve("office.properties"), settings, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return units;
    }

    private OutgoingDocument signedReport(CongvanService app) {
        app.importDispatch(new CongvanService.ImportRequest(DocumentWorkflowTest.SEED, LocalDate.of(2019, 9, 1)));
        FollowUpFiles.Written w = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"),
                EnumSet.of(OutputFormat.PDF), dir.resolve("van-ban"), LocalDate.of(2019, 9, 5), null, LocalDate.of(2019, 9, 12)));
        OutgoingDocument report = w.drafts().stream().filter(d -> d.kind() == DocumentKind.REPORT).findFirst().orElseThrow();
        app.submit(report.id(), "Trần Thị Bình", null);
        DocumentWorkflow.Signed signed = app.sign(report.id(), null, new PdfSigning.Request(dir.resolve("lanh-dao.p12"), false, null));
        assertTrue(signed.signature().signed(), signed.signature().message());
        return signed.document();
    }

    /** A phụ lục in its own file: the seed rendered as a PDF. */
    private Path attachment() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("phu-luc-" + System.nanoTime()));
        Path pdf = DocumentFiles.rerender(DocumentWorkflowTest.SEED, Set.of(OutputFormat.PDF), folder, false).get(0);
        return Files.move(pdf, folder.resolve("phu-luc.pdf"));
    }

    private static PDRectangle widget(PDDocument doc, String field) {
        PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField(field);
        var w = f.getWidgets().get(0);
        assertEquals(doc.getNumberOfPages() - 1, doc.getPages().indexOf(w.getPage()), field + " on the last page");
        return w.getRectangle();
    }

    static String pdfsig(Path file) throws Exception {
        return run("pdfsig", file.toString());
    }

    /** Poppler draws the widgets' appearances, so the text signature reads as printed. */
    static String pdftotext(Path file) throws Exception {
        return run("pdftotext", "-f", "1", "-l", "1", file.toString(), "-");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}
