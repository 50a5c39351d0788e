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
 * disappears.
 */
final class PdfTextLines {
    /** Measurement slack, so that a line exactly as wide as the box still fits. */
    private static final float EPSILON = 0.01f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PdfFonts fonts;

    PdfTextLines(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Lines of at most {@code width}, the first of at most {@code firstWidth} (first-line indent). */
    List<PdfLine> greedy(List<PdfSpan> spans, float firstWidth, float width) {
        return fill(words(spans), firstWidth, width);
    }

    List<PdfLine> greedy(List<PdfSpan> spans, float width) {
        return greedy(spans, width, width);
    }

    /**
     * The fewest lines that fit {@code width}, made as even as possible: the narrowest width that
     * still gives that many lines. Centred header text then breaks like a person would break it
     * ("ỦY BAN NHÂN DÂN / THÀNH PHỐ PHAN THIẾT", not "… DÂN THÀNH / PHỐ …").
     */
    List<PdfLine> balanced(List<PdfSpan> spans, float width) {
        List<PdfWord> words = words(spans);
        List<PdfLine> best = fill(words, width, width);
        float widest = 0;
        for (PdfWord w : words) {
            widest = Math.max(widest, w.width());
        }
        if (best.size() < 2 || widest > width) {
            return best;
        }
        float lo = widest;
        float hi = width;
        while (hi - lo > 0.05f) {
            float mid = (lo + hi) / 2;
            List<PdfLine> lines = fill(words, mid, mid);
            if (lines.size() == best.size()) {
                best = lines;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /**
     * The lines a centred header or title text breaks into in the PDF ({@link #balanced}), so that
     * the DOCX writer can put its line breaks at the same places.
     */
    static List<String> centredLines(String text, boolean bold, boolean italic, float size, float width) {
        synchronized (PdfFonts.LOCK) {
            PdfTextLines lines = new PdfTextLines(PdfFonts.measuring());
            return lines.balanced(List.of(new PdfSpan(text, PdfStyle.of(bold, italic), size)), width).stream()
                    .map(PdfLine::text).toList();
        }
    }

    /** The text as words with their trailing white space; new lines and tabs count as spaces. */
    List<PdfWord> words(List<PdfSpan> spans) {
        List<PdfWord> words = new ArrayList<>();
        List<PdfSpan> pieces = new ArrayList<>();
        for (PdfSpan span : spans) {
            String text = Normalizer.normalize(span.text(), Normalizer.Form.NFC).replaceAll("[\\n\\r\\t\\u00A0]", " ");
            int i = 0;
            while (i < text.length()) {
                int space = text.indexOf(' ', i);
                int end = space < 0 ? text.length() : space;
                if (end > i) {
                    pieces.add(new PdfSpan(text.substring(i, end), span.style(), span.size()));
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
                        PdfWord prev = words.remove(words.size() - 1);
                        String joined = prev.gap() + gap;
                        words.add(new PdfWord(prev.pieces(), prev.width(), joined, gapWidth(joined, prev)));
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

    private PdfWord word(List<PdfSpan> pieces, String gap) {
        float width = 0;
        for (PdfSpan p : pieces) {
            width += fonts.width(p.text(), p.style(), p.size());
        }
        PdfWord word = new PdfWord(pieces, width, gap, 0);
        return gap.isEmpty() ? word : new PdfWord(pieces, width, gap, gapWidth(gap, word));
    }

    /** The gap is drawn in the face of the word's last piece, so it is measured in that face. */
    private float gapWidth(String gap, PdfWord word) {
        PdfSpan last = word.pieces().get(word.pieces().size() - 1);
        return fonts.width(gap, last.style(), last.size());
    }

    private List<PdfLine> fill(List<PdfWord> words, float firstWidth, float width) {
        List<PdfLine> lines = new ArrayList<>();
        List<PdfWord> line = new ArrayList<>();
        float used = 0;
        for (PdfWord word : words) {
            float room = lines.isEmpty() ? firstWidth : width;
            if (!line.isEmpty()) {
                float gap = line.get(line.size() - 1).gapWidth();
                if (used + gap + word.width() <= room + EPSILON) {
                    line.add(word);
                    used += gap + word.width();
                    continue;
                }
                lines.add(new PdfLine(line, used, false));
                line = new ArrayList<>();
                used = 0;
                room = width;
            }
            if (word.width() <= room + EPSILON) {
                line.add(word);
                used = word.width();
                continue;
            }
            List<PdfWord> parts = cut(word, room);
            for (int k = 0; k < parts.size() - 1; k++) {
                lines.add(new PdfLine(List.of(parts.get(k)), parts.get(k).width(), false));
            }
            PdfWord tail = parts.get(parts.size() - 1);
            line.add(tail);
            used = tail.width();
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new PdfLine(line, used, true));
        } else {
            PdfLine end = lines.remove(lines.size() - 1);
            lines.add(new PdfLine(end.words(), end.width(), true));
        }
        return lines;
    }

    /** Cuts a word wider than {@code room} between characters (grapheme clusters) into pieces that fit. */
    private List<PdfWord> cut(PdfWord word, float room) {
        List<PdfWord> parts = new ArrayList<>();
        List<PdfSpan> current = new ArrayList<>();
        float used = 0;
        BreakIterator chars = BreakIterator.getCharacterInstance(VIETNAMESE);
        for (PdfSpan piece : word.pieces()) {
            chars.setText(piece.text());
            StringBuilder run = new StringBuilder();
            for (int start = chars.first(), end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
                String ch = piece.text().substring(start, end);
                float w = fonts.width(ch, piece.style(), piece.size());
                boolean empty = current.isEmpty() && run.length() == 0;
                if (!empty && used + w > room + EPSILON) {
                    if (run.length() > 0) {
                        current.add(new PdfSpan(run.toString(), piece.style(), piece.size()));
                        run.setLength(0);
                    }
                    parts.add(new PdfWord(current, used, "", 0));
                    current = new ArrayList<>();
                    used = 0;
                }
                run.append(ch);
                used += w;
            }
            if (run.length() > 0) {
                current.add(new PdfSpan(run.toString(), piece.style(), piece.size()));
            }
        }
        parts.add(new PdfWord(current, used, word.gap(), word.gapWidth()));
        return parts;
    }
}
