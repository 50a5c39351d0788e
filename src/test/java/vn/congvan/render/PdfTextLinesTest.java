package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;

class PdfTextLinesTest {
    private static final float MM = PdfProbe.MM;
    private static final float ISSUER_WIDTH = 66 * MM - 2 * PdfLayout.COLUMN_INSET;

    @TempDir
    Path dir;

    @Test
    void centredHeaderLinesBreakAsThePdfDoes() throws IOException {
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHAN THIẾT"),
                PdfTextLines.centredLines("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", true, false, 13, ISSUER_WIDTH));
        List<String> excerpt = PdfTextLines.centredLines("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ.", false, false, 12,
                ISSUER_WIDTH);
        assertEquals(List.of("V/v đảm bảo an toàn thông tin", "khi sử dụng thư điện tử công vụ."), excerpt);
        Path pdf = dir.resolve("seed.pdf");
        new PdfWriter().write(PdfFixtures.seed(), pdf);
        PdfProbe probe = PdfProbe.read(pdf);
        for (String line : excerpt) {
            assertTrue(probe.lines(0).stream().anyMatch(l -> l.text().equals(line)), line);
        }
    }

    @Test
    void greedyLinesAreFirstFit() {
        synchronized (PdfFonts.LOCK) {
            PdfFonts fonts = PdfFonts.measuring();
            PdfTextLines breaker = new PdfTextLines(fonts);
            String text = PdfFixtures.seed().paragraphs().get(1).text();
            float width = 165 * MM;
            List<PdfLine> lines = breaker.greedy(List.of(new PdfSpan(text, PdfStyle.REGULAR, 14)), width - 10 * MM, width);
            assertEquals(9, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                PdfLine line = lines.get(i);
                float room = i == 0 ? width - 10 * MM : width;
                assertTrue(line.width() <= room + 0.01f, "line " + i + " fits");
                if (i < lines.size() - 1) {
                    PdfWord last = line.words().get(line.words().size() - 1);
                    float next = lines.get(i + 1).words().get(0).width();
                    assertTrue(line.width() + last.gapWidth() + next > room, "line " + i + " could not take the next word");
                }
                assertEquals(i == lines.size() - 1, line.last());
            }
            assertEquals(text, String.join(" ", lines.stream().map(PdfLine::text).toList()));
        }
    }

    @Test
    void spacesInsideALineAreKeptAndAWordWiderThanTheLineIsCut() {
        synchronized (PdfFonts.LOCK) {
            PdfTextLines breaker = new PdfTextLines(PdfFonts.measuring());
            List<PdfLine> draft = breaker.greedy(List.of(new PdfSpan("Số:      /BC-UBND", PdfStyle.REGULAR, 13)), 100);
            assertEquals(List.of("Số:      /BC-UBND"), draft.stream().map(PdfLine::text).toList());
            String word = "a".repeat(100);
            List<PdfLine> cut = breaker.greedy(List.of(new PdfSpan(word, PdfStyle.BOLD, 14)), 100);
            assertTrue(cut.size() > 1);
            assertTrue(cut.stream().allMatch(l -> l.width() <= 100.01f));
            assertEquals(word, String.join("", cut.stream().map(PdfLine::text).toList()));
        }
    }

    @Test
    void aCharacterOutsideTheFontNamesItself() {
        InputException e = assertThrows(InputException.class,
                () -> PdfTextLines.centredLines("Biểu tượng ☃ tuyết", false, false, 14, 200));
        assertTrue(e.getMessage().contains("U+2603"), e.getMessage());
    }
}
