package vn.congvan.render;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.congvan.ingest.PdfGlyph;
import vn.congvan.ingest.PdfGlyphPage;
import vn.congvan.ingest.PdfGlyphReader;

/**
 * Reads a PDF back for the tests with the one glyph reader of congvan ({@link PdfGlyphReader}): every
 * glyph with its page, position (points from the top-left corner), size and font name, grouped into
 * lines by baseline more strictly than the reader does, to measure the writer's layout.
 */
final class PdfProbe {
    static final float MM = 72f / 25.4f;

    record Glyph(int page, String text, float x, float right, float baseline, float top, float bottom, float size, String font) {
        boolean blank() {
            return text.isBlank();
        }
    }

    record Line(int page, float baseline, List<Glyph> glyphs) {
        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        /** The glyphs of the first occurrence of {@code phrase} in this line, or an empty list. */
        List<Glyph> find(String phrase) {
            List<Glyph> out = new ArrayList<>();
            String text = text();
            int at = text.indexOf(phrase);
            if (at < 0) {
                return out;
            }
            int pos = 0;
            for (Glyph g : glyphs) {
                if (pos >= at && pos < at + phrase.length()) {
                    out.add(g);
                }
                pos += g.text().length();
            }
            return out;
        }
    }

    final List<Glyph> glyphs = new ArrayList<>();
    final int pages;

    private PdfProbe(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PdfGlyphPage> read = new PdfGlyphReader().read(doc);
            pages = read.size();
            for (PdfGlyphPage page : read) {
                for (PdfGlyph g : page.glyphs()) {
                    glyphs.add(new Glyph(page.number() - 1, g.text(), g.x(), g.end(), g.baseline(), g.top(), g.bottom(), g.size(),
                            g.font().name()));
                }
            }
        }
    }

    static PdfProbe read(Path pdf) throws IOException {
        return new PdfProbe(pdf);
    }

    /** The page's lines, top to bottom, each left to right (columns on one baseline make one line). */
    List<Line> lines(int page) {
        List<Glyph> onPage = glyphs.stream().filter(g -> g.page() == page)
                .sorted(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x)).toList();
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : onPage) {
            if (!current.isEmpty() && Math.abs(g.baseline() - current.get(0).baseline()) > 0.5f) {
                lines.add(line(page, current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(page, current));
        }
        return lines;
    }

    private static Line line(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(page, glyphs.get(0).baseline(), sorted);
    }

    /** The glyphs of {@code phrase} on {@code page}, from the first line holding it. */
    List<Glyph> find(int page, String phrase) {
        return lines(page).stream().map(l -> l.find(phrase)).filter(g -> !g.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("\"" + phrase + "\" not on page " + (page + 1) + ": " + pageText(page)));
    }

    /** Pages (0-based) whose text holds {@code phrase}. */
    List<Integer> pagesWith(String phrase) {
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            if (pageText(p).contains(phrase)) {
                found.add(p);
            }
        }
        return found;
    }

    /** A page's text, lines joined by newlines, NFC. */
    String pageText(int page) {
        return Normalizer.normalize(lines(page).stream().map(Line::text).collect(Collectors.joining("\n")), Normalizer.Form.NFC);
    }
}
