package vn.congvan.render;

import java.util.List;

/**
 * A word as laid out: its pieces (a word may change face, as in "(<b>bold</b>)"), its width, and
 * the white space written after it with that space's natural width ("" at the end of a paragraph).
 */
record TextWord(List<TextSpan> pieces, float width, String gap, float gapWidth) {
    TextWord {
        pieces = List.copyOf(pieces);
    }

    /** The largest font size in the word. */
    float size() {
        float largest = 0;
        for (int i = 0; i < pieces.size(); i++) {
            largest = Math.max(largest, pieces.get(i).size());
        }
        return largest;
    }
}
