package vn.congvan.ingest;

import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words OCR found on one page turned into the positioned lines the PDF layout reader reads
 * ({@link PdfTextLine}), so that a scan's header columns, paragraphs and footer come apart as a text
 * PDF's do. A word is one glyph followed by a space of no width (it separates words without bridging a
 * column's gap). The page's slant (a sheet fed askew) is measured from the words' feet along Tesseract's
 * lines and turned back; each line gets one baseline, the feet of its words without descenders. Sizes
 * are not known from pixels: every line gets the document's size, {@link #SIZE} points, and the page is
 * scaled so that the text's measured size is that.
 */
final class OcrLines {
    /** The size every OCR line is given, in points: a Decree 30 body's 13–14 pt. */
    static final float SIZE = 13.5f;
    /** A line's height from its highest mark to its lowest descender, in ems of its font (Times, Vietnamese). */
    private static final float LINE_HEIGHT_EMS = 1.1f;
    /** Words Tesseract is less sure of than this are specks and smudges more often than words. */
    private static final float MIN_CONFIDENCE = 30f;
    /** Letters that reach below the baseline: a word with one does not stand on it. */
    private static final String BELOW = "gjpqyạặậẹệịọộợụựỵ\u0323,;()[]{}/|_";
    private static final PdfFont FONT = new PdfFont("OCR", false, false, false, 0.891f, 0.216f);

    private OcrLines() {
    }

    /**
     * The lines of every page (words per page, in page order). One scale for the whole document, from the
     * median line height of all pages: a page of its own scale (a last page of small footer text) would
     * stand wider than the others and make every body line look short.
     */
    static List<List<PdfTextLine>> pages(List<List<OcrWord>> pages) {
        List<List<List<Placed>>> placedPages = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (List<OcrWord> words : pages) {
            placedPages.add(placed(words, heights));
        }
        float sizePx = median(heights) / LINE_HEIGHT_EMS;
        float scale = sizePx > 0 ? SIZE / sizePx : 1f;
        List<List<PdfTextLine>> out = new ArrayList<>();
        for (int i = 0; i < placedPages.size(); i++) {
            List<PdfGlyph> glyphs = new ArrayList<>();
            for (List<Placed> line : placedPages.get(i)) {
                float baseline = baseline(line, sizePx) * scale;
                for (Placed p : line) {
                    String text = VietnameseText.clean(p.word.text());
                    float x = p.left * scale;
                    float width = p.word.width() * scale;
                    glyphs.add(new PdfGlyph(text, x, width, baseline, SIZE, false, false, FONT));
                    glyphs.add(new PdfGlyph(" ", x + width, 0, baseline, SIZE, false, false, FONT));
                }
            }
            out.add(PdfTextLine.of(i + 1, glyphs));
        }
        return out;
    }

    /** The page's words by Tesseract's lines, turned straight; each line's height goes to {@code heights}. */
    private static List<List<Placed>> placed(List<OcrWord> all, List<Float> heights) {
        List<OcrWord> words = all.stream().filter(w -> w.confidence() >= MIN_CONFIDENCE
                && w.text().codePoints().anyMatch(Character::isLetterOrDigit) || isPunctuationKept(w)).toList();
        Map<String, List<OcrWord>> lines = new LinkedHashMap<>();
        for (OcrWord w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        double slope = slope(lines.values());
        double cos = Math.cos(Math.atan(slope));
        double sin = Math.sin(Math.atan(slope));
        List<List<Placed>> placedLines = new ArrayList<>();
        for (List<OcrWord> line : lines.values()) {
            List<Placed> placed = new ArrayList<>();
            for (OcrWord w : line) {
                // Turned back about the page's corner: x along the slant, y across it.
                double cx = w.left() + w.width() / 2.0;
                double cy = w.top() + w.height() / 2.0;
                double x = cx * cos + cy * sin;
                double y = -cx * sin + cy * cos;
                placed.add(new Placed(w, (float) (x - w.width() / 2.0), (float) (y - w.height() / 2.0)));
            }
            placedLines.add(placed);
            float top = (float) placed.stream().mapToDouble(Placed::top).min().orElse(0);
            float bottom = (float) placed.stream().mapToDouble(Placed::bottom).max().orElse(0);
            if (placed.stream().anyMatch(p -> p.word.text().length() > 1)) {
                heights.add(bottom - top);
            }
        }
        return placedLines;
    }

    /**
     * Dashes stay whatever Tesseract's confidence (it is low for a lone "-" opening a line of the "Nơi nhận"
     * list, which the list needs); a rule typed under the issuer is dropped later, as in a text PDF.
     */
    private static boolean isPunctuationKept(OcrWord w) {
        return w.text().matches("[-–—]+") || w.confidence() >= MIN_CONFIDENCE && w.text().matches("[.:/]+");
    }

    /** A word placed on the straightened page. */
    private record Placed(OcrWord word, float left, float top) {
        float bottom() {
            return top + word.height();
        }
    }

    /**
     * The page's slant, dy/dx: for every line of three words or more, the slope through the feet of its
     * words that stand on the baseline; the median of those.
     */
    private static double slope(Iterable<List<OcrWord>> lines) {
        List<Float> slopes = new ArrayList<>();
        for (List<OcrWord> line : lines) {
            List<OcrWord> standing = line.stream().filter(OcrLines::standsOnBaseline).toList();
            if (standing.size() < 3) {
                continue;
            }
            double n = standing.size();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (OcrWord w : standing) {
                double x = w.left() + w.width() / 2.0;
                double y = w.bottom();
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            double d = n * sxx - sx * sx;
            if (d > 0) {
                slopes.add((float) ((n * sxy - sx * sy) / d));
            }
        }
        return slopes.isEmpty() ? 0 : median(slopes);
    }

    /** The feet of the line's words that stand on it; without such a word, the lowest feet raised by a descender. */
    private static float baseline(List<Placed> line, float sizePx) {
        List<Float> feet = line.stream().filter(p -> standsOnBaseline(p.word)).map(Placed::bottom).toList();
        if (!feet.isEmpty()) {
            return median(feet);
        }
        return median(line.stream().map(Placed::bottom).toList()) - 0.2f * sizePx;
    }

    private static boolean standsOnBaseline(OcrWord w) {
        String t = w.text();
        return t.codePoints().anyMatch(Character::isLetterOrDigit)
                && t.toLowerCase(java.util.Locale.ROOT).codePoints().noneMatch(cp -> BELOW.indexOf(cp) >= 0);
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }
}
