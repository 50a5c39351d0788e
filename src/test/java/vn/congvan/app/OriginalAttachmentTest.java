package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfWriter;
import vn.congvan.tracking.Ledger;

/** A dispatch imported from a signed PDF or a .docx goes out as that very file, not as a text rendering of it. */
class OriginalAttachmentTest {
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final MailWorld world = new MailWorld();

    @TempDir
    Path dir;

    private static OfficialDocument seed() {
        return new DispatchReader().read(MailWorld.SEED).document();
    }

    @Test
    void aDocxGoesOutAsTheDocxItWas() throws Exception {
        Path docx = dir.resolve("Công văn 6174-UBND-VX.docx");
        new DocxWriter().write(seed(), docx);
        byte[] original = Files.readAllBytes(docx);

        Multipart mp = distributeOne(docx);

        Part attached = mp.getBodyPart(1);
        assertEquals("Công văn 6174-UBND-VX.docx", attached.getFileName());
        assertTrue(attached.isMimeType(DOCX_TYPE), attached.getContentType());
        byte[] received = attached.getInputStream().readAllBytes();
        assertArrayEquals(original, received);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(received));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertTrue(text.getText().contains("6174/UBND-VX"), text.getText());
        }
        Part pdf = mp.getBodyPart(2);
        assertEquals("Công văn 6174-UBND-VX.pdf", pdf.getFileName());
        assertTrue(pdf.isMimeType("application/pdf"));
    }

    @Test
    void aSignedPdfGoesOutAsThatPdfAndTheRenderingUnderAnotherName() throws Exception {
        Path pdf = dir.resolve("6174-UBND-VX ký số.pdf");
        new PdfWriter().write(seed(), pdf);
        byte[] original = Files.readAllBytes(pdf);

        Multipart mp = distributeOne(pdf);

        Part attached = mp.getBodyPart(1);
        assertEquals("6174-UBND-VX ký số.pdf", attached.getFileName());
        assertTrue(attached.isMimeType("application/pdf"), attached.getContentType());
        assertArrayEquals(original, attached.getInputStream().readAllBytes());
        Part rendered = mp.getBodyPart(2);
        assertEquals("6174-UBND-VX ký số (bản trình bày).pdf", rendered.getFileName());
        try (PDDocument doc = Loader.loadPDF(rendered.getInputStream().readAllBytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("6174/UBND-VX") && text.contains("Võ Văn Thông"), text);
        }
    }

    @Test
    void importingTheSameFileTwiceKeepsOneOriginal() throws Exception {
        Path pdf = dir.resolve("6174.pdf");
        new PdfWriter().write(seed(), pdf);
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            DispatchImporter importer = new DispatchImporter(ledger, world.directory, world.office, MailWorld.SENT_AT);
            assertTrue(importer.importFile(pdf, LocalDate.of(2019, 9, 15)).created());
            assertFalse(importer.importFile(pdf, LocalDate.of(2019, 9, 15)).created());

            assertEquals(1, ledger.queries().dispatches().size());
            assertEquals("6174.pdf", ledger.queries().originalFile(MailWorld.seed(ledger).key()).orElseThrow().name());
            assertArrayEquals(Files.readAllBytes(pdf), ledger.queries().originalFile(MailWorld.seed(ledger).key()).orElseThrow().content());
        }
    }

    @Test
    void aDispatchStoredWithoutItsFileStillGoesOutAsText() throws Exception {
        Path docx = dir.resolve("6174.docx");
        new DocxWriter().write(seed(), docx);
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            // As a ledger from before originals were kept holds it: the text only.
            Dispatch dispatch = new DispatchReader().read(docx);
            String text = SourceFile.textOf(docx, Files.readAllBytes(docx), dispatch.document());
            ledger.imports().importTaskSet(new TaskPlanner(world.directory, world.office).plan(dispatch, LocalDate.of(2019, 9, 15)), "6174.docx", text,
                    null, MailWorld.SENT_AT.instant());

            Multipart mp = firstMail(ledger);

            Part attached = mp.getBodyPart(1);
            assertEquals("6174.txt", attached.getFileName());
            assertTrue(attached.isMimeType("text/plain"));
            assertEquals(text, new String(attached.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("6174.pdf", mp.getBodyPart(2).getFileName());
        }
    }

    /** Imports {@code file} into a fresh ledger, distributes to an outbox folder and returns the first mail's parts. */
    private Multipart distributeOne(Path file) throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            new DispatchImporter(ledger, world.directory, world.office, MailWorld.SENT_AT).importFile(file, LocalDate.of(2019, 9, 15));
            return firstMail(ledger);
        }
    }

    private Multipart firstMail(Ledger ledger) throws Exception {
        Path outbox = dir.resolve("outbox");
        MailDistribution.Outcome outcome = new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT)
                .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(outbox), Interaction.NONE);
        assertEquals(32, outcome.count(MailDistribution.Result.SENT), outcome.toString());
        Path eml;
        try (Stream<Path> files = Files.list(outbox)) {
            eml = files.filter(p -> p.toString().endsWith(".eml")).sorted().findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(MailWorld.SESSION, in);
            Multipart mp = (Multipart) m.getContent();
            assertEquals(3, mp.getCount());
            return mp;
        }
    }
}
