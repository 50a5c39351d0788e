package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;
import vn.congvan.text.Messages;

class PdfFormatCheckerTest {
    private static final float MM = PdfProbe.MM;
    private static final Messages MESSAGES = Messages.of(PdfFormatChecker.class);
    private static final List<DecreeRule> RULES = List.of(DecreeRule.values());

    @TempDir
    Path dir;

    @Test
    void everythingThePdfWriterWritesPasses() throws IOException {
        OfficialDocument invitation = new OfficialDocument(null, "UBND PHƯỜNG ĐỨC THẮNG", new NumberSymbol("5", "GM-UBND"), "Đức Thắng",
                LocalDate.of(2020, 2, 5), DocumentType.GIAY_MOI, "Họp giao ban tháng 02/2020",
                List.of("Công chức các bộ phận chuyên môn"), List.of(Paragraph.of("Kính mời dự họp giao ban lúc 7 giờ 30 phút ngày "
                + "07/02/2020 tại Hội trường UBND phường. Đề nghị các đồng chí chuẩn bị báo cáo kết quả công tác tháng 01/2020./.")),
                new Signer(List.of(), "CHỦ TỊCH", "Trần Thị Bình"), List.of("Như trên", "Lưu: VT"), null);
        for (OfficialDocument doc : List.of(DocumentFixtures.seed(), DocumentFixtures.draftReport(), invitation)) {
            Path pdf = dir.resolve(doc.type().name() + ".pdf");
            new PdfWriter().write(doc, pdf);
            Map<DecreeRule, RuleResult> results = byRule(new PdfFormatChecker().check(pdf));
            assertEquals(RULES.size(), results.size());
            for (RuleResult r : results.values()) {
                assertTrue(r.ok(), doc.type() + " " + r.rule() + ": " + r.detail());
                assertFalse(r.detail().isBlank());
            }
        }
    }

    @Test
    void aBadlyMadePdfFailsTheRulesItBreaks() throws IOException {
        Path pdf = badlyMade();
        Map<DecreeRule, RuleResult> results = byRule(new PdfFormatChecker().check(pdf));
        // The national name is right (capitals, 13, bold) even in the wrong font; everything else is wrong.
        for (DecreeRule rule : RULES) {
            RuleResult r = results.get(rule);
            assertEquals(rule == DecreeRule.NATIONAL_NAME, r.ok(), rule + ": " + r.detail());
        }
        assertTrue(detail(results, DecreeRule.PAPER).contains("215,9 × 279,4"), detail(results, DecreeRule.PAPER));
        assertTrue(detail(results, DecreeRule.MARGINS).contains("trái 10,0 mm"), detail(results, DecreeRule.MARGINS));
        assertTrue(detail(results, DecreeRule.FONT).contains("LiberationSans") && detail(results, DecreeRule.FONT).contains("Helvetica"),
                detail(results, DecreeRule.FONT));
        assertTrue(detail(results, DecreeRule.PAGE_NUMBERS).contains("trang 1 có số trang"), detail(results, DecreeRule.PAGE_NUMBERS));
        assertTrue(detail(results, DecreeRule.PAGE_NUMBERS).contains("trang 2 không có số trang"), detail(results, DecreeRule.PAGE_NUMBERS));
        assertTrue(detail(results, DecreeRule.MOTTO).contains("Độc lập – Tự do – Hạnh phúc"), detail(results, DecreeRule.MOTTO));
        assertTrue(detail(results, DecreeRule.ISSUER).contains("Ủy ban nhân dân phường Đức Thắng"), detail(results, DecreeRule.ISSUER));
        assertTrue(detail(results, DecreeRule.NUMBER).contains("Số: 5/UBND"), detail(results, DecreeRule.NUMBER));
        assertTrue(detail(results, DecreeRule.DATE).contains("ngày 05 tháng 02 năm 2020"), detail(results, DecreeRule.DATE));
        assertTrue(detail(results, DecreeRule.BODY_SIZE).contains("cỡ chữ 10"), detail(results, DecreeRule.BODY_SIZE));
        assertTrue(detail(results, DecreeRule.DISTRIBUTION).contains("\"- Như trên\" phải kết thúc bằng \";\""), detail(results, DecreeRule.DISTRIBUTION));
        assertTrue(detail(results, DecreeRule.DISTRIBUTION).contains("\"- Lưu: VT\" phải kết thúc bằng \".\""), detail(results, DecreeRule.DISTRIBUTION));
        assertTrue(detail(results, DecreeRule.SIGNER_NAME).contains("Trần Văn Bình"), detail(results, DecreeRule.SIGNER_NAME));
    }

