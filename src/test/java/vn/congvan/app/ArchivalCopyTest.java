package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.CongvanService.ReportRequest;
import vn.congvan.render.VeraPdf;

/**
 * {@code render --pdfa} and {@code report --pdfa}: the seed re-rendered, the BÁO CÁO and the reminder are
 * PDF/A-2b as veraPDF, the validator archives use, judges them, and carry the metadata an archive
 * indexes by.
 */
class ArchivalCopyTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final DispatchRef SEED_REF = DispatchRef.of("6174/UBND-VX");

    @TempDir
    static Path dir;
    static CongvanService app;
    static Path seedPdf;
    static Path reportPdf;
    static Path reminderPdf;

    @BeforeAll
    static void write() {
        Clock clock = Clock.fixed(Instant.parse("2019-09-05T02:00:00Z"), ZoneOffset.UTC);
        app = Workspace.resolve(dir.resolve("l.db").toString(), Path.of("samples", "directory"))
                .open(clock, Interaction.NONE, Map.of());
        app.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
        app.mark(new MarkRequest(SEED_REF, "P-DUCTHANG", "3", "đã hoàn thành", null));
        seedPdf = app.render(SEED, EnumSet.of(OutputFormat.PDF), dir.resolve("render"), true).get(0);
        List<Path> files = app.report(new ReportRequest(SEED_REF, EnumSet.of(OutputFormat.PDF), dir.resolve("report"),
                LocalDate.of(2019, 9, 5), null, null, true)).files();
        reportPdf = named(files, "bao-cao-");
        reminderPdf = named(files, "don-doc-");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void veraPdfFindsNoFailedRuleInTheSeedTheReportAndTheReminder() throws Exception {
        for (Path pdf : List.of(seedPdf, reportPdf, reminderPdf)) {
            VeraPdf.Verdict verdict = VeraPdf.pdfA2b(pdf);
            assertEquals(List.of(), verdict.failedRules(), pdf.getFileName().toString());
            assertTrue(verdict.compliant(), pdf.getFileName().toString());
        }
    }

    @Test
    void anOrdinaryPdfIsNotTakenForPdfA() throws Exception {
        Path plain = app.render(SEED, EnumSet.of(OutputFormat.PDF), dir.resolve("plain"), false).get(0);
        VeraPdf.Verdict verdict = VeraPdf.pdfA2b(plain);
        assertFalse(verdict.compliant());
        // No XMP metadata at all (ISO 19005-2, 6.6.2.1), and grey used without an output intent.
        assertTrue(verdict.failedRules().stream().anyMatch(r -> r.startsWith("6.6.2.1")), verdict.failedRules().toString());
    }

    @Test
    void theXmpNamesTitleIssuerNumberDateAndTheLevel() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(seedPdf.toFile())) {
            XMPMetadata xmp = xmp(pdf);
            assertEquals("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT"), xmp.getDublinCoreSchema().getCreators());
            assertEquals("6174/UBND-VX", xmp.getDublinCoreSchema().getIdentifier());
            Calendar date = xmp.getDublinCoreSchema().getDates().get(0);
            assertEquals(LocalDate.of(2019, 8, 21), date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate());
            assertEquals(List.of("vi-VN"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(pdf.getDocumentInformation().getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals("vi-VN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aDraftReportHasNoNumberToIndexButItsIssuerAndDate() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(reportPdf.toFile())) {
            XMPMetadata xmp = xmp(pdf);
            assertEquals(null, xmp.getDublinCoreSchema().getIdentifier(), "a draft (Số:      /BC-UBND) has no number yet");
            assertEquals(List.of("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT"), xmp.getDublinCoreSchema().getCreators());
            Calendar date = xmp.getDublinCoreSchema().getDates().get(0);
            assertEquals(LocalDate.of(2019, 9, 5), date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate());
        }
    }

    @Test
    void oneSrgbOutputIntentAndEveryFontEmbedded() throws Exception {
        for (Path file : List.of(seedPdf, reportPdf, reminderPdf)) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                PDDocumentCatalog catalog = pdf.getDocumentCatalog();
                List<PDOutputIntent> intents = catalog.getOutputIntents();
                assertEquals(1, intents.size());
                assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
                assertEquals(COSName.GTS_PDFA1, intents.get(0).getCOSObject().getCOSName(COSName.S));
                try (InputStream icc = intents.get(0).getDestOutputIntent().createInputStream()) {
                    byte[] header = icc.readNBytes(40);
                    assertEquals("RGB ", new String(header, 16, 4, java.nio.charset.StandardCharsets.US_ASCII));
                }
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), file.getFileName() + ": " + font.getName());
                    }
                }
            }
        }
    }

    private static XMPMetadata xmp(PDDocument pdf) throws Exception {
        assertNotNull(pdf.getDocumentCatalog().getMetadata(), "XMP metadata stream");
        try (InputStream in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
            return new DomXmpParser().parse(in);
        }
    }

    private static Path named(List<Path> files, String prefix) {
        return files.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError(prefix + " not in " + files));
    }
}
