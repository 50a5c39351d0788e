package vn.congvan.render;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads every glyph of a PDF with its position, size and font, and groups the glyphs into
 * {@link PdfTextSegment}s: same baseline, no gap wider than 0.6 em (which separates header columns
 * and table cells, not the words of a justified line).
 */
final class PdfTextCollector extends PDFTextStripper {
    private static final Pattern BOLD = Pattern.compile("bold|black|heavy|semibold|demibold", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("italic|oblique", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");
    /**
     * A gap wider than this many ems ends a segment: header columns can stand 3 mm apart, while a
     * justified line's extra space after its space glyphs stays well below.
     */
    private static final float GAP = 0.6f;
    private static final float DEFAULT_ASCENT = 0.891f;
    private static final float DEFAULT_DESCENT = 0.216f;

    /** What the checker needs to know of one font: its name without subset tag, embedding and face. */
    record FontFacts(String name, boolean embedded, boolean bold, boolean italic, float ascent, float descent) {
    }

    private record Glyph(String text, float x, float width, float baseline, float size, FontFacts font) {
        boolean blank() {
            return text.isBlank();
        }
    }

    private final Map<PDFont, FontFacts> facts = new HashMap<>();
    /** Fonts that set at least one visible character, by name. */
    private final Map<String, FontFacts> used = new LinkedHashMap<>();
    /** Glyphs by 0-based page; pages without content stay empty (the stripper skips them). */
    private final List<List<Glyph>> glyphs = new ArrayList<>();

    PdfTextCollector() throws IOException {
        setSortByPosition(true);
    }

    /** Reads all pages of {@code doc}. */
    List<PdfPageText> read(PDDocument doc) throws IOException {
        glyphs.clear();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            glyphs.add(new ArrayList<>());
        }
        getText(doc);
        List<PdfPageText> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float height = turned ? box.getWidth() : box.getHeight();
            pages.add(new PdfPageText(i, width, height, segments(glyphs.get(i), i)));
        }
        return pages;
    }

    Map<String, FontFacts> usedFonts() {
        return used;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        FontFacts font = facts.computeIfAbsent(t.getFont(), PdfTextCollector::factsOf);
        glyphs.get(getCurrentPageNo() - 1).add(new Glyph(text, t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), font));
        if (!text.isBlank()) {
            used.putIfAbsent(font.name(), font);
        }
    }

    @Override
    protected void writePage() {
        // Nothing to write: the glyphs were collected as they came.
    }

    private static List<PdfTextSegment> segments(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<PdfTextSegment> out = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.baseline() - line.get(0).baseline()) > Math.max(1.5f, 0.2f * line.get(0).size())) {
                split(line, page, out);
                line = new ArrayList<>();
            }
            line.add(g);
        }
        split(line, page, out);
        return out;
    }

    /** Cuts one baseline's glyphs at wide gaps. */
    private static void split(List<Glyph> line, int page, List<PdfTextSegment> out) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> run = new ArrayList<>();
        float end = 0;
        for (Glyph g : line) {
            if (!run.isEmpty() && g.x() - end > GAP * Math.max(g.size(), run.get(run.size() - 1).size())) {
                segment(run, page, out);
                run = new ArrayList<>();
            }
            run.add(g);
            end = Math.max(end, g.x() + g.width());
        }
        segment(run, page, out);
    }

    private static void segment(List<Glyph> run, int page, List<PdfTextSegment> out) {
        List<Glyph> visible = run.stream().filter(g -> !g.blank()).toList();
        if (visible.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : run) {
            // Producers that position words without space glyphs still mean a space.
            if (prev != null && !prev.blank() && !g.blank() && g.x() - (prev.x() + prev.width()) > 0.15f * g.size()) {
                text.append(' ');
            }
            text.append(g.text());
            prev = g;
        }
        Map<Float, Integer> bySize = new HashMap<>();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        boolean bold = true;
        boolean italic = true;
        for (Glyph g : visible) {
            float size = Math.round(g.size() * 10) / 10f;
            bySize.merge(size, g.text().length(), Integer::sum);
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.x() + g.width());
            top = Math.min(top, g.baseline() - g.font().ascent() * g.size());
            bottom = Math.max(bottom, g.baseline() + g.font().descent() * g.size());
            bold &= g.font().bold();
            italic &= g.font().italic();
        }
        float size = bySize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String nfc = Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
        out.add(new PdfTextSegment(page, nfc, x0, x1, visible.get(0).baseline(), top, bottom, size, bold, italic));
    }

    private static FontFacts factsOf(PDFont font) {
        String name = font.getName() == null ? "?" : SUBSET.matcher(font.getName()).replaceFirst("");
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = BOLD.matcher(name).find() || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        boolean italic = ITALIC.matcher(name).find() || d != null && (d.isItalic() || d.getItalicAngle() != 0);
        float ascent = d != null && d.getAscent() > 0 ? d.getAscent() / 1000 : DEFAULT_ASCENT;
        float descent = d != null && d.getDescent() < 0 ? -d.getDescent() / 1000 : DEFAULT_DESCENT;
        return new FontFacts(name, font.isEmbedded(), bold, italic, ascent, descent);
    }

    /** "TimesNewRomanPS-BoldMT" → "timesnewromanps-boldmt": for family matching. */
    static String squeezed(String fontName) {
        return fontName.replaceAll("[\\s,_]", "").toLowerCase(Locale.ROOT);
    }
}
