package vn.congvan.ingest;

import java.util.List;

/**
 * The glyphs of one PDF page in the order drawn, with the page's size as displayed (turned pages turned).
 *
 * @param number 1-based page number
 */
public record PdfGlyphPage(int number, float width, float height, List<PdfGlyph> glyphs) {
    public PdfGlyphPage {
        glyphs = List.copyOf(glyphs);
    }

    /** The page's lines, top to bottom. */
    public List<PdfTextLine> lines() {
        return PdfTextLine.of(number, glyphs);
    }
}
