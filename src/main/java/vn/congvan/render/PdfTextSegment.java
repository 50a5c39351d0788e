package vn.congvan.render;

import vn.congvan.ingest.PdfTextLine;

/**
 * A run of text on one baseline without a wide gap in it: a line of a column, a table cell's line,
 * the left or right half of a header row. Coordinates are points from the page's top-left corner.
 *
 * @param page     0-based page index
 * @param text     the text, NFC, words one space apart
 * @param x0       left edge of the first glyph
 * @param x1       right edge of the last glyph (advance)
 * @param baseline distance of the baseline from the top edge
 * @param top      top of the line box (baseline minus the font ascent)
 * @param bottom   bottom of the descenders
 * @param size     the font size of most of the characters
 * @param bold     every visible character is set in a bold face
 * @param italic   every visible character is set in an italic face
 */
record PdfTextSegment(int page, String text, float x0, float x1, float baseline, float top, float bottom, float size,
                      boolean bold, boolean italic) {

    /** The segment a piece of a line read by the PDF reader makes. */
    static PdfTextSegment of(PdfTextLine piece) {
        return new PdfTextSegment(piece.page() - 1, piece.text(), piece.x0(), piece.x1(), piece.baseline(), piece.top(),
                piece.bottom(), piece.size(), piece.bold(), piece.italic());
    }

    float centre() {
        return (x0 + x1) / 2;
    }

    /** The text stripped of surrounding white space. */
    String trimmed() {
        return text.strip();
    }
}
