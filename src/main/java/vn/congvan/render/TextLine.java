package vn.congvan.render;

import java.util.List;

/**
 * One laid-out line: its words, its natural width (words and the gaps between them, not the gap
 * after the last word), and whether it ends its paragraph (such a line is never justified).
 */
record TextLine(List<TextWord> words, float width, boolean last) {
    TextLine {
        words = List.copyOf(words);
    }

    /** The largest font size on the line; it sets the line height. */
    float size() {
        // A loop, not a stream: asked for every line drawn.
        float largest = 0;
        for (int i = 0; i < words.size(); i++) {
            largest = Math.max(largest, words.get(i).size());
        }
        return largest;
    }

    /** What the line says, gaps included. */
    String text() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            words.get(i).pieces().forEach(p -> s.append(p.text()));
            if (i < words.size() - 1) {
                s.append(words.get(i).gap());
            }
        }
        return s.toString();
    }

    /** The widest line's width, for a rule a fraction of the text above it. */
    static float widest(List<TextLine> lines) {
        return (float) lines.stream().mapToDouble(TextLine::width).max().orElse(0);
    }

    /** What each line says. */
    static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }
}
