package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.text.VietnameseText;

class LineBreakerTest {
    private static final float MM = PdfProbe.MM;
    private static final LineBreaker BREAKER = LineBreaker.standard();

    @TempDir
    Path dir;

    @Test
    void centredHeaderLinesBreakBalancedAndBothFormatsBreakThere() throws IOException {
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHAN THIẾT"),
                TextLine.texts(BREAKER.balanced("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", Face.BOLD, 13, Layout.HEADER_LEFT_TEXT)));
        List<String> excerpt = TextLine.texts(BREAKER.balanced("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                Face.REGULAR, 12, Layout.HEADER_LEFT_TEXT));
        assertEquals(List.of("V/v đảm bảo an toàn thông tin", "khi sử dụng thư điện tử công vụ"), excerpt);

        Path pdf = dir.resolve("seed.pdf");
        Path docx = dir.resolve("seed.docx");
        new PdfWriter().write(DocumentFixtures.seed(), pdf);
        new DocxWriter().write(DocumentFixtures.seed(), docx);
        PdfProbe probe = PdfProbe.read(pdf);
        for (String line : excerpt) {
            assertTrue(probe.lines(0).stream().anyMatch(l -> l.text().equals(line)), line);
        }
        try (XWPFDocument doc = DocxWriterTest.open(docx)) {
            List<String> texts = DocxWriterTest.allParagraphs(doc).stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains(String.join("\n", excerpt)), "the DOCX breaks the excerpt where the PDF does: " + texts);
            assertTrue(texts.contains("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT"), texts.toString());
        }
    }

    @Test
    void greedyLinesAreFirstFit() {
        String text = DocumentFixtures.seed().paragraphs().get(1).text();
        float width = 165 * MM;
        List<TextLine> lines = BREAKER.greedy(List.of(new TextSpan(text, Face.REGULAR, 14)), width - 10 * MM, width);
        assertEquals(9, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            float room = i == 0 ? width - 10 * MM : width;
            assertTrue(line.width() <= room + 0.01f, "line " + i + " fits");
            if (i < lines.size() - 1) {
                TextWord last = line.words().get(line.words().size() - 1);
                float next = lines.get(i + 1).words().get(0).width();
                assertTrue(line.width() + last.gapWidth() + next > room, "line " + i + " could not take the next word");
            }
            assertEquals(i == lines.size() - 1, line.last());
        }
        assertEquals(text, String.join(" ", TextLine.texts(lines)));
    }

    @Test
    void spacesInsideALineAreKeptAndAWordWiderThanTheLineIsCut() {
        assertEquals(List.of("Số:      /BC-UBND"), TextLine.texts(BREAKER.greedy("Số:      /BC-UBND", Face.REGULAR, 13, 100)));
        String word = "a".repeat(100);
        List<TextLine> cut = BREAKER.greedy(word, Face.BOLD, 14, 100);
        assertTrue(cut.size() > 1);
        assertTrue(cut.stream().allMatch(l -> l.width() <= 100.01f));
        assertEquals(word, String.join("", TextLine.texts(cut)));
    }

    @Test
    void everyVietnameseLetterIsInEveryFaceAndASnowmanIsNot() {
        String lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String letters = lower + VietnameseText.upper(lower) + "0123456789 .,;:-–()/\"'%&";
        FontMetrics fonts = BREAKER.metrics();
        for (Face face : Face.values()) {
            assertEquals(OptionalInt.empty(), fonts.missing(letters, face), face.name());
            assertTrue(fonts.width("Đ", face, 14) > 0);
        }
        assertEquals(OptionalInt.of(0x2603), fonts.missing("Biểu tượng ☃ tuyết", Face.REGULAR));
    }
}
