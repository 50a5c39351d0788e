package vn.congvan.render;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxFormatCheckerTest {

    @TempDir
    static Path dir;
    private static Path seed;

    @BeforeAll
    static void writeSeed() {
        seed = dir.resolve("seed.docx");
        new DocxWriter().write(DocumentFixtures.seed(), seed);
    }

    @Test
    void everythingDocxWriterWritesPasses() {
        OfficialDocument s = DocumentFixtures.seed();
        Map<String, OfficialDocument> docs = Map.of(
                "seed", s,
                "report", DocumentFixtures.report(),
                "draft", new OfficialDocument("UBND TỈNH BÌNH THUẬN", s.issuer(), new NumberSymbol("", "UBND-VX"), s.place(),
                        java.time.LocalDate.of(2020, 1, 5), s.type(), s.subject(), List.of("UBND phường Đức Thắng"), s.body(),
                        new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn Một"), s.distribution(), null),
                "unnumbered notice", new OfficialDocument(null, "Phòng Văn hóa và Thông tin", null, "Phan Thiết",
                        java.time.LocalDate.of(2020, 2, 29), vn.congvan.model.DocumentType.THONG_BAO,
                        "Lịch kiểm tra hộp thư công vụ", DocumentFixtures.UNITS.subList(0, 4), s.body(),
                        new Signer(List.of("KT. TRƯỞNG PHÒNG"), "PHÓ TRƯỞNG PHÒNG", "Trần Thị Hai"), List.of("Như trên", "Lưu: VT"), null));
        docs.forEach((name, doc) -> {
            Path file = dir.resolve(name + "-all.docx");
            new DocxWriter().write(doc, file);
            List<RuleResult> results = new DocxFormatChecker().check(file);
            assertEquals(List.of(DecreeRule.values()), results.stream().map(RuleResult::rule).toList());
            assertEquals(List.of(), results.stream().filter(r -> !r.ok()).toList(), name);
        });
    }

    @Test
    void seedDetailsTellWhatWasFound() {
        Map<DecreeRule, String> details = new DocxFormatChecker().check(seed).stream()
                .collect(Collectors.toMap(RuleResult::rule, RuleResult::detail));
        assertEquals("Lề trên 20,0 mm, dưới 20,0 mm, trái 30,0 mm, phải 15,0 mm.", details.get(DecreeRule.MARGINS));
        assertEquals("Số, ký hiệu “Số: 6174/UBND-VX” đúng thể thức.", details.get(DecreeRule.NUMBER));
        assertEquals("Địa danh, ngày tháng “Phan Thiết, ngày 21 tháng 8 năm 2019” in nghiêng, cỡ 14.", details.get(DecreeRule.DATE));
        assertEquals("Họ tên người ký “Võ Văn Thông” in đậm.", details.get(DecreeRule.SIGNER_NAME));
        assertEquals("Nơi nhận đúng thể thức (5 mục).", details.get(DecreeRule.DISTRIBUTION));
    }

    /** A clerk's document typed in Arial with 2 cm margins all round, otherwise in the decree's format. */
    @Test
    void arialWithTwoCentimetreMarginsFailsOnFontAndMarginsOnly() throws Exception {
        Path file = dir.resolve("arial-2cm.docx");
        writeArialTwoCentimetres(file);

        List<RuleResult> results = new DocxFormatChecker().check(file);
        Map<DecreeRule, RuleResult> byRule = results.stream().collect(Collectors.toMap(RuleResult::rule, r -> r));
        assertEquals(Set.of(DecreeRule.FONT, DecreeRule.MARGINS), failed(results), results.toString());
        assertEquals("Căn lề sai: lề trái 20,0 mm, phải từ 30 đến 35 mm.", byRule.get(DecreeRule.MARGINS).detail());
        assertTrue(byRule.get(DecreeRule.FONT).detail().contains("phông Arial"), byRule.get(DecreeRule.FONT).detail());
    }

    @Test
    void numberWithSpacesAsInTheScannedSeedIsFlagged() throws Exception {
        Path file = mutate("spaced-number", pkg -> replaceText(pkg, "Số: 6174/UBND-VX", "Số: 6174 /UBND-VX"));
        List<RuleResult> results = new DocxFormatChecker().check(file);
        assertEquals(Set.of(DecreeRule.NUMBER), failed(results));
        assertTrue(detail(results, DecreeRule.NUMBER).contains("dấu cách thừa"), detail(results, DecreeRule.NUMBER));
    }

    @Test
    void numberBelowTenWithoutLeadingZeroIsFlagged() throws Exception {
        Path file = mutate("unpadded-number", pkg -> replaceText(pkg, "Số: 6174/UBND-VX", "Số: 5/UBND-VX"));
        assertEquals(Set.of(DecreeRule.NUMBER), failed(new DocxFormatChecker().check(file)));
    }

    @Test
    void dateWithoutTheDecreesZeroPaddingIsFlagged() throws Exception {
        Path file = mutate("bad-date", pkg -> replaceText(pkg, "Phan Thiết, ngày 21 tháng 8 năm 2019",
                "Phan Thiết, ngày 5 tháng 08 năm 2019"));
        List<RuleResult> results = new DocxFormatChecker().check(file);
        assertEquals(Set.of(DecreeRule.DATE), failed(results));
        assertTrue(detail(results, DecreeRule.DATE).contains("ngày nhỏ hơn 10 phải có số 0")
                && detail(results, DecreeRule.DATE).contains("tháng từ 3 trở đi"), detail(results, DecreeRule.DATE));
    }

    @Test
    void mottoWithDashesIsFlagged() throws Exception {
        Path file = mutate("dash-motto", pkg -> replaceText(pkg, "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"));
        assertEquals(Set.of(DecreeRule.MOTTO), failed(new DocxFormatChecker().check(file)));
    }

    @Test
    void pageNumberOnTheFirstPageIsFlagged() throws Exception {
        Path file = mutate("numbered-first-page", pkg -> pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr().setTitlePg(null));
        List<RuleResult> results = new DocxFormatChecker().check(file);
        assertEquals(Set.of(DecreeRule.PAGE_NUMBERS), failed(results));
    }

    @Test
    void aFileThatIsNoWordDocumentIsAnInputError() throws Exception {
        Path file = dir.resolve("not-word.docx");
        Files.writeString(file, "Kính gửi: UBND các phường, xã.");
        InputException e = assertThrows(InputException.class, () -> new DocxFormatChecker().check(file));
        assertTrue(e.getMessage().contains("not-word.docx"), e.getMessage());
        assertThrows(InputException.class, () -> new DocxFormatChecker().check(dir.resolve("missing.docx")));
    }

    // --- documents for the checker ----------------------------------------------------------------

    /** Our seed, changed by {@code change}, saved under a new name. */
    private static Path mutate(String name, Consumer<WordprocessingMLPackage> change) throws Exception {
        return DocxEdits.changed(seed, dir.resolve(name + ".docx"), change);
    }

    private static void replaceText(WordprocessingMLPackage pkg, String from, String to) {
        DocxEdits.replaceText(pkg, from, to);
    }

    /**
     * Built with POI from nothing, as another program would: Arial in the document defaults and on
     * some runs, sizes set on the runs, margins of 2 cm, the header and the footer as tables, a PAGE
     * field from page 2 on.
     */
    private static void writeArialTwoCentimetres(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            CTFonts arial = CTFonts.Factory.newInstance();
            arial.setAscii("Arial");
            arial.setHAnsi("Arial");
            arial.setCs("Arial");
            arial.setEastAsia("Arial");
            doc.createStyles().setDefaultFonts(arial);

            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = sect.addNewPgMar();
            BigInteger twoCm = BigInteger.valueOf(1134);
            margins.setTop(twoCm);
            margins.setBottom(twoCm);
            margins.setLeft(twoCm);
            margins.setRight(twoCm);
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));

            XWPFHeader pageHeader = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph number = pageHeader.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            CTSimpleField page = number.getCTP().addNewFldSimple();
            page.setInstr(" PAGE ");
            var pageRun = page.addNewR();
            pageRun.addNewRPr().addNewSz().setVal(BigInteger.valueOf(28));
            pageRun.addNewT().setStringValue("2");
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();
            if (!sect.isSetTitlePg()) {
                sect.addNewTitlePg();
            }

            XWPFTable header = doc.createTable(1, 2);
            header.removeBorders();
            XWPFTableCell left = header.getRow(0).getCell(0);
            line(left.getParagraphs().get(0), "ỦY BAN NHÂN DÂN", 13, true, false, false);
            line(left.addParagraph(), "THÀNH PHỐ PHAN THIẾT", 13, true, false, false);
            line(left.addParagraph(), "Số: 6174/UBND-VX", 13, false, false, true);
            line(left.addParagraph(), "V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", 12, false, false, false);
            XWPFTableCell right = header.getRow(0).getCell(1);
            line(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false, false);
            line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 14, true, false, true);
            line(right.addParagraph(), "Phan Thiết, ngày 21 tháng 8 năm 2019", 14, false, true, false);

            line(doc.createParagraph(), "Kính gửi: UBND các phường, xã.", 14, false, false, false);
            DocumentFixtures.seed().paragraphs().forEach(p -> line(doc.createParagraph(), p.text(), 14, false, false, true));

            XWPFTable footer = doc.createTable(1, 2);
            footer.removeBorders();
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            line(recipients.getParagraphs().get(0), "Nơi nhận:", 12, true, true, false);
            line(recipients.addParagraph(), "- Như trên;", 11, false, false, false);
            line(recipients.addParagraph(), "- Lưu: VT, VX.", 11, false, false, true);
            XWPFTableCell signature = footer.getRow(0).getCell(1);
            line(signature.getParagraphs().get(0), "KT. CHỦ TỊCH", 14, true, false, false);
            line(signature.addParagraph(), "PHÓ CHỦ TỊCH", 14, true, false, false);
            line(signature.addParagraph(), "Võ Văn Thông", 14, true, false, true);
            doc.write(out);
        }
    }

    /** One run; {@code namedArial} names the font on the run, else it comes from the defaults. */
    private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean namedArial) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (namedArial) {
            run.setFontFamily("Arial");
        }
    }

    private static Set<DecreeRule> failed(List<RuleResult> results) {
        return results.stream().filter(r -> !r.ok()).map(RuleResult::rule).collect(Collectors.toSet());
    }

    private static String detail(List<RuleResult> results, DecreeRule rule) {
        return results.stream().filter(r -> r.rule() == rule).findFirst().orElseThrow().detail();
    }
}
