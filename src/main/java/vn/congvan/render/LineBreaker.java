package vn.congvan.render;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks styled text into lines that fit a width, as a word processor does: break at spaces,
 * first fit (greedy); a word wider than the line is cut between characters. White space is kept as
 * written (the draft "Số:      /BC-UBND" needs its six spaces) except at a line break, where the gap
 * disappears; a no-break space (U+00A0) joins the words around it into one. The one breaker of the package: the PDF sets its lines by it, and the DOCX writer
 * writes the breaks of centred header lines where it puts them. Safe to share between threads.
 */
final class LineBreaker {
    /** Measurement slack, so that a line exactly as wide as the box still fits. */
    private static final float EPSILON = 0.01f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final FontMetrics fonts;

    LineBreaker(FontMetrics fonts) {
        this.fonts = fonts;
    }

    /** A breaker measuring with this machine's document font. */
    static LineBreaker standard() {
        return new LineBreaker(FontMetrics.get());
    }

    FontMetrics metrics() {
        return fonts;
    }

    /** Lines of at most {@code width}, the first of at most {@code firstWidth} (first-line indent). */
    List<TextLine> greedy(List<TextSpan> spans, float firstWidth, float width) {
        return fill(words(spans), firstWidth, width);
    }

    List<TextLine> greedy(List<TextSpan> spans, float width) {
        return greedy(spans, width, width);
    }

