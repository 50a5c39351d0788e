package vn.congvan.ingest;

/**
 * One character of a PDF page as drawn: its text, where it stands and in what face. Coordinates are
 * points from the top-left corner of the page as displayed.
 *
 * @param text     the Unicode text of the glyph, cleaned ({@link vn.congvan.text.VietnameseText#clean}); may be a
 *                 space or a lone combining mark
 * @param x        left edge
 * @param width    advance width
 * @param baseline distance of the baseline from the top edge
 * @param size     font size in points
 * @param bold     set bold: by its font, or stroked or printed twice to look bold
 * @param italic   set in an italic font
 * @param font     the font it is set in
 */
public record PdfGlyph(String text, float x, float width, float baseline, float size, boolean bold, boolean italic, PdfFont font) {

    public boolean blank() {
        return text.isBlank();
    }

    public float end() {
        return x + width;
    }

    /** Top of the glyph's line box: the baseline less the font's ascent. */
    public float top() {
        return baseline - font.ascent() * size;
    }

    /** Bottom of the descenders. */
    public float bottom() {
        return baseline + font.descent() * size;
    }

    /** A diacritic drawn on its own over the letter before it. */
    boolean combining() {
        return !text.isEmpty() && text.codePoints().allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    /** This glyph with {@code mark} (a diacritic drawn apart) joined to it, its advance reaching {@code end}. */
    PdfGlyph joined(PdfGlyph mark) {
        return new PdfGlyph(text + mark.text, x, Math.max(width, mark.end() - x), baseline, size, bold, italic, font);
    }

    /** This glyph as bold: a letter printed twice at one place to look bold. */
    PdfGlyph overprinted() {
        return new PdfGlyph(text, x, width, baseline, size, true, italic, font);
    }
}
