package vn.congvan.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Reference;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF laid out the way other office software writes one, not as our writer does: header columns
 * set so close that only a word space stands between them, rules typed as dashes and underscores,
 * every word placed on its own without space glyphs, justified lines, paragraphs told apart by their
 * first-line indent alone, a bold made by stroking the regular face, and the signature block above
 * "Nơi nhận".
 */
class OfficePdfTest {
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 85;
    private static final float RIGHT = 552;
    private static final float PITCH = 18;

    @TempDir
    Path dir;

    /** A word and how it is set. */
    private record Word(String text, PDFont font, boolean stroked) {
    }

    @Test
    void aPdfOfAnotherProducerReadsAsTheDispatchPrinted() throws IOException {
        Path file = dir.resolve("214-STTTT-BCVT.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont regular = font(pdf, "Regular");
            PDFont bold = font(pdf, "Bold");
            PDFont italic = font(pdf, "Italic");
            PDFont boldItalic = font(pdf, "BoldItalic");
            try (PDPageContentStream page1 = new PDPageContentStream(pdf, page)) {
                Drawing d = new Drawing(page1);
                // Header: the left column centred at 172; the national name starts 7 pt after the parent body.
                float leftCentre = 172;
                float parentEnd = leftCentre + regular.getStringWidth("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN") / 1000 * 12 / 2;
                float rightCentre = parentEnd + 7 + bold.getStringWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") / 1000 * 12 / 2;
                d.centred("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", regular, 12, leftCentre, 60);
                d.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 12, rightCentre, 60);
                d.centred("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bold, 12, leftCentre, 75);
                d.centred("Độc lập - Tự do - Hạnh phúc", bold, 13, rightCentre, 75);
                d.centred("-----------", regular, 12, leftCentre, 88);
                d.centred("_______________________", regular, 13, rightCentre, 86);
                d.centred("Số: 214/STTTT-BCVT", regular, 13, leftCentre, 106);
                d.centred("Bình Thuận, ngày 05 tháng 3 năm 2020", italic, 13, rightCentre, 106);
                d.centred("V/v triển khai sao lưu dữ liệu", regular, 12, leftCentre, 124);
                d.centred("thư điện tử công vụ", regular, 12, leftCentre, 138);

                d.words(List.of(new Word("Kính", regular, false), new Word("gửi:", regular, false)), LEFT, 172, 13, 3.5f);
                d.words(words("- UBND các huyện, thị xã, thành phố;", regular, false), LEFT + 60, 190, 13, 3.5f);
                d.words(words("- Các sở, ban, ngành.", regular, false), LEFT + 60, 208, 13, 3.5f);

                float y = 232;
                y = d.paragraph(words("Thực hiện Kế hoạch số 120/KH-STTTT ngày 26/8/2019 của Sở Thông tin và Truyền thông về "
                        + "sao lưu dữ liệu thư điện tử công vụ, Sở đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:",
                        regular, false), y);
                List<Word> first = new ArrayList<>(words("1. Sao lưu", regular, false));
                first.addAll(words("toàn bộ thư đã gửi", bold, false));
                first.addAll(words("của năm 2019 ra thiết bị lưu trữ của cơ quan trước ngày 20/3/2020.", regular, false));
                y = d.paragraph(first, y);
                List<Word> second = new ArrayList<>(words("2. Báo cáo kết quả về Sở Thông tin và Truyền thông", regular, false));
                second.addAll(words("trước ngày 31/3/2020.", regular, true));
                y = d.paragraph(second, y);
                y = d.paragraph(words("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Bưu chính, Viễn "
                        + "thông và Công nghệ thông tin để được hướng dẫn./.", regular, false), y);

                float signCentre = LEFT + 0.75f * (RIGHT - LEFT);
                d.centred("KT. GIÁM ĐỐC", bold, 13, signCentre, y + 14);
                d.centred("PHÓ GIÁM ĐỐC", bold, 13, signCentre, y + 14 + PITCH);
                d.centred("Nguyễn Văn An", bold, 13, signCentre, y + 14 + 5 * PITCH);
                float list = y + 14 + 6 * PITCH;
                d.words(words("Nơi nhận:", boldItalic, false), LEFT, list, 12, 3);
                d.words(words("- Như trên;", regular, false), LEFT, list + 14, 11, 2.75f);
                d.words(words("- Lưu: VT, BCVT.", regular, false), LEFT, list + 28, 11, 2.75f);
            }
            pdf.save(file.toFile());
        }

        Dispatch dispatch = new DispatchReader().read(file);
        OfficialDocument doc = dispatch.document();

        assertEquals("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", doc.parentIssuer());
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", doc.issuer());
        assertEquals(new NumberSymbol("214", "STTTT-BCVT"), doc.numberSymbol());
        assertEquals("Bình Thuận", doc.place());
        assertEquals(LocalDate.of(2020, 3, 5), doc.date());
        assertEquals(DocumentType.CONG_VAN, doc.type());
        assertEquals("triển khai sao lưu dữ liệu thư điện tử công vụ", doc.subject());
        assertEquals(List.of("UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành"), doc.recipients());
        assertEquals(List.of(
                        Paragraph.of("Thực hiện Kế hoạch số 120/KH-STTTT ngày 26/8/2019 của Sở Thông tin và Truyền thông về sao "
                                + "lưu dữ liệu thư điện tử công vụ, Sở đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:"),
                        new Paragraph(List.of(Run.plain("1. Sao lưu "), new Run("toàn bộ thư đã gửi", true, false),
                                Run.plain(" của năm 2019 ra thiết bị lưu trữ của cơ quan trước ngày 20/3/2020.")), Paragraph.Role.ITEM),
                        new Paragraph(List.of(Run.plain("2. Báo cáo kết quả về Sở Thông tin và Truyền thông "),
                                new Run("trước ngày 31/3/2020.", true, false)), Paragraph.Role.ITEM),
                        Paragraph.of("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Bưu chính, Viễn thông "
                                + "và Công nghệ thông tin để được hướng dẫn./.")),
                doc.body());
        assertEquals(new Signer(List.of("KT. GIÁM ĐỐC"), "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"), doc.signer());
        assertEquals(List.of("Như trên", "Lưu: VT, BCVT"), doc.distribution());

        assertEquals(List.of(LocalDate.of(2020, 3, 20)), dispatch.requirements().get(0).deadlines());
        assertEquals(List.of(LocalDate.of(2020, 3, 31)), dispatch.requirements().get(1).deadlines());
        assertEquals(List.of(new Reference("120/KH-STTTT", LocalDate.of(2019, 8, 26))), dispatch.references());
    }