    /**
     * The fewest lines that fit {@code width}, made as even as possible: the narrowest width that
     * still gives that many lines. Centred header text then breaks like a person would break it
     * ("ỦY BAN NHÂN DÂN / THÀNH PHỐ PHAN THIẾT", not "… DÂN THÀNH / PHỐ …").
     */
    List<TextLine> balanced(List<TextSpan> spans, float width) {
        List<TextWord> words = words(spans);
        List<TextLine> best = fill(words, width, width);
        float widest = 0;
        for (TextWord w : words) {
            widest = Math.max(widest, w.width());
        }
        if (best.size() < 2 || widest > width) {
            return best;
        }
        float lo = widest;
        float hi = width;
        while (hi - lo > 0.05f) {
            float mid = (lo + hi) / 2;
            List<TextLine> lines = fill(words, mid, mid);
            if (lines.size() == best.size()) {
                best = lines;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** {@link #balanced(List, float)} for one stretch of text in one face. */
    List<TextLine> balanced(String text, Face face, float size, float width) {
        return balanced(List.of(new TextSpan(text, face, size)), width);
    }

    /** {@link #greedy(List, float)} for one stretch of text in one face. */
    List<TextLine> greedy(String text, Face face, float size, float width) {
        return greedy(List.of(new TextSpan(text, face, size)), width);
    }

    /** The text as words with their trailing white space; new lines and tabs count as spaces. */
    List<TextWord> words(List<TextSpan> spans) {
        List<TextWord> words = new ArrayList<>();
        List<TextSpan> pieces = new ArrayList<>();
        for (TextSpan span : spans) {
            String text = spaced(Normalizer.normalize(span.text(), Normalizer.Form.NFC));
            int i = 0;
            while (i < text.length()) {
                int space = text.indexOf(' ', i);
                int end = space < 0 ? text.length() : space;
                if (end > i) {
                    pieces.add(new TextSpan(text.substring(i, end), span.face(), span.size()));
                }
                if (space < 0) {
                    break;
                }
                int after = space;
                while (after < text.length() && text.charAt(after) == ' ') {
                    after++;
                }
                String gap = text.substring(space, after);
                if (pieces.isEmpty()) {
                    // Space before the first word or after a gap: add it to the previous word's gap.
                    if (!words.isEmpty()) {
                        TextWord prev = words.remove(words.size() - 1);
                        String joined = prev.gap() + gap;
                        words.add(new TextWord(prev.pieces(), prev.width(), joined, gapWidth(joined, prev)));
                    }
                } else {
                    words.add(word(pieces, gap));
                    pieces.clear();
                }
                i = after;
            }
        }
        if (!pieces.isEmpty()) {
            words.add(word(pieces, ""));
        }
        return words;
    }

    /** New lines and tabs as spaces; a loop rather than a regular expression, as every cell's text passes here. */
    private static String spaced(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private TextWord word(List<TextSpan> pieces, String gap) {
        float width = 0;
        for (TextSpan p : pieces) {
            width += fonts.width(p.text(), p.face(), p.size());
        }
        TextWord word = new TextWord(pieces, width, gap, 0);
        return gap.isEmpty() ? word : new TextWord(pieces, width, gap, gapWidth(gap, word));
    }

    /** The gap is drawn in the face of the word's last piece, so it is measured in that face. */
    private float gapWidth(String gap, TextWord word) {
        TextSpan last = word.pieces().get(word.pieces().size() - 1);
        return fonts.width(gap, last.face(), last.size());
    }

    /** Lines of at most {@code width} for words made by {@link #words}: to try several widths on one text. */
    List<TextLine> fill(List<TextWord> words, float width) {
        return fill(words, width, width);
    }

    /**
     * How many lines {@link #fill(List, float)} makes of {@code words} at {@code width}, without making
     * them: the table's column sizing tries thousands of widths and needs only the count.
     */
    int count(List<TextWord> words, float width) {
        int lines = 0;
        boolean open = false; // whether the current line holds a word
        float used = 0;
        float gap = 0; // the gap after the current line's last word
        for (int i = 0, n = words.size(); i < n; i++) {
            TextWord word = words.get(i);
            if (open) {
                if (used + gap + word.width() <= width + EPSILON) {
                    used += gap + word.width();
                    gap = word.gapWidth();
                    continue;
                }
                lines++;
            }
            if (word.width() <= width + EPSILON) {
                used = word.width();
            } else {
                List<TextWord> parts = cut(word, width);
                lines += parts.size() - 1;
                used = parts.get(parts.size() - 1).width();
            }
            open = true;
            gap = word.gapWidth();
        }
        return lines + 1;
    }

    private List<TextLine> fill(List<TextWord> words, float firstWidth, float width) {
        List<TextLine> lines = new ArrayList<>();
        List<TextWord> line = new ArrayList<>();
        float used = 0;
        for (TextWord word : words) {
            float room = lines.isEmpty() ? firstWidth : width;
            if (!line.isEmpty()) {
                float gap = line.get(line.size() - 1).gapWidth();
                if (used + gap + word.width() <= room + EPSILON) {
                    line.add(word);
                    used += gap + word.width();
                    continue;
                }
                lines.add(new TextLine(line, used, false));
                line = new ArrayList<>();
                used = 0;
                room = width;
            }
            if (word.width() <= room + EPSILON) {
                line.add(word);
                used = word.width();
                continue;
            }
            List<TextWord> parts = cut(word, room);
            for (int k = 0; k < parts.size() - 1; k++) {
                lines.add(new TextLine(List.of(parts.get(k)), parts.get(k).width(), false));
            }
            TextWord tail = parts.get(parts.size() - 1);
            line.add(tail);
            used = tail.width();
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new TextLine(line, used, true));
        } else {
            TextLine end = lines.remove(lines.size() - 1);
            lines.add(new TextLine(end.words(), end.width(), true));
        }
        return lines;
    }

    /** Cuts a word wider than {@code room} between characters (grapheme clusters) into pieces that fit. */
    private List<TextWord> cut(TextWord word, float room) {
        List<TextWord> parts = new ArrayList<>();
        List<TextSpan> current = new ArrayList<>();
        float used = 0;
        BreakIterator chars = BreakIterator.getCharacterInstance(VIETNAMESE);
        for (TextSpan piece : word.pieces()) {
            chars.setText(piece.text());
            StringBuilder run = new StringBuilder();
            for (int start = chars.first(), end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
                String ch = piece.text().substring(start, end);
                float w = fonts.width(ch, piece.face(), piece.size());
                boolean empty = current.isEmpty() && run.length() == 0;
                if (!empty && used + w > room + EPSILON) {
                    if (run.length() > 0) {
                        current.add(new TextSpan(run.toString(), piece.face(), piece.size()));
                        run.setLength(0);
                    }
                    parts.add(new TextWord(current, used, "", 0));
                    current = new ArrayList<>();
                    used = 0;
                }
                run.append(ch);
                used += w;
            }
            if (run.length() > 0) {
                current.add(new TextSpan(run.toString(), piece.face(), piece.size()));
            }
        }
        parts.add(new TextWord(current, used, word.gap(), word.gapWidth()));
        return parts;
    }
}