    @Test
    void aPdfWithoutTextSaysWhatItCannotCheck() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(pdf.toFile());
        }
        Map<DecreeRule, RuleResult> results = byRule(new PdfFormatChecker().check(pdf));
        assertTrue(results.get(DecreeRule.PAPER).ok());
        for (DecreeRule rule : RULES.subList(1, RULES.size())) {
            assertFalse(results.get(rule).ok(), rule.name());
            assertEquals(MESSAGES.get("check.noText"), results.get(rule).detail());
        }
    }

    @Test
    void aFileThatIsNoPdfIsAnInputError() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("cong-van.pdf"), "Đây không phải PDF");
        InputException e = assertThrows(InputException.class, () -> new PdfFormatChecker().check(notPdf));
        assertTrue(e.getMessage().contains("cong-van.pdf"), e.getMessage());
        Path missing = dir.resolve("khong-co.pdf");
        assertTrue(assertThrows(InputException.class, () -> new PdfFormatChecker().check(missing)).getMessage().contains("khong-co.pdf"));
    }

    // --- a PDF made the wrong way on purpose: Letter paper, sans-serif fonts, 10 mm left margin

    private Path badlyMade() throws IOException {
        Path pdf = dir.resolve("bad.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont sans = sans(doc, "Regular");
            PDFont bold = sans(doc, "Bold");
            PDFont italic = sans(doc, "Italic");
            PDFont boldItalic = sans(doc, "BoldItalic");
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage first = new PDPage(PDRectangle.LETTER);
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                float h = first.getMediaBox().getHeight();
                text(cs, h, sans, 14, 105, 12, "1");
                text(cs, h, bold, 13, 10, 25, "Ủy ban nhân dân phường Đức Thắng");
                text(cs, h, bold, 13, 100, 25, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text(cs, h, bold, 14, 112, 31, "Độc lập – Tự do – Hạnh phúc");
                text(cs, h, sans, 13, 20, 45, "Số: 5/UBND");
                text(cs, h, italic, 14, 105, 45, "Phan Thiết, ngày 5 tháng 2 năm 2020");
                for (int i = 0; i < 12; i++) {
                    text(cs, h, helvetica, 10, 10, 60 + 5 * i,
                            "Thuc hien cong van so 707 cua So Thong tin va Truyen thong ve viec dam bao an toan thong tin khi su dung thu "
                                    + "dien tu cong vu.");
                }
                text(cs, h, boldItalic, 12, 10, 150, "Nơi nhận:");
                text(cs, h, sans, 11, 10, 155, "- Như trên");
                text(cs, h, sans, 11, 10, 160, "- Lưu: VT");
                text(cs, h, bold, 14, 130, 150, "CHỦ TỊCH");
                text(cs, h, sans, 14, 130, 190, "Trần Văn Bình");
            }
            PDPage second = new PDPage(PDRectangle.LETTER);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                text(cs, second.getMediaBox().getHeight(), helvetica, 10, 10, 30, "Trang hai khong co so trang.");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static PDFont sans(PDDocument doc, String face) throws IOException {
        try (InputStream in = PdfFormatCheckerTest.class.getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    /** Text with its baseline {@code yMm} below the top edge, starting {@code xMm} from the left. */
    private static void text(PDPageContentStream cs, float pageHeight, PDFont font, float size, float xMm, float yMm, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(xMm * MM, pageHeight - yMm * MM);
        cs.showText(s);
        cs.endText();
    }

    /** The results by rule, checking that there is one per rule in the rules' order. */
    private static Map<DecreeRule, RuleResult> byRule(List<RuleResult> results) {
        assertEquals(RULES, results.stream().map(RuleResult::rule).toList(), "one result per rule, in order");
        Map<DecreeRule, RuleResult> byRule = new LinkedHashMap<>();
        results.forEach(r -> byRule.put(r.rule(), r));
        return byRule;
    }

    private static String detail(Map<DecreeRule, RuleResult> results, DecreeRule rule) {
        return results.get(rule).detail();
    }
}
