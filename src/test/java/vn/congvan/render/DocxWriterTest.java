package vn.congvan.render;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the seed công văn and a 60-row report, then reads the files back: the section with docx4j,
 * the text, styles and tables with POI (another library than the one that wrote them).
 */
class DocxWriterTest {
    private static final String TNR = "Times New Roman";

    @TempDir
    static Path dir;
    private static Path seed;
    private static Path report;

    @BeforeAll
    static void write() {
        seed = dir.resolve("6174-UBND-VX.docx");
        report = dir.resolve("bao-cao.docx");
        new DocxWriter().write(DocumentFixtures.seed(), seed);
        new DocxWriter().write(DocumentFixtures.report(), report);
    }

    @Test
    void sectionIsA4WithTheLayoutMarginsAndAPageNumberFromPageTwo() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(seed.toFile());
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        assertEquals(1, sections.size());
        SectPr sectPr = sections.get(0).getSectPr();
        assertAll(
                () -> assertEquals(BigInteger.valueOf(11906), sectPr.getPgSz().getW()),
                () -> assertEquals(BigInteger.valueOf(16838), sectPr.getPgSz().getH()),
                () -> assertEquals(BigInteger.valueOf(1134), sectPr.getPgMar().getTop(), "top 20 mm"),
                () -> assertEquals(BigInteger.valueOf(1134), sectPr.getPgMar().getBottom(), "bottom 20 mm"),
                () -> assertEquals(BigInteger.valueOf(1701), sectPr.getPgMar().getLeft(), "left 30 mm"),
                () -> assertEquals(BigInteger.valueOf(850), sectPr.getPgMar().getRight(), "right 15 mm"),
                () -> assertTrue(sectPr.getTitlePg() != null && sectPr.getTitlePg().isVal(), "titlePg"));

