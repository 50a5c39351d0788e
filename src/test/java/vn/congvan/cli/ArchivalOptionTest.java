package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pdfa} on {@code render} and {@code report} reaches the writer: every PDF written declares
 * PDF/A-2b; without it none does. (Whether the files are PDF/A is veraPDF's to say: ArchivalCopyTest.)
 */
class ArchivalOptionTest {
    @TempDir
    Path dir;

    @Test
    void renderWithPdfaWritesPdfA2bAndWithoutItAnOrdinaryPdf() throws Exception {
        Path archival = dir.resolve("a");
        CliRun run = CliRun.of("render", TrackingCommandsTest.SEED, "--format", "pdf", "--out", archival.toString(), "--pdfa");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("2B"), levels(archival));

        Path plain = dir.resolve("b");
        assertEquals(0, CliRun.of("render", TrackingCommandsTest.SEED, "--format", "pdf", "--out", plain.toString()).exitCode());
        assertEquals(List.of("none"), levels(plain));
    }

    @Test
    void reportWithPdfaWritesTheReportAndTheReminderAsPdfA2b() throws Exception {
        String db = dir.resolve("congvan.db").toString();
        assertEquals(0, CliRun.of("import", TrackingCommandsTest.SEED, "--db", db).exitCode());
        Path out = dir.resolve("van-ban");
        CliRun run = CliRun.of("report", "6174", "--db", db, "--out", out.toString(), "--today", "05/09/2019",
                "--format", "pdf,xlsx", "--pdfa");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("2B", "2B"), levels(out), "the BÁO CÁO and the reminder");
        assertTrue(run.out().contains("so-theo-doi-6174-UBND-VX-2019.xlsx"), run.out());
    }

    /** "2B" for each PDF in {@code folder} that declares PDF/A-2b in its XMP, "none" for one without XMP. */
    private static List<String> levels(Path folder) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(folder)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        return pdfs.stream().map(ArchivalOptionTest::level).toList();
    }

    private static String level(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getDocumentCatalog().getMetadata() == null) {
                assertTrue(doc.getDocumentCatalog().getOutputIntents().isEmpty(), pdf.toString());
                return "none";
            }
            try (InputStream in = doc.getDocumentCatalog().getMetadata().createInputStream()) {
                XMPMetadata xmp = new DomXmpParser().parse(in);
                return xmp.getPDFAIdentificationSchema().getPart() + xmp.getPDFAIdentificationSchema().getConformance();
            }
        } catch (Exception e) {
            throw new AssertionError(pdf + ": " + e, e);
        }
    }
}
