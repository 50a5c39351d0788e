package vn.congvan.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every glyph of a PDF with its position, size and font: the one PDF text reader of congvan,
 * for the PDF reader ({@link PdfSource}) and the Decree 30 format checker alike. PDFBox's own text
 * assembly is not used, since reading order here comes from the page geometry ({@link PdfTextLine}).
 */
public final class PdfGlyphReader {
    private final Collector collector;

    public PdfGlyphReader() throws IOException {
        this.collector = new Collector();
    }

    /** The glyphs of each page, in the order drawn; a page without text has no glyphs. */
    public List<PdfGlyphPage> read(PDDocument pdf) throws IOException {
        // The pages as the tree holds them: the /Count a file declares is never trusted.
        List<PDPage> tree = new ArrayList<>();
        pdf.getPages().forEach(tree::add);
        List<List<PdfGlyph>> glyphs = collector.read(pdf, tree.size());
        List<PdfGlyphPage> pages = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            ReadWatchdog.stopIfAbandoned();
            PDPage page = tree.get(i);
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            pages.add(new PdfGlyphPage(i + 1, turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(),
                    glyphs.get(i)));
        }
        return pages;
    }

    /** Glyphs of the last read that have no Unicode mapping: text that cannot be read, not text that is absent. */
    public int unmapped() {
        return collector.unmapped;
    }

    /** PDFBox's stripper, kept inside so that users see glyphs only. */
    private static final class Collector extends AbandonableStripper {
        private final Map<PDFont, PdfFont> fonts = new HashMap<>();
        private final List<List<PdfGlyph>> pages = new ArrayList<>();
        private int unmapped;

        Collector() throws IOException {
            setSortByPosition(false);
        }

        List<List<PdfGlyph>> read(PDDocument pdf, int count) throws IOException {
            pages.clear();
            unmapped = 0;
            for (int i = 0; i < count; i++) {
                pages.add(new ArrayList<>());
            }
            getText(pdf);
            return pages;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String unicode = t.getUnicode();
            if (unicode == null || unicode.isEmpty() || unicode.chars().allMatch(c -> c == 0 || c == 0xFFFD)) {
                unmapped++;
                return;
            }
            PdfFont font = fonts.computeIfAbsent(t.getFont(), PdfFont::of);
            // Word's "bold" for a font without a bold face: the outline stroked over the fill.
            boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
            pages.get(getCurrentPageNo() - 1).add(new PdfGlyph(VietnameseText.clean(unicode), t.getXDirAdj(),
                    t.getWidthDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), font.bold() || stroked, font.italic(), font));
        }

        @Override
        protected void writePage() {
            // Nothing to write: the glyphs were collected as they came.
        }
    }
}