    private static List<Word> words(String text, PDFont font, boolean stroked) {
        List<Word> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            words.add(new Word(w, font, stroked));
        }
        return words;
    }

    private static PDFont font(PDDocument pdf, String face) throws IOException {
        try (InputStream ttf = OfficePdfTest.class.getResourceAsStream("/liberation/LiberationSerif-" + face + ".ttf")) {
            return PDType0Font.load(pdf, ttf);
        }
    }

    /** Draws text at positions measured from the top of the page, each word on its own. */
    private record Drawing(PDPageContentStream content) {

        void centred(String text, PDFont font, float size, float centre, float baseline) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            show(text, font, size, false, centre - width / 2, baseline);
        }

        /** Words left to right from {@code x}, {@code gap} points apart; no space is drawn. */
        void words(List<Word> words, float x, float baseline, float size, float gap) throws IOException {
            float at = x;
            for (Word w : words) {
                show(w.text(), w.font(), size, w.stroked(), at, baseline);
                at += width(w, size) + gap;
            }
        }

        /**
         * A 13 pt justified paragraph with a 35 pt first-line indent and no space after; returns the
         * baseline of the next line.
         */
        float paragraph(List<Word> words, float baseline) throws IOException {
            float size = 13;
            float space = 3.25f;
            float y = baseline;
            List<Word> line = new ArrayList<>();
            float used = 0;
            float x = LEFT + 35;
            for (Word w : words) {
                float width = width(w, size);
                if (!line.isEmpty() && x + used + space + width > RIGHT) {
                    float spread = (RIGHT - x - used) / (line.size() - 1);
                    words(line, x, y, size, space + spread);
                    line.clear();
                    used = 0;
                    x = LEFT;
                    y += PITCH;
                }
                used += (line.isEmpty() ? 0 : space) + width;
                line.add(w);
            }
            words(line, x, y, size, space);
            return y + PITCH;
        }

        private static float width(Word w, float size) throws IOException {
            return w.font().getStringWidth(w.text()) / 1000 * size;
        }

        private void show(String text, PDFont font, float size, boolean stroked, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setRenderingMode(stroked ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            content.newLineAtOffset(x, PAGE_HEIGHT - baseline);
            content.showText(text);
            content.endText();
        }
    }
}
