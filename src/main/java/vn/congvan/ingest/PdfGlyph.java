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
 */
record PdfGlyph(String text, float x, float width, float baseline, float size, boolean bold, boolean italic) {

    boolean blank() {
        return text.isBlank();
    }

    float end() {
        return x + width;
    }

    /** A diacritic drawn on its own over the letter before it. */
    boolean combining() {
        return !text.isEmpty() && text.codePoints().allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK);
    }
}
