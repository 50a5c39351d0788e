package vn.congvan.ingest;

import java.util.List;

/**
 * The horizontal extent of a document's text, from the leftmost to the rightmost character of all its
 * lines: the page margins as the writer set them.
 */
record PdfTextArea(float left, float right) {

    static PdfTextArea of(List<PdfTextLine> lines) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfTextLine line : lines) {
            left = Math.min(left, line.x0());
            right = Math.max(right, line.x1());
        }
        return new PdfTextArea(left, right);
    }

    float width() {
        return right - left;
    }

    /** Where a point stands across the text, 0 at the left margin and 1 at the right. */
    float share(float x) {
        return width() <= 0 ? 0 : (x - left) / width();
    }
}
