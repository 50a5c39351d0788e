package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.OfficialDocument;

/**
 * The PDF and the DOCX of one document say the same thing (LAYOUT.md): both checkers judge them by
 * the same rules in the same order, "Kính gửi" stands at the same place, and LibreOffice lays our
 * DOCX out as our PDF: the same number of pages, each beginning and ending with the same line, page
 * numbers from page 2, the table header on every page of a table, the footer kept together.
 *
 * <p>The LibreOffice part is skipped where {@code soffice} is not on the PATH; CI installs it
 * ({@code apt-get install -y libreoffice-writer-nogui fonts-liberation2}).
 */
class PdfDocxParityTest {
    private static final float MM = PdfProbe.MM;

    @TempDir
    static Path dir;
    private static OfficialDocument seed;
    private static OfficialDocument report;

    @BeforeAll
    static void writeBoth() {
        seed = new DispatchReader().read(Path.of("samples/000_7ae9f029b9ddbc9d.txt")).document();
        report = DocumentFixtures.report();
        Map<String, OfficialDocument> docs = Map.of("seed", seed, "report", report, "draft", DocumentFixtures.draftReport());
        docs.forEach((name, doc) -> {
            new PdfWriter().write(doc, dir.resolve(name + ".pdf"));
            new DocxWriter().write(doc, dir.resolve(name + ".docx"));
        });
    }

    @Test
    void bothCheckersJudgeThePdfAndTheDocxByTheSameRulesInTheSameOrder() {
        for (String name : List.of("seed", "report")) {
            List<RuleResult> pdf = new PdfFormatChecker().check(dir.resolve(name + ".pdf"));
            List<RuleResult> docx = new DocxFormatChecker().check(dir.resolve(name + ".docx"));
            List<String> titles = pdf.stream().map(RuleResult::title).toList();
            assertEquals(titles, docx.stream().map(RuleResult::title).toList(), name);
            assertEquals(List.of("Khổ giấy", "Lề trang", "Phông chữ", "Số trang", "Quốc hiệu", "Tiêu ngữ", "Tên cơ quan ban hành",
                    "Số, ký hiệu", "Địa danh, ngày tháng năm", "Cỡ chữ nội dung", "Nơi nhận", "Họ tên người ký"), titles);
            assertEquals(List.of(), pdf.stream().filter(r -> !r.ok()).toList(), name + ".pdf");
            assertEquals(List.of(), docx.stream().filter(r -> !r.ok()).toList(), name + ".docx");
        }
    }

    /** Several recipients: the PDF's label and dash lines start where the DOCX's indents put them. */
    @Test
    void severalRecipientsStandWhereTheDocxIndentsPutThem() throws IOException {
        List<XWPFParagraph> block = recipientParagraphs(dir.resolve("seed.docx"));
        assertEquals(2, block.size());
        var first = block.get(0).getCTPPr().getInd();
        float entryX = Layout.MARGIN_LEFT + twips(first.getLeft()) / 20f;
        float labelX = entryX - twips(first.getHanging()) / 20f;
        assertEquals(twips(first.getLeft()), twips(block.get(1).getCTPPr().getInd().getLeft()), "the dash lines align");

        PdfProbe pdf = PdfProbe.read(dir.resolve("seed.pdf"));
        List<PdfProbe.Glyph> label = pdf.find(0, "Kính gửi:");
        List<PdfProbe.Glyph> firstEntry = pdf.find(0, "- Các cơ quan, đơn vị thuộc UBND thành phố;");
        List<PdfProbe.Glyph> lastEntry = pdf.find(0, "- UBND các phường, xã.");
        assertEquals(labelX, label.get(0).x(), 0.05f);
        assertEquals(entryX, firstEntry.get(0).x(), 0.05f);
        assertEquals(entryX, lastEntry.get(0).x(), 0.05f);
        assertEquals(label.get(0).baseline(), firstEntry.get(0).baseline(), 0.01f, "the first entry stands on the label's line");
        // The block is centred: as much room left of the label as right of the widest entry.
        float right = Layout.MARGIN_LEFT + Layout.TEXT_WIDTH - firstEntry.get(firstEntry.size() - 1).right();
        assertEquals(label.get(0).x() - Layout.MARGIN_LEFT, right, 1.5f);
        assertTrue(label.get(0).x() > 50 * MM, "indented from the left margin: " + label.get(0).x() / MM);
    }

