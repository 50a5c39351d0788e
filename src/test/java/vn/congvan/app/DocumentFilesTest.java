package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;

/** A document's PDF and DOCX, written together as {@code report} and {@code render} write them. */
class DocumentFilesTest {
    private static final EnumSet<OutputFormat> BOTH = EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX);
    private static OfficialDocument seed;

    @BeforeAll
    static void read() {
        seed = new DispatchReader().read(Path.of("samples/000_7ae9f029b9ddbc9d.txt")).document();
    }

    @Test
    void bothFilesTogetherHoldWhatEachAloneHolds(@TempDir Path dir) throws Exception {
        Path together = Files.createDirectory(dir.resolve("together"));
        Path alone = Files.createDirectory(dir.resolve("alone"));

        List<Path> written = DocumentFiles.write(seed, "cv", BOTH, together, false);
        DocumentFiles.write(seed, "cv", EnumSet.of(OutputFormat.PDF), alone, false);
        DocumentFiles.write(seed, "cv", EnumSet.of(OutputFormat.DOCX), alone, false);

        assertEquals(List.of(together.resolve("cv.pdf"), together.resolve("cv.docx")), written);
        String pdfText = pdfText(together.resolve("cv.pdf"));
        assertTrue(pdfText.contains("6174/UBND-VX"), pdfText);
        assertEquals(pdfText(alone.resolve("cv.pdf")), pdfText);
        String docxText = docxText(together.resolve("cv.docx"));
        assertTrue(docxText.contains("6174/UBND-VX"), docxText);
        assertEquals(docxText(alone.resolve("cv.docx")), docxText);
        assertEquals(List.of("cv.docx", "cv.pdf"), names(together));
    }

    @Test
    void aPdfThatCannotBeWrittenIsReportedAndTheDocxIsStillWhole(@TempDir Path dir) throws Exception {
        // A folder where the PDF should go, with something in it: the PDF cannot replace it.
        Files.writeString(Files.createDirectory(dir.resolve("cv.pdf")).resolve("keep.txt"), "x");

        InputException e = assertThrows(InputException.class, () -> DocumentFiles.write(seed, "cv", BOTH, dir, false));

        assertTrue(e.getMessage().contains("cv.pdf"), e.getMessage());
        assertTrue(docxText(dir.resolve("cv.docx")).contains("6174/UBND-VX"));
        assertEquals(List.of("cv.docx", "cv.pdf"), names(dir)); // no temporary file left
    }

    @Test
    void aDocxThatCannotBeWrittenIsReportedAndThePdfIsStillWhole(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectory(dir.resolve("cv.docx")).resolve("keep.txt"), "x");

        InputException e = assertThrows(InputException.class, () -> DocumentFiles.write(seed, "cv", BOTH, dir, false));

        assertTrue(e.getMessage().contains("cv.docx"), e.getMessage());
        assertTrue(pdfText(dir.resolve("cv.pdf")).contains("6174/UBND-VX"));
        assertEquals(List.of("cv.docx", "cv.pdf"), names(dir));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
