package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;

class PdfWriterTest {
    private static final float MM = PdfProbe.MM;
    /** 1.15 × 14 pt for Times New Roman and Liberation Serif: (1825 + 443 + 87) / 2048 em. */
    private static final float BODY_LINE = 14f * 2355 / 2048;

    @TempDir
    static Path dir;
    static Path seedPdf;
    static Path reportPdf;
    static PdfProbe seed;
    static PdfProbe report;

    @BeforeAll
    static void writeBoth() throws IOException {
        seedPdf = dir.resolve("6174-UBND-VX.pdf");
        reportPdf = dir.resolve("bao-cao.pdf");
        new PdfWriter().write(DocumentFixtures.seed(), seedPdf);
        new PdfWriter().write(DocumentFixtures.draftReport(), reportPdf);
        seed = PdfProbe.read(seedPdf);
        report = PdfProbe.read(reportPdf);
    }

    @Test
    void everyPageIsA4Portrait() throws IOException {
        for (Path pdf : List.of(seedPdf, reportPdf)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    assertEquals(210, page.getMediaBox().getWidth() / MM, 0.1);
                    assertEquals(297, page.getMediaBox().getHeight() / MM, 0.1);
                    assertEquals(0, page.getRotation());
                }
            }
        }
    }

    @Test
    void theFileSaysWhenItWasMade() throws IOException {
        Instant before = Instant.now().minusSeconds(120);
        try (PDDocument doc = Loader.loadPDF(reportPdf.toFile())) {
            Calendar made = doc.getDocumentInformation().getCreationDate();
            Instant at = made.toInstant();
            assertTrue(at.isAfter(before) && at.isBefore(Instant.now().plusSeconds(1)), "creation date " + at);
        }
    }

    @Test
    void creationDateIsWrittenAsPdfBoxWritesIt() {
        // The date is formatted here rather than by PDFBox (for speed): the same string in any zone.
        for (String zone : List.of("UTC", "Asia/Ho_Chi_Minh", "America/St_Johns", "Pacific/Chatham", "America/New_York")) {
            for (long millis : new long[] {1_720_000_000_123L, 1_733_100_000_000L, 1_000L}) {
                ZonedDateTime time = Instant.ofEpochMilli(millis).atZone(ZoneId.of(zone));
                assertEquals(DateConverter.toString(GregorianCalendar.from(time)), PdfWriter.pdfDate(time), zone);
            }
        }
    }

    @Test
    void seedTakesTwoPagesAndTheReportFour() {
        // The DOCX writer must break the seed like this too (LAYOUT.md).
        assertEquals(2, seed.pages);
        assertEquals(4, report.pages);
    }

    @Test
    void allTextStaysInsideTheMarginsExceptPageNumbers() {
        for (PdfProbe probe : List.of(seed, report)) {
            for (PdfProbe.Glyph g : probe.glyphs) {
                if (g.blank()) {
                    continue;
                }
                if (g.page() > 0 && g.baseline() < 20 * MM) {
                    continue;
                }
                String where = "'" + g.text() + "' on page " + (g.page() + 1);
                assertTrue(g.x() >= 30 * MM - 0.01, where + " left of the margin: " + g.x() / MM);
                assertTrue(g.right() <= 195 * MM + 0.01, where + " right of the margin: " + g.right() / MM);
                assertTrue(g.top() >= 20 * MM - 0.01, where + " above the margin: " + g.top() / MM);
                assertTrue(g.bottom() <= 277 * MM + 0.01, where + " below the margin: " + g.bottom() / MM);
            }
        }
    }

    @Test
    void headerElementsHaveTheDecreeSizesAndFaces() {
        assertFace(seed.find(0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 13, true, false);
        assertFace(seed.find(0, "Độc lập - Tự do - Hạnh phúc"), 14, true, false);
        assertFace(seed.find(0, "ỦY BAN NHÂN DÂN"), 13, true, false);
        assertFace(seed.find(0, "THÀNH PHỐ PHAN THIẾT"), 13, true, false);
        assertFace(seed.find(0, "Số: 6174/UBND-VX"), 13, false, false);
        assertFace(seed.find(0, "V/v đảm bảo an toàn thông tin"), 12, false, false);
        assertFace(seed.find(0, "Phan Thiết, ngày 21 tháng 8 năm 2019"), 14, false, true);
        assertFace(seed.find(0, "Kính gửi:"), 14, false, false);
        assertFace(report.find(0, "UBND TỈNH BÌNH THUẬN"), 13, false, false);
        assertFace(report.find(0, "BÁO CÁO"), 14, true, false);
        assertFace(report.find(0, "Kết quả thực hiện"), 14, true, false);
    }

    @Test
    void numberAndDateShareABaselineBelowTheIssuerAndMotto() {
        float number = seed.find(0, "Số: 6174/UBND-VX").get(0).baseline();
        float date = seed.find(0, "Phan Thiết, ngày").get(0).baseline();
        assertEquals(number, date, 0.01);
        assertTrue(number > seed.find(0, "THÀNH PHỐ PHAN THIẾT").get(0).baseline());
        assertTrue(number > seed.find(0, "Độc lập").get(0).baseline());
        // Left column 30–96 mm, right column 96–195 mm: each element centred in its own.
        assertEquals(63, centre(seed.find(0, "Số: 6174/UBND-VX")) / MM, 0.2);
        assertEquals(145.5, centre(seed.find(0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) / MM, 0.2);
        assertEquals(145.5, centre(seed.find(0, "Phan Thiết, ngày 21 tháng 8 năm 2019")) / MM, 0.2);
    }

    @Test
    void distributionLabelStandsLevelWithTheAuthorityAndKeepsItsSpaceAtThePageTop() {
        int page = seed.pagesWith("Nơi nhận:").get(0);
        float label = seed.find(page, "Nơi nhận:").get(0).baseline();
        assertEquals(label, seed.find(page, "KT. CHỦ TỊCH").get(0).baseline(), 0.01);
        // The closing paragraph went to page 2 with the footer: it is never alone there. The footer keeps
        // its 12 pt space under the paragraph's 6 pt, as the DOCX's footer cell does in LibreOffice.
        List<PdfProbe.Glyph> closing = seed.find(page, "triển khai thực hiện./.");
        assertEquals(1, page);
        assertTrue(!closing.isEmpty() && closing.get(0).baseline() < label, "the closing sentence stands above Nơi nhận");
        float lineHeight = 14f * (1825 + 443 + 87) / 2048;
        float ascent = 14f * (1825 + 87) / 2048;
        assertEquals(closing.get(0).baseline() + (lineHeight - ascent) + 6 + 12 + ascent,
                seed.find(page, "KT. CHỦ TỊCH").get(0).baseline(), 0.1);
    }

    @Test
    void fontsAreEmbeddedSubsetsOfTimesOrLiberationSerif() throws IOException {
        try (PDDocument doc = Loader.loadPDF(seedPdf.toFile())) {
            Set<String> names = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    PDFontDescriptor d = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                    assertTrue(d.getFontFile2() != null, font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+(LiberationSerif|TimesNewRoman).*"), font.getName() + " is not a subset");
                    names.add(font.getName().substring(7));
                }
            }
            assertEquals(4, names.size(), "regular, bold, italic and bold italic: " + names);
        }
    }

    @Test
    void extractedTextHoldsEveryWordOfTheInput() throws IOException {
        for (var pair : List.of(List.of(DocumentFixtures.seed(), seedPdf), List.of(DocumentFixtures.draftReport(), reportPdf))) {
            OfficialDocument doc = (OfficialDocument) pair.get(0);
            String text = extracted((Path) pair.get(1));
            Set<String> tokens = new HashSet<>(Arrays.asList(text.split(" ")));
            tokens.addAll(tokens.stream().map(PdfWriterTest::bare).toList());
            for (String word : inputWords(doc)) {
                assertTrue(tokens.contains(word), "missing word \"" + word + "\"");
            }
            for (Paragraph p : doc.paragraphs()) {
                assertTrue(text.contains(p.text()), "paragraph not intact: " + p.text());
            }
        }
    }

    @Test
    void boldRunsAreBoldAndTheirNeighboursAreNot() {
        int page = seed.pagesWith("Hộp thư đã gửi").get(0);
        assertFace(seed.find(page, "Hộp thư đã gửi"), 14, true, false);
        assertFace(seed.find(page, "ra khỏi hệ thống"), 14, false, false);
        int legal = report.pagesWith("Căn cứ Công văn").get(0);
        assertFace(report.find(legal, "Căn cứ Công văn"), 14, false, true);
        assertFace(report.find(legal, "I. KẾT QUẢ THỰC HIỆN"), 14, true, false);
    }

    @Test
    void bodyIsJustifiedWithFirstLineIndentAndSingleSpacing() {
        List<PdfProbe.Line> paragraph = seed.lines(0).stream()
                .dropWhile(l -> !l.text().startsWith("Thực hiện Công văn"))
                .takeWhile(l -> !l.text().startsWith("1. Phổ biến")).toList();
        assertTrue(paragraph.size() >= 3, "the first paragraph has several lines");
        assertEquals(40, paragraph.get(0).glyphs().get(0).x() / MM, 0.01, "10 mm first-line indent");
        for (int i = 0; i < paragraph.size(); i++) {
            PdfProbe.Line line = paragraph.get(i);
            List<PdfProbe.Glyph> ink = line.glyphs().stream().filter(g -> !g.blank()).toList();
            if (i > 0) {
                assertEquals(30, ink.get(0).x() / MM, 0.01);
                assertEquals(BODY_LINE, line.baseline() - paragraph.get(i - 1).baseline(), 0.01);
            }
            if (i < paragraph.size() - 1) {
                assertEquals(195, ink.get(ink.size() - 1).right() / MM, 0.05, "justified line " + i + " ends at the margin");
            } else {
                assertTrue(ink.get(ink.size() - 1).right() / MM < 190, "the last line is set left");
            }
        }
    }

    @Test
    void issuerAndMottoAreUnderlinedWithSolidRules() throws IOException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(seedPdf.toFile())) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 144, ImageType.GRAY);
        }
        float scale = 2; // pixels per point at 144 dpi
        List<PdfProbe.Glyph> motto = seed.find(0, "Độc lập - Tự do - Hạnh phúc");
        int[] mottoRule = darkRun(image, motto.get(0).baseline() + 3, motto.get(0).baseline() + 15, 96 * MM, 195 * MM, scale);
        float mottoWidth = width(motto);
        assertEquals(mottoWidth, (mottoRule[1] - mottoRule[0]) / scale, 2, "the motto rule is as long as the motto");
        assertEquals(centre(motto), (mottoRule[0] + mottoRule[1]) / 2f / scale, 1.5);

        List<PdfProbe.Glyph> issuer = seed.find(0, "THÀNH PHỐ PHAN THIẾT");
        int[] issuerRule = darkRun(image, issuer.get(0).baseline() + 3, issuer.get(0).baseline() + 15, 30 * MM, 96 * MM, scale);
        float share = (issuerRule[1] - issuerRule[0]) / scale / width(issuer);
        assertTrue(share > 0.3 && share < 0.37, "the issuer rule is a third of the issuer's width: " + share);
        assertEquals(centre(issuer), (issuerRule[0] + issuerRule[1]) / 2f / scale, 1.5);
    }

    @Test
    void pageNumbersFromPageTwoCentredInTheTopMargin() {
        for (PdfProbe probe : List.of(seed, report)) {
            assertTrue(probe.glyphs.stream().noneMatch(g -> g.page() == 0 && g.top() < 20 * MM), "nothing above the text on page 1");
            for (int page = 1; page < probe.pages; page++) {
                PdfProbe.Line first = probe.lines(page).get(0);
                assertEquals(Integer.toString(page + 1), first.text());
                assertEquals(12, first.baseline() / MM, 0.05);
                assertEquals(112.5, centre(first.glyphs()) / MM, 0.1);
                assertEquals(14, first.glyphs().get(0).size(), 0.01);
            }
        }
    }

    @Test
    void tableHeaderRepeatsOnEveryPageOfTheTable() {
        List<Integer> pages = report.pagesWith("Đơn vị số ");
        assertEquals(List.of(0, 1, 2, 3), pages, "the table runs over four pages");
        for (int page : pages) {
            PdfProbe.Line header = report.lines(page).stream()
                    .filter(l -> l.text().startsWith("STT")).findFirst().orElseThrow(() -> new AssertionError("no header on page " + page));
            assertTrue(header.text().contains("Đơn vị") && header.text().contains("Tình trạng") && header.text().contains("Ghi chú"));
            assertFace(header.find("Tình trạng"), 12, true, false);
            if (page > 0) {
                assertTrue(report.lines(page).get(1).text().startsWith("STT"), "the header row heads page " + (page + 1));
            }
        }
    }

    @Test
    void tableRowsAreNeverSplitAcrossPages() {
        for (int i = 7; i <= 60; i += 7) {
            List<Integer> start = report.pagesWith("Đơn vị số " + i + " ");
            List<Integer> end = report.pagesWith("(mục " + i + ")");
            assertEquals(1, start.size(), "row " + i);
            assertEquals(start, end, "row " + i + " is on one page");
        }
    }

    @Test
    void aRowTallerThanAPageIsCutBetweenLinesUnderARepeatedHeader() throws IOException {
        String tall = Stream.generate(() -> "Nội dung rất dài của một ô trong bảng, lặp lại nhiều lần để vượt quá một trang.")
                .limit(120).collect(Collectors.joining(" "));
        OfficialDocument doc = withBody(List.of(new Table(List.of("STT", "Nội dung"), List.of(List.of("1", tall)), List.of(1.0, 6.0))));
        Path out = dir.resolve("tall.pdf");
        new PdfWriter().write(doc, out);
        PdfProbe probe = PdfProbe.read(out);
        assertTrue(probe.pages >= 3);
        for (int page = 0; page < probe.pages; page++) {
            if (probe.pageText(page).contains("Nội dung rất dài")) {
                assertTrue(probe.pageText(page).contains("STT"), "header on page " + (page + 1));
            }
        }
        // The cell's column, without the repeated header and page numbers, reads as the text put in.
        StringBuilder cell = new StringBuilder();
        for (int page = 0; page < probe.pages; page++) {
            for (PdfProbe.Line line : probe.lines(page)) {
                line.glyphs().stream().filter(g -> g.x() > 40 * MM && !g.font().contains("Bold") && g.baseline() > 20 * MM)
                        .forEach(g -> cell.append(g.text()));
                cell.append(' ');
            }
        }
        assertTrue(cell.toString().replaceAll("\\s+", " ").contains(tall), "no line of the tall cell is lost");
    }

    @Test
    void footerIsKeptTogetherWhereverTheBodyEnds() throws IOException {
        OfficialDocument base = DocumentFixtures.seed();
        List<Block> body = new ArrayList<>(base.body());
        int pagesSeen = 0;
        for (int extra = 0; extra < 14; extra++) {
            Path out = dir.resolve("footer-" + extra + ".pdf");
            new PdfWriter().write(withBody(body), out);
            PdfProbe probe = PdfProbe.read(out);
            int last = probe.pages - 1;
            for (String part : List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, QTM, VX (L).", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Thông")) {
                assertEquals(List.of(last), probe.pagesWith(part), part + " with " + extra + " extra lines");
            }
            pagesSeen = Math.max(pagesSeen, probe.pages);
            body.add(Paragraph.of("Dòng bổ sung số " + extra + "."));
        }
        assertTrue(pagesSeen >= 2);
        // In the seed the footer would begin on page 1 but does not fit whole there.
        assertEquals(List.of(1), seed.pagesWith("Nơi nhận:"));
    }

    @Test
    void aDistributionListLongerThanAPageFlowsOnInsideTheMargins() throws IOException {
        OfficialDocument s = DocumentFixtures.seed();
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add("Tổ dân phố số " + i + " phường Đức Thắng");
        }
        OfficialDocument doc = new OfficialDocument(s.parentIssuer(), s.issuer(), s.numberSymbol(), s.place(), s.date(), s.type(),
                s.subject(), s.recipients(), s.body(), s.signer(), many, s.contact());
        Path out = dir.resolve("many.pdf");
        new PdfWriter().write(doc, out);
        PdfProbe probe = PdfProbe.read(out);
        String text = extracted(out);
        for (int i = 1; i < 150; i++) {
            assertTrue(text.contains("- Tổ dân phố số " + i + " phường Đức Thắng;"), "entry " + i);
        }
        assertTrue(text.contains("- Tổ dân phố số 150 phường Đức Thắng."));
        assertTrue(probe.glyphs.stream().filter(g -> !g.blank() && g.baseline() > 20 * MM)
                .allMatch(g -> g.top() >= 20 * MM - 0.01 && g.bottom() <= 277 * MM + 0.01));
    }

    @Test
    void aWordLongerThanALineIsCutAndStaysInside() throws IOException {
        String url = "https://mail.binhthuan.example/" + "duong-dan-rat-dai-".repeat(20) + "het";
        Path out = dir.resolve("long-word.pdf");
        new PdfWriter().write(withBody(List.of(Paragraph.of("Truy cập " + url + " để đổi mật khẩu."))), out);
        PdfProbe probe = PdfProbe.read(out);
        assertTrue(probe.glyphs.stream().filter(g -> !g.blank()).allMatch(g -> g.right() <= 195 * MM + 0.01));
        assertTrue(extracted(out).replace(" ", "").contains(url));
    }

    @Test
    void aCharacterMissingFromTheFontIsAClearErrorAndLeavesNoFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("missing-glyph"));
        Path out = folder.resolve("bad.pdf");
        OfficialDocument doc = withBody(List.of(Paragraph.of("Chữ Hán 中 không có trong phông.")));
        InputException e = assertThrows(InputException.class, () -> new PdfWriter().write(doc, out));
        assertTrue(e.getMessage().contains("U+4E2D") && e.getMessage().contains("中"), e.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "no file, no temporary file");
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFileIntact() throws IOException {
        Path out = dir.resolve("keep.pdf");
        new PdfWriter().write(DocumentFixtures.seed(), out);
        byte[] before = Files.readAllBytes(out);
        OfficialDocument bad = withBody(List.of(Paragraph.of("Ký tự lạ \u0007 ở đây.")));
        assertThrows(InputException.class, () -> new PdfWriter().write(bad, out));
        assertArrayEquals(before, Files.readAllBytes(out));
    }

    @Test
    void aMissingFolderIsAnInputError() {
        Path out = dir.resolve("khong-co").resolve("x.pdf");
        InputException e = assertThrows(InputException.class, () -> new PdfWriter().write(DocumentFixtures.seed(), out));
        assertTrue(e.getMessage().contains("khong-co"), e.getMessage());
    }

    @Test
    void documentInformationAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(seedPdf.toFile())) {
            assertEquals("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", doc.getDocumentInformation().getTitle(), "as the DOCX names it");
            assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", doc.getDocumentInformation().getAuthor());
            assertEquals("congvan", doc.getDocumentInformation().getCreator());
            assertEquals("vi-VN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aStreamReceivesTheSamePdfAsTheFileAndStaysOpen() throws IOException {
        CallerStream out = new CallerStream();
        new PdfWriter().write(DocumentFixtures.seed(), out);
        assertFalse(out.closed, "the caller owns the stream");
        try (PDDocument streamed = Loader.loadPDF(out.toByteArray()); PDDocument file = Loader.loadPDF(seedPdf.toFile())) {
            assertEquals(2, streamed.getNumberOfPages());
            for (PDPage page : streamed.getPages()) {
                assertEquals(210, page.getMediaBox().getWidth() / MM, 0.1);
                assertEquals(297, page.getMediaBox().getHeight() / MM, 0.1);
            }
            assertEquals("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", streamed.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(streamed);
            assertTrue(Normalizer.normalize(text, Normalizer.Form.NFC).contains("Số: 6174/UBND-VX"), text);
            // Not byte for byte: each save stamps its own creation date and document ID.
            assertEquals(mediaBoxes(file), mediaBoxes(streamed));
            assertEquals(new PDFTextStripper().getText(file), text);
        }
    }

    @Test
    void draftNumberLeavesRoomForTheNumberAndSmallNumbersArePadded() throws IOException {
        assertTrue(report.pageText(0).matches("(?s).*Số: {6}/BC-UBND.*"), report.pageText(0));
        OfficialDocument five = new OfficialDocument(null, "UBND PHƯỜNG ĐỨC THẮNG", new NumberSymbol("5", "UBND"), "Đức Thắng",
                LocalDate.of(2020, 2, 5), DocumentType.GIAY_MOI, "Họp giao ban", List.of(), List.of(Paragraph.of("Kính mời dự họp./.")),
                new Signer(List.of(), "CHỦ TỊCH", "Trần Thị Bình"), List.of("Lưu: VT"), null);
        Path out = dir.resolve("giay-moi.pdf");
        new PdfWriter().write(five, out);
        PdfProbe probe = PdfProbe.read(out);
        probe.find(0, "Số: 05/UBND");
        probe.find(0, "Đức Thắng, ngày 05 tháng 02 năm 2020");
        probe.find(0, "Kính mời dự họp./.");
    }

    // --- helpers

    static OfficialDocument withBody(List<Block> body) {
        return DocumentFixtures.withBody(DocumentFixtures.seed(), body);
    }

    private static List<String> mediaBoxes(PDDocument doc) {
        List<String> boxes = new ArrayList<>();
        doc.getPages().forEach(page -> boxes.add(page.getMediaBox() + " rotated " + page.getRotation()));
        return boxes;
    }

    private static void assertFace(List<PdfProbe.Glyph> glyphs, float size, boolean bold, boolean italic) {
        assertFalse(glyphs.isEmpty());
        for (PdfProbe.Glyph g : glyphs) {
            if (g.blank()) {
                continue;
            }
            String what = "'" + g.text() + "' in " + g.font();
            assertEquals(size, g.size(), 0.01, what);
            assertEquals(bold, g.font().contains("Bold"), what + " bold");
            assertEquals(italic, g.font().contains("Italic"), what + " italic");
        }
    }

    private static float centre(List<PdfProbe.Glyph> glyphs) {
        List<PdfProbe.Glyph> ink = glyphs.stream().filter(g -> !g.blank()).toList();
        return (ink.get(0).x() + ink.get(ink.size() - 1).right()) / 2;
    }

    private static float width(List<PdfProbe.Glyph> glyphs) {
        List<PdfProbe.Glyph> ink = glyphs.stream().filter(g -> !g.blank()).toList();
        return ink.get(ink.size() - 1).right() - ink.get(0).x();
    }

    /**
     * The longest horizontal run of dark pixels inside a box given in points from the top-left
     * corner: [start, end) in pixels.
     */
    private static int[] darkRun(BufferedImage image, float fromPt, float toPt, float leftPt, float rightPt, float scale) {
        int[] best = {0, 0};
        int right = (int) (rightPt * scale);
        for (int y = (int) (fromPt * scale); y <= (int) (toPt * scale); y++) {
            int start = -1;
            for (int x = (int) (leftPt * scale); x <= right; x++) {
                boolean dark = x < right && (image.getRGB(x, y) & 0xFF) < 128;
                if (dark && start < 0) {
                    start = x;
                } else if (!dark && start >= 0) {
                    if (x - start > best[1] - best[0]) {
                        best = new int[] {start, x};
                    }
                    start = -1;
                }
            }
        }
        assertTrue(best[1] - best[0] > 10, "a rule between " + fromPt + " and " + toPt + " pt");
        return best;
    }

    /** All text of the PDF with white space collapsed to single spaces, NFC. */
    static String extracted(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    /** Every word the user put in: header fields, recipients, body runs and table cells, distribution, signer. */
    private static List<String> inputWords(OfficialDocument doc) {
        List<String> texts = new ArrayList<>(List.of(doc.issuer(), doc.numberSymbol().text(), doc.place(), doc.subject()));
        if (doc.parentIssuer() != null) {
            texts.add(doc.parentIssuer());
        }
        texts.addAll(doc.recipients());
        texts.addAll(doc.distribution());
        texts.addAll(doc.signer().authorityLines());
        texts.addAll(List.of(doc.signer().position(), doc.signer().name()));
        for (Block b : doc.body()) {
            if (b instanceof Paragraph p) {
                p.runs().stream().map(Run::text).forEach(texts::add);
            } else if (b instanceof Table t) {
                texts.addAll(t.header());
                t.rows().forEach(texts::addAll);
            }
        }
        return texts.stream().flatMap(t -> Arrays.stream(t.split("\\s+"))).map(PdfWriterTest::bare).filter(w -> !w.isEmpty()).toList();
    }

    private static String bare(String token) {
        return token.replaceAll("^[\\p{P}&&[^(/]]+|[\\p{P}&&[^)]]+$", "");
    }
}
