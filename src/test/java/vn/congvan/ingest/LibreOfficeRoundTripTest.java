package vn.congvan.ingest;

import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.render.DocxWriter;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files made by office software rather than by us: our DOCX saved by LibreOffice as a Word 97–2003
 * .doc, and exported by it as PDF with its own line breaking and justification. Both read back to the
 * dispatch written. Skipped where LibreOffice is not installed.
 */
class LibreOfficeRoundTripTest {
    private static Optional<Path> soffice;

    @TempDir
    Path dir;

    private final DispatchReader reader = new DispatchReader();

    @BeforeAll
    static void findLibreOffice() {
        soffice = LibreOffice.soffice();
    }

    @Test
    void everyFixtureSavedAsDocByLibreOfficeReadsBackToTheSameDispatch() throws Exception {
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: .doc files not made, .doc reading not checked");
        roundTrip("doc", doc -> {
            try (InputStream in = Files.newInputStream(doc); HWPFDocument word97 = new HWPFDocument(in)) {
                assertTrue(word97.getRange().numParagraphs() > 20, "a real Word 97 file: " + doc);
            }
        });
    }

    @Test
    void everyFixtureExportedAsPdfByLibreOfficeReadsBackToTheSameDispatch() throws Exception {
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: PDF of another producer not checked");
        roundTrip("pdf", pdf -> { });
    }

    /** What a converted file must be before it is read back. */
    private interface Check {
        void on(Path converted) throws Exception;
    }

    /** Every fixture through our DocxWriter, LibreOffice to {@code format}, and our reader: the same dispatch. */
    private void roundTrip(String format, Check check) throws Exception {
        List<Dispatch> originals = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        for (Path fixture : Fixtures.ALL) {
            Dispatch original = reader.read(fixture);
            originals.add(original);
            docx.add(writeDocx(original.document(), fixture));
        }
        List<Path> converted = LibreOffice.convert(soffice.get(), format, docx.toArray(Path[]::new));
        for (int i = 0; i < converted.size(); i++) {
            check.on(converted.get(i));
            Dispatch back = reader.read(converted.get(i));
            assertEquals(Fixtures.legalBasisPlain(originals.get(i).document()), back.document(), converted.get(i).toString());
            assertEquals(originals.get(i).requirements(), back.requirements());
            assertEquals(originals.get(i).references(), back.references());
        }
    }

    private Path writeDocx(OfficialDocument doc, Path fixture) {
        String name = fixture.getFileName().toString();
        Path docx = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".docx");
        new DocxWriter().write(doc, docx);
        return docx;
    }
}
