package vn.congvan.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;
import vn.congvan.text.LegacyFont;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects every glyph of a PDF with its position, size and font: the one PDF text reader of congvan,
 * for the PDF reader ({@link PdfSource}) and the Decree 30 format checker alike. PDFBox's own text
 * assembly is not used, since reading order here comes from the page geometry ({@link PdfTextLine}).
 * Glyphs of a TCVN3 or VNI font ({@code .VnTime}, {@code VNI-Times}) are read by their codes into Unicode.
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
        private final Map<PDFont, Optional<LegacyFont>> legacyFonts = new HashMap<>();
        /** The last glyph of a legacy font and its byte, which a VNI mark may join. */
        private PdfGlyph last;
        private String lastRaw;
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
            Optional<LegacyFont> legacy = legacyFonts.computeIfAbsent(t.getFont(), f -> LegacyFont.of(PdfFont.of(f).name()));
            if (legacy.isPresent()) {
                legacyGlyph(t, legacy.get());
                return;
            }
            last = null;
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

        /**
         * A glyph of a TCVN3 or VNI font: the legacy byte is its code, or what its ToUnicode map gives
         * (without one, PDFBox would name the byte by WinAnsi's glyph names, which make TCVN3's ư, 0xAD,
         * a hyphen). A VNI mark
         * follows its letter as a glyph of its own, and joins it.
         */
        private void legacyGlyph(TextPosition t, LegacyFont legacy) {
            StringBuilder raw = new StringBuilder();
            if (t.getFont().getCOSObject().containsKey(COSName.TO_UNICODE) && t.getUnicode() != null) {
                // A subset re-numbers the codes (LibreOffice, Word): its map gives back the byte as typed.
                raw.append(t.getUnicode());
            } else {
                for (int code : t.getCharacterCodes()) {
                    if (code > 0 && code < 256) {
                        raw.append((char) code);
                    }
                }
            }
            if (raw.isEmpty()) {
                unmapped++;
                return;
            }
            List<PdfGlyph> page = pages.get(getCurrentPageNo() - 1);
            PdfFont font = fonts.computeIfAbsent(t.getFont(), PdfFont::of);
            if (last != null && last.font() == font && !page.isEmpty()) {
                String pair = legacy.decode(lastRaw + raw);
                if (pair.length() == 1) {
                    PdfGlyph letter = page.remove(page.size() - 1);
                    page.add(new PdfGlyph(pair, letter.x(), Math.max(letter.width(), t.getXDirAdj() + t.getWidthDirAdj() - letter.x()),
                            letter.baseline(), letter.size(), letter.bold(), letter.italic(), font));
                    last = null;
                    return;
                }
            }
            boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
            last = new PdfGlyph(VietnameseText.clean(legacy.decode(raw.toString())), t.getXDirAdj(), t.getWidthDirAdj(),
                    t.getYDirAdj(), t.getFontSizeInPt(), font.bold() || stroked, font.italic(), font);
            lastRaw = raw.toString();
            page.add(last);
        }

        @Override
        protected void writePage() {
            last = null; // a VNI mark never joins a letter of the page before
            // Nothing to write: the glyphs were collected as they came.
        }
    }
}