    /** An entry too wide for a centred block: the block starts at the margin and the entry wraps under its dash. */
    @Test
    void aLongRecipientWrapsUnderItsDashLine() throws IOException {
        String longName = "Ban Chỉ đạo công nghệ thông tin, chuyển đổi số và bảo đảm an toàn thông tin mạng của thành phố Phan Thiết";
        OfficialDocument s = DocumentFixtures.seed();
        OfficialDocument doc = new OfficialDocument(s.parentIssuer(), s.issuer(), s.numberSymbol(), s.place(), s.date(), s.type(),
                s.subject(), List.of("UBND các phường, xã", longName), s.body(), s.signer(), s.distribution(), s.contact());
        Path pdfFile = dir.resolve("long-recipient.pdf");
        Path docxFile = dir.resolve("long-recipient.docx");
        new PdfWriter().write(doc, pdfFile);
        new DocxWriter().write(doc, docxFile);

        var ind = recipientParagraphs(docxFile).get(0).getCTPPr().getInd();
        assertEquals(twips(ind.getLeft()), twips(ind.getHanging()), "the label starts at the left margin");
        float entryX = Layout.MARGIN_LEFT + twips(ind.getLeft()) / 20f;
        PdfProbe pdf = PdfProbe.read(pdfFile);
        List<PdfProbe.Line> block = pdf.lines(0).stream()
                .dropWhile(l -> !l.text().startsWith("Kính gửi:")).limit(3).toList();
        assertEquals(Layout.MARGIN_LEFT, block.get(0).glyphs().get(0).x(), 0.05f);
        assertTrue(block.get(1).text().startsWith("- Ban Chỉ đạo"), block.get(1).text());
        assertEquals(entryX, block.get(1).glyphs().get(0).x(), 0.05f);
        assertFalse(block.get(2).text().startsWith("-"), "the entry goes on: " + block.get(2).text());
        assertEquals(entryX, block.get(2).glyphs().get(0).x(), 0.05f, "and wraps under its dash");
        assertTrue(block.get(2).text().endsWith("Phan Thiết."), block.get(2).text());
    }

    @Test
    void oneRecipientIsCentredOnTheLabelsLineInBoth() throws IOException {
        List<XWPFParagraph> block = recipientParagraphs(dir.resolve("report.docx"));
        assertEquals(1, block.size());
        assertEquals("Kính gửi: Sở Thông tin và Truyền thông tỉnh Bình Thuận.", block.get(0).getText());
        assertEquals(ParagraphAlignment.CENTER, block.get(0).getAlignment());

        List<PdfProbe.Glyph> line = PdfProbe.read(dir.resolve("report.pdf")).find(0, "Kính gửi: Sở Thông tin và Truyền thông tỉnh Bình Thuận.");
        float centre = (line.get(0).x() + line.get(line.size() - 1).right()) / 2;
        assertEquals(Layout.MARGIN_LEFT + Layout.TEXT_WIDTH / 2, centre, 0.05f);
    }