        HeaderFooterPolicy headers = sections.get(0).getHeaderFooterPolicy();
        String pageHeader = org.docx4j.XmlUtils.marshaltoString(headers.getDefaultHeader().getJaxbElement());
        String firstHeader = org.docx4j.XmlUtils.marshaltoString(headers.getFirstHeader().getJaxbElement());
        assertTrue(pageHeader.matches("(?s).*<w:instrText[^>]*> PAGE </w:instrText>.*"), pageHeader);
        assertTrue(pageHeader.contains("w:fldCharType=\"begin\"") && pageHeader.contains("w:fldCharType=\"end\""));
        assertTrue(pageHeader.contains("w:val=\"CvPageNumber\""));
        assertFalse(firstHeader.contains("PAGE"), "page 1 shows no number");
    }

    @Test
    void stylesAreNamedTimesNewRomanAndTheDefaultsAreVietnameseFourteenPoint() throws Exception {
        try (XWPFDocument docx = open(seed)) {
            for (String id : List.of("CvBody", "CvIssuer", "CvMotto", "CvNational", "CvNumber", "CvPlaceDate", "CvExcerpt",
                    "CvTypeTitle", "CvRecipients", "CvSignature", "CvSignerName", "CvNoiNhanLabel", "CvNoiNhan",
                    "CvTable", "CvTableHeader")) {
                XWPFStyle style = docx.getStyles().getStyle(id);
                assertNotNull(style, id);
                assertTimesNewRoman(style.getCTStyle().getRPr().getRFontsArray(0), id);
            }
            var defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertTimesNewRoman(defaults.getRFontsArray(0), "docDefaults");
            assertEquals(BigInteger.valueOf(28), defaults.getSzArray(0).getVal());
            assertEquals("vi-VN", defaults.getLangArray(0).getVal());

            var body = docx.getStyles().getStyle("CvBody").getCTStyle().getPPr();
            assertAll("CvBody",
                    () -> assertEquals("both", body.getJc().getVal().toString()),
                    () -> assertEquals(BigInteger.valueOf(567), body.getInd().getFirstLine(), "10 mm first line"),
                    () -> assertEquals(BigInteger.valueOf(120), body.getSpacing().getAfter(), "6 pt after"),
                    () -> assertEquals(BigInteger.valueOf(240), body.getSpacing().getLine()),
                    () -> assertEquals("auto", body.getSpacing().getLineRule().toString()));
        }
    }

    @Test
    void everyParagraphHasACvStyleAndNoRunNamesAnotherFontOrSize() throws IOException {
        try (XWPFDocument docx = open(seed)) {
            List<XWPFParagraph> all = allParagraphs(docx);
            Map<String, Long> styles = all.stream().collect(Collectors.groupingBy(
                    p -> String.valueOf(p.getStyleID()), Collectors.counting()));
            assertTrue(styles.keySet().stream().allMatch(s -> s.startsWith("Cv")), styles.toString());
            assertEquals(6, styles.get("CvBody"), "six body paragraphs");
            assertEquals(5, styles.get("CvNoiNhan"), "five Nơi nhận entries");
            for (XWPFParagraph p : all) {
                for (var run : p.getRuns()) {
                    CTRPr rPr = run.getCTR().getRPr();
                    assertTrue(rPr == null || (rPr.sizeOfRFontsArray() == 0 && rPr.sizeOfSzArray() == 0),
                            "direct font or size on \"" + run.text() + "\"");
                }
            }
        }
    }

    @Test
    void headerIsABorderlessFixedTableOfFortyAndSixtyPercent() throws IOException {
        try (XWPFDocument docx = open(seed)) {
            IBodyElement firstElement = docx.getBodyElements().get(0);
            XWPFTable header = assertInstanceOf(XWPFTable.class, firstElement);
            CTTblBorders borders = header.getCTTbl().getTblPr().getTblBorders();
            for (CTBorder b : List.of(borders.getTop(), borders.getLeft(), borders.getBottom(), borders.getRight(),
                    borders.getInsideH(), borders.getInsideV())) {
                assertEquals(STBorder.NONE, b.getVal());
            }
            assertEquals(STTblLayoutType.FIXED, header.getCTTbl().getTblPr().getTblLayout().getType());
            var grid = header.getCTTbl().getTblGrid().getGridColList();
            assertEquals(BigInteger.valueOf(3742), grid.get(0).getW(), "40 % of 165 mm");
            assertEquals(BigInteger.valueOf(5613), grid.get(1).getW(), "60 % of 165 mm");

            XWPFTableRow first = header.getRow(0);
            assertEquals(List.of("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT"), texts(first.getCell(0), "CvIssuer"));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), texts(first.getCell(1), "CvNational"));
            assertEquals(List.of("Độc lập - Tự do - Hạnh phúc"), texts(first.getCell(1), "CvMotto"));
            XWPFTableRow second = header.getRow(1);
            assertEquals(List.of("Số: 6174/UBND-VX"), texts(second.getCell(0), "CvNumber"));
            assertEquals(List.of("V/v đảm bảo an toàn thông tin\nkhi sử dụng thư điện tử công vụ"), texts(second.getCell(0), "CvExcerpt"),
                    "broken where the PDF breaks it");
            assertEquals(List.of("Phan Thiết, ngày 21 tháng 8 năm 2019"), texts(second.getCell(1), "CvPlaceDate"));
        }
    }

    @Test
    void linesUnderIssuerAndMottoAreShortCentredParagraphBorders() throws IOException {
        try (XWPFDocument docx = open(seed)) {
            XWPFTable header = docx.getTables().get(0);
            var issuerRule = lastParagraph(header.getRow(0).getCell(0));
            var mottoRule = lastParagraph(header.getRow(0).getCell(1));
            for (XWPFParagraph rule : List.of(issuerRule, mottoRule)) {
                assertEquals("CvRule", rule.getStyleID());
                assertEquals("", rule.getText());
                var ind = rule.getCTPPr().getInd();
                assertEquals(ind.getLeft(), ind.getRight(), "centred");
            }
            // the motto line is as long as the motto (about 60 mm at 14 pt bold), the issuer's a third of its longer
            // line; the issuer's cell keeps 108 twips (1.9 mm) on each side, as the PDF's left column does
            double mottoLine = 99 - 2 * mm(mottoRule.getCTPPr().getInd().getLeft());
            double issuerLine = 66 - 2 * mm(108) - 2 * mm(issuerRule.getCTPPr().getInd().getLeft());
            assertEquals(60.5, mottoLine, 1.0);
            assertEquals(57.6 / 3, issuerLine, 1.0);
        }
    }

    @Test
    void allTheTextOfTheInputIsThereExactlyInNfc() throws IOException {
        OfficialDocument doc = DocumentFixtures.seed();
        try (XWPFDocument docx = open(seed)) {
            List<String> texts = allParagraphs(docx).stream().map(XWPFParagraph::getText).toList();
            List<String> expected = new ArrayList<>(List.of(
                    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "Số: 6174/UBND-VX",
                    "V/v đảm bảo an toàn thông tin\nkhi sử dụng thư điện tử công vụ",
                    "Phan Thiết, ngày 21 tháng 8 năm 2019",
                    "Kính gửi:\t- Các cơ quan, đơn vị thuộc UBND thành phố;",
                    "- UBND các phường, xã.",
                    "Nơi nhận:",
                    "- Như trên;", "- CT, PCT. UBND tp;", "- Mặt trận và các đoàn thể tp;", "- Lãnh đạo, chuyên viên VP;",
                    "- Lưu: VT, QTM, VX (L).",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Thông"));
            doc.paragraphs().forEach(p -> expected.add(p.text()));
            for (String e : expected) {
                assertTrue(texts.contains(e), "missing: " + e);
            }
            assertTrue(texts.stream().allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC)));
            // bold runs of item 3 stay bold, and only they
            XWPFParagraph item3 = allParagraphs(docx).stream().filter(p -> p.getText().startsWith("3. ")).findFirst().orElseThrow();
            List<String> bold = item3.getRuns().stream().filter(r -> Boolean.TRUE.equals(r.isBold())).map(r -> r.text()).toList();
            assertEquals(List.of("Hộp thư đã gửi", "có thời gian gửi từ ngày 31/12/2017 trở về trước"), bold);
        }
    }

    @Test
    void decomposedInputIsWrittenComposed(@TempDir Path out) throws IOException {
        OfficialDocument seedDoc = DocumentFixtures.seed();
        String nfd = Normalizer.normalize("Phổ biến rộng rãi đến cán bộ, công chức", Normalizer.Form.NFD);
        OfficialDocument doc = DocumentFixtures.withBody(seedDoc, List.of(Paragraph.of(nfd)));
        Path file = out.resolve("nfd.docx");
        new DocxWriter().write(doc, file);
        try (XWPFDocument docx = open(file)) {
            assertTrue(allParagraphs(docx).stream().anyMatch(p -> p.getText().equals("Phổ biến rộng rãi đến cán bộ, công chức")
                    && Normalizer.isNormalized(p.getText(), Normalizer.Form.NFC)));
        }
    }

    @Test
    void reportTableRepeatsItsHeaderRowAndNoRowBreaksAcrossPages() throws IOException {
        try (XWPFDocument docx = open(report)) {
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRows().size() == 61).findFirst().orElseThrow();
            XWPFTableRow header = table.getRow(0);
            assertTrue(onOff(header.getCtRow().getTrPr(), "tblHeader"), "header row repeats");
            assertEquals(List.of("STT", "Đơn vị", "Yêu cầu", "Thời hạn", "Tình hình thực hiện"),
                    header.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(header.getCell(0).getParagraphs().get(0).getStyleID().equals("CvTableHeader"));
            for (int i = 1; i < table.getRows().size(); i++) {
                XWPFTableRow row = table.getRow(i);
                assertTrue(onOff(row.getCtRow().getTrPr(), "cantSplit"), "row " + i + " may not split");
                assertFalse(onOff(row.getCtRow().getTrPr(), "tblHeader"), "row " + i + " is no header");
            }
            assertEquals(DocumentFixtures.report().body().stream().filter(Table.class::isInstance).map(Table.class::cast)
                    .findFirst().orElseThrow().rows().get(59), table.getRow(60).getTableCells().stream().map(XWPFTableCell::getText).toList());
            CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
            assertEquals(STBorder.SINGLE, borders.getInsideH().getVal());
            assertEquals(BigInteger.valueOf(4), borders.getInsideH().getSz(), "0.5 pt");
        }
    }

    @Test
    void reportHasItsTypeTitleExcerptAndAFooterKeptTogether() throws IOException {
        try (XWPFDocument docx = open(report)) {
            List<XWPFParagraph> top = docx.getParagraphs();
            assertEquals("BÁO CÁO", top.stream().filter(p -> "CvTypeTitle".equals(p.getStyleID())).findFirst().orElseThrow().getText());
            assertEquals("Kết quả thực hiện Công văn số 6174/UBND-VX về đảm\nbảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                    top.stream().filter(p -> "CvTitleExcerpt".equals(p.getStyleID())).findFirst().orElseThrow().getText());
            assertEquals("Kính gửi: Sở Thông tin và Truyền thông tỉnh Bình Thuận.",
                    top.stream().filter(p -> "CvRecipients".equals(p.getStyleID())).findFirst().orElseThrow().getText());
            assertTrue(allParagraphs(docx).stream().anyMatch(p -> p.getText().equals("Số: 05/BC-UBND")), "number padded");
            assertTrue(allParagraphs(docx).stream().anyMatch(p -> p.getText().equals("UBND TỈNH BÌNH THUẬN")
                    && "CvParentIssuer".equals(p.getStyleID())));

            XWPFTable footer = docx.getTables().get(docx.getTables().size() - 1);
            assertEquals(1, footer.getRows().size());
            assertTrue(onOff(footer.getRow(0).getCtRow().getTrPr(), "cantSplit"));
            assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Một"),
                    footer.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList());
            for (String style : List.of("CvNoiNhanLabel", "CvNoiNhan", "CvSignature")) {
                assertTrue(docx.getStyles().getStyle(style).getCTStyle().getPPr().isSetKeepNext(), style + " keeps with next");
            }
        }
    }

    @Test
    void corePropertiesNameTitleCreatorAndLanguage() throws IOException {
        try (XWPFDocument docx = open(seed)) {
            var core = docx.getProperties().getCoreProperties();
            assertEquals("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", core.getTitle());
            assertEquals(DocumentFixtures.ISSUER, core.getCreator());
            assertEquals("vi-VN", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        }
    }

    @Test
    void aDocumentWithoutIssuerIsRefusedAndNothingIsLeftBehind(@TempDir Path out) throws IOException {
        OfficialDocument s = DocumentFixtures.seed();
        OfficialDocument noIssuer = new OfficialDocument(s.parentIssuer(), " ", s.numberSymbol(), s.place(), s.date(),
                s.type(), s.subject(), s.recipients(), s.body(), s.signer(), s.distribution(), s.contact());
        Path file = out.resolve("x.docx");
        InputException e = assertThrows(InputException.class, () -> new DocxWriter().write(noIssuer, file));
        assertTrue(e.getMessage().contains("tên cơ quan ban hành") && e.getMessage().contains("x.docx"), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void rewritingReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path out) throws IOException {
        Path file = out.resolve("cv.docx");
        Files.writeString(file, "old content");
        new DocxWriter().write(DocumentFixtures.seed(), file);
        try (XWPFDocument docx = open(file)) {
            assertFalse(docx.getParagraphs().isEmpty());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList());
        }
        InputException e = assertThrows(InputException.class,
                () -> new DocxWriter().write(DocumentFixtures.seed(), out.resolve("no-such-folder/cv.docx")));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    @Test
    void aStreamReceivesTheSameDocxAsTheFileAndStaysOpen() throws Exception {
        CallerStream out = new CallerStream();
        new DocxWriter().write(DocumentFixtures.seed(), out);
        assertFalse(out.closed, "the caller owns the stream");
        SectPr sectPr = WordprocessingMLPackage.load(new ByteArrayInputStream(out.toByteArray()))
                .getDocumentModel().getSections().get(0).getSectPr();
        assertEquals(BigInteger.valueOf(11906), sectPr.getPgSz().getW(), "A4 width");
        assertEquals(BigInteger.valueOf(16838), sectPr.getPgSz().getH(), "A4 height");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                    docx.getProperties().getCoreProperties().getTitle());
            assertTrue(allParagraphs(docx).stream().anyMatch(p -> p.getText().equals("Số: 6174/UBND-VX")), "number line");
        }
        CallerStream.assertSameParts(Files.readAllBytes(seed), out.toByteArray());
    }

    @Test
    void aDocumentWithoutIssuerIsRefusedBeforeAnythingReachesTheStream() {
        OfficialDocument s = DocumentFixtures.seed();
        OfficialDocument noIssuer = new OfficialDocument(s.parentIssuer(), " ", s.numberSymbol(), s.place(), s.date(),
                s.type(), s.subject(), s.recipients(), s.body(), s.signer(), s.distribution(), s.contact());
        CallerStream out = new CallerStream();
        InputException e = assertThrows(InputException.class, () -> new DocxWriter().write(noIssuer, out));
        assertTrue(e.getMessage().contains("tên cơ quan ban hành"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aDraftKeepsRoomForItsNumber() {
        assertEquals("Số:      /BC-UBND", DocumentLines.numberLine(new NumberSymbol("", "BC-UBND")));
        assertEquals("Số: 05/BC-UBND", DocumentLines.numberLine(new NumberSymbol("5", "BC-UBND")));
        assertEquals("Số: 6174/UBND-VX", DocumentLines.numberLine(new NumberSymbol("6174", "UBND-VX")));
    }

    // --- helpers ----------------------------------------------------------------------------------

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Paragraphs in reading order, inside tables too. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument docx) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : docx.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs())));
            }
        }
        return out;
    }

    private static List<String> texts(XWPFTableCell cell, String style) {
        return cell.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph lastParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(cell.getParagraphs().size() - 1);
    }

    private static boolean onOff(CTTrPr trPr, String name) {
        if (trPr == null) {
            return false;
        }
        return switch (name) {
            case "tblHeader" -> trPr.sizeOfTblHeaderArray() > 0;
            case "cantSplit" -> trPr.sizeOfCantSplitArray() > 0;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void assertTimesNewRoman(CTFonts fonts, String where) {
        assertAll(where,
                () -> assertEquals(TNR, fonts.getAscii()),
                () -> assertEquals(TNR, fonts.getHAnsi()),
                () -> assertEquals(TNR, fonts.getCs()),
                () -> assertEquals(TNR, fonts.getEastAsia()));
    }

    private static double mm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() * 25.4 / 1440;
    }

    private static <T> T assertInstanceOf(Class<T> type, Object o) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(type, o);
    }
}
