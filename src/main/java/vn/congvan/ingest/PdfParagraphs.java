package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines between header and footer put back into paragraphs from their geometry, as a reader of
 * the page would: a paragraph ends where the vertical gap is wider than the line pitch, where the
 * line above left room for the next line's first word (so it was the last line), or where a line
 * stands apart from the paragraph's continuation lines (a first-line indent). Centred lines (a type
 * title and its excerpt) are kept one a line, a group of them together. Each paragraph becomes one
 * source line followed by a blank line, as in a DOCX.
 */
final class PdfParagraphs {
    /** Extra vertical space, beyond a line's pitch, that separates paragraphs (Decree 30 bodies use 6 pt). */
    private static final float PARAGRAPH_SPACE = 2f;
    /** Slack in points when comparing positions that a writer computed from font metrics. */
    private static final float SLACK = 1f;

    private final PdfTextArea area;
    private final Map<Float, Float> pitches;

    private PdfParagraphs(List<PdfTextLine> lines, PdfTextArea area) {
        this.area = area;
        this.pitches = pitches(lines);
    }

    static List<SourceLine> of(List<PdfTextLine> lines, PdfTextArea area) {
        return new PdfParagraphs(lines, area).paragraphs(lines);
    }

    private List<SourceLine> paragraphs(List<PdfTextLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        List<PdfTextLine> paragraph = new ArrayList<>();
        for (PdfTextLine line : lines) {
            if (!paragraph.isEmpty() && ends(paragraph, line)) {
                close(paragraph, out);
            }
            paragraph.add(line);
        }
        close(paragraph, out);
        return out;
    }

    /** True when {@code next} does not continue {@code paragraph}. */
    private boolean ends(List<PdfTextLine> paragraph, PdfTextLine next) {
        PdfTextLine last = paragraph.get(paragraph.size() - 1);
        boolean centred = centred(last);
        if (centred || centred(next)) {
            return !(centred && centred(next)) || spaced(last, next) || last.bold() != next.bold()
                    || last.italic() != next.italic() || Math.abs(last.size() - next.size()) > 0.5f;
        }
        if (spaced(last, next) || roomFor(last, next)) {
            return true;
        }
        // Continuation lines of a paragraph start at one x; a line elsewhere opens the next paragraph.
        return paragraph.size() >= 2 && Math.abs(next.x0() - paragraph.get(1).x0()) > indentSlack(next);
    }

    private static float indentSlack(PdfTextLine line) {
        return Math.max(SLACK, 0.15f * line.size());
    }

    /** More space between the lines than their pitch: paragraph spacing. Across a page it says nothing. */
    private boolean spaced(PdfTextLine above, PdfTextLine below) {
        if (above.page() != below.page()) {
            return false;
        }
        float size = Math.max(above.size(), below.size());
        float pitch = pitches.getOrDefault(size, 1.15f * size);
        return below.baseline() - above.baseline() > pitch + Math.max(PARAGRAPH_SPACE, 0.15f * size);
    }

    /** The line above ended although the next line's first word would have fitted after it. */
    private boolean roomFor(PdfTextLine above, PdfTextLine below) {
        return area.right() - above.x1() > above.spaceWidth() + below.firstWordWidth() + SLACK;
    }

    /**
     * Set in the middle of the text width with room on both sides; a centred line may be nearly as
     * wide as the text (an excerpt wrapped greedily), where a justified line touches both margins.
     */
    private boolean centred(PdfTextLine line) {
        float before = line.x0() - area.left();
        float after = area.right() - line.x1();
        float margin = Math.max(2f, 0.15f * line.size());
        return before > margin && after > margin && Math.abs(before - after) <= Math.max(1.5f, 0.2f * line.size());
    }

    private void close(List<PdfTextLine> paragraph, List<SourceLine> out) {
        if (paragraph.isEmpty()) {
            return;
        }
        PdfTextLine first = paragraph.get(0);
        if (centred(first)) {
            for (PdfTextLine line : paragraph) {
                out.add(new SourceLine(line.page(), line.number(), line.runs()));
            }
        } else {
            List<SourceLine> lines = paragraph.stream().map(l -> new SourceLine(l.page(), l.number(), l.runs())).toList();
            out.add(new SourceLine(first.page(), first.number(), Runs.withoutRoleStyle(Runs.join(lines))));
        }
        out.add(new SourceLine(0, 0, List.of()));
        paragraph.clear();
    }

    /**
     * The pitch of single-spaced lines per font size: the least baseline distance between two lines of
     * that size on one page. Where every paragraph is one line it is the paragraph pitch, and then
     * vertical gaps decide nothing, which is right.
     */
    private static Map<Float, Float> pitches(List<PdfTextLine> lines) {
        Map<Float, Float> pitches = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfTextLine above = lines.get(i - 1);
            PdfTextLine below = lines.get(i);
            float size = above.size();
            float distance = below.baseline() - above.baseline();
            if (above.page() == below.page() && size == below.size() && distance > 0.5f * size) {
                pitches.merge(size, distance, Math::min);
            }
        }
        return pitches;
    }
}