    @Test
    void libreOfficeLaysOutTheDocxOnTheSamePagesAndLinesAsOurPdf() throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: DOCX → PDF layout not compared; "
                + "install libreoffice-writer-nogui and fonts-liberation2");
        Path converted = Files.createDirectories(dir.resolve("libreoffice"));
        convert(soffice.get(), converted, dir.resolve("seed.docx"), dir.resolve("report.docx"), dir.resolve("draft.docx"));

        for (String name : List.of("seed", "report")) {
            PdfProbe ours = PdfProbe.read(dir.resolve(name + ".pdf"));
            PdfProbe theirs = PdfProbe.read(converted.resolve(name + ".pdf"));
            assertEquals(ours.pages, theirs.pages, name + ": page count");
            for (int page = 0; page < ours.pages; page++) {
                List<PdfProbe.Line> a = bodyLines(ours, page);
                List<PdfProbe.Line> b = bodyLines(theirs, page);
                String where = name + " page " + (page + 1);
                assertEquals(text(a.get(0)), text(b.get(0)), where + ": first line");
                assertEquals(text(a.get(a.size() - 1)), text(b.get(b.size() - 1)), where + ": last line");
                assertEquals(a.get(0).glyphs().get(0).x(), b.get(0).glyphs().get(0).x(), 0.5f * MM, where + ": first line's left edge");
                assertEquals(a.get(0).baseline(), b.get(0).baseline(), MM, where + ": first line's height on the page");
                assertEquals(a.get(a.size() - 1).baseline(), b.get(b.size() - 1).baseline(), MM, where + ": last line's height");
                assertEquals(page > 0, startsWithItsNumber(theirs, page), where + ": page number from page 2 on");
            }
        }

        PdfProbe seedPages = PdfProbe.read(converted.resolve("seed.pdf"));
        assertEquals(2, seedPages.pages, "the seed fills page 1; its footer does not fit and moves whole to page 2");
        for (String line : List.of("Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Thông", "- Lưu: VT, QTM, VX (L).")) {
            assertEquals(List.of(1), seedPages.pagesWith(line), "footer kept together on page 2: " + line);
        }
        PdfProbe reportPages = PdfProbe.read(converted.resolve("report.pdf"));
        assertEquals(4, reportPages.pages);
        for (int page = 1; page < reportPages.pages; page++) {
            String header = text(bodyLines(reportPages, page).get(0));
            assertTrue(header.startsWith("STTĐơnvịYêucầu"), "table header repeated on page " + (page + 1) + ": " + header);
        }
        assertEquals(List.of(3), reportPages.pagesWith("Nguyễn Văn Một"));

        // Notes that wrap over five lines in their cells: LibreOffice rounds each glyph's advance and kerns
        // pairs such as "Đơ", so a line within a fraction of a point of its cell's width may break a word
        // earlier or later than ours. The pages still hold the same rows.
        PdfProbe draft = PdfProbe.read(dir.resolve("draft.pdf"));
        PdfProbe draftConverted = PdfProbe.read(converted.resolve("draft.pdf"));
        assertEquals(draft.pages, draftConverted.pages, "draft report: page count");
        for (int page = 0; page < draft.pages; page++) {
            assertEquals(text(bodyLines(draft, page).get(0)), text(bodyLines(draftConverted, page).get(0)), "draft page " + (page + 1));
        }
    }

    // --- helpers

    private static List<XWPFParagraph> recipientParagraphs(Path docx) throws IOException {
        try (XWPFDocument doc = DocxWriterTest.open(docx)) {
            return doc.getParagraphs().stream().filter(p -> "CvRecipients".equals(p.getStyleID())).toList();
        }
    }

    private static long twips(Object value) {
        return new BigInteger(value.toString()).longValue();
    }

    /** A page's lines without the page number above the text. */
    private static List<PdfProbe.Line> bodyLines(PdfProbe pdf, int page) {
        List<PdfProbe.Line> lines = pdf.lines(page);
        assertFalse(lines.isEmpty(), "page " + (page + 1) + " has text");
        return startsWithItsNumber(pdf, page) ? lines.subList(1, lines.size()) : lines;
    }

    private static boolean startsWithItsNumber(PdfProbe pdf, int page) {
        PdfProbe.Line first = pdf.lines(page).get(0);
        return text(first).equals(Integer.toString(page + 1)) && first.baseline() < 20 * MM;
    }

    /** A line's text, NFC, without white space: the words and where the line breaks are what must agree. */
    private static String text(PdfProbe.Line line) {
        return Normalizer.normalize(line.text(), Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static void convert(Path soffice, Path outDir, Path... docx) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                // a profile of its own, so that a LibreOffice already running elsewhere does not take the job
                "-env:UserInstallation=" + outDir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString()));
        for (Path d : docx) {
            command.add(d.toString());
        }
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        for (Path d : docx) {
            Path pdf = outDir.resolve(d.getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 0, "no PDF for " + d.getFileName() + ": " + Files.readString(log));
        }
    }

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of(Path.of(d, "soffice"), Path.of(d, "soffice.exe"), Path.of(d, "libreoffice")))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
