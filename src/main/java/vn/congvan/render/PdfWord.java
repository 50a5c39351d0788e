package vn.congvan.render;

import java.util.List;

/**
 * A word as laid out: its pieces (a word may change face, as in "(<b>bold</b>)"), its width, and
 * the white space written after it with that space's natural width ("" at the end of a paragraph).
 */
record PdfWord(List<PdfSpan> pieces, float width, String gap, float gapWidth) {
    PdfWord {
        pieces = List.copyOf(pieces);
    }

    float size() {
        float max = 0;
        for (PdfSpan p : pieces) {
            max = Math.max(max, p.size());
        }
        return max;
    }
}
