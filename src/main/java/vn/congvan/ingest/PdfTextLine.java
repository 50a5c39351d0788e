package vn.congvan.ingest;

import vn.congvan.model.Run;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The glyphs of one page that share a baseline, left to right: a line of text, or a row of the header
 * and footer tables with both columns in it ({@link #columns()} cuts it there). The reader and the
 * format checker both see PDF text as these lines.
 *
 * @param page   1-based page number
 * @param number the line's place on its page, counted from the top (for messages)
 * @param glyphs the glyphs left to right, diacritics drawn apart already joined to their letters
 */
public record PdfTextLine(int page, int number, List<PdfGlyph> glyphs) {
    /** A gap wider than this many ems with nothing drawn in it separates table columns, not words. */
    private static final float COLUMN_GAP = 1f;
    /** Between two column centres, a gap this wide (in ems) between letters is no word space but the columns' gutter. */
    private static final float TIGHT_COLUMN_GAP = 0.45f;
    /** A gap wider than this many ems without a space glyph still separates words. */
    private static final float WORD_GAP = 0.15f;

    public PdfTextLine {
        glyphs = List.copyOf(glyphs);
    }

    /** The lines of one page, top to bottom; glyphs whose baselines differ by less than a fifth of an em share a line. */
    public static List<PdfTextLine> of(int page, List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> groups = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        for (PdfGlyph g : sorted) {
            if (!current.isEmpty()) {
                PdfGlyph first = current.get(0);
                if (g.baseline() - first.baseline() > Math.max(1.5f, 0.2f * first.size())) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<PdfTextLine> lines = new ArrayList<>();
        for (List<PdfGlyph> group : groups) {
            List<PdfGlyph> ordered = leftToRight(group);
            if (ordered.stream().anyMatch(g -> !g.blank())) {
                lines.add(new PdfTextLine(page, lines.size() + 1, ordered));
            }
        }
        return lines;
    }

    /**
     * Sorted by x; a diacritic drawn as its own glyph joins the letter it stands over, and a glyph drawn
     * twice at the same place (fake bold by overprinting) counts once, as bold.
     */
    private static List<PdfGlyph> leftToRight(List<PdfGlyph> group) {
        List<PdfGlyph> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::x));
        List<PdfGlyph> out = new ArrayList<>();
        for (PdfGlyph g : sorted) {
            PdfGlyph prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && g.combining()) {
                out.set(out.size() - 1, prev.joined(g));
            } else if (prev != null && !g.blank() && g.text().equals(prev.text())
                    && Math.abs(g.x() - prev.x()) < 0.2f * Math.max(prev.width(), 0.1f * g.size())) {
                out.set(out.size() - 1, prev.overprinted());
            } else {
                out.add(g);
            }
        }
        return out;
    }

    private List<PdfGlyph> visible() {
        return glyphs.stream().filter(g -> !g.blank()).toList();
    }

    /** Left edge of the first visible glyph. */
    public float x0() {
        return visible().get(0).x();
    }

    /** Right edge of the last visible glyph. */
    public float x1() {
        return (float) visible().stream().mapToDouble(PdfGlyph::end).max().orElse(0);
    }

    public float centre() {
        return (x0() + x1()) / 2;
    }

    /** The baseline most of the line's characters stand on. */
    public float baseline() {
        return mostCommon(PdfGlyph::baseline);
    }

    /** Top of the line box: the highest ascent of its visible glyphs. */
    public float top() {
        return (float) visible().stream().mapToDouble(PdfGlyph::top).min().orElse(0);
    }

    /** Bottom of the line box: the lowest descent of its visible glyphs. */
    public float bottom() {
        return (float) visible().stream().mapToDouble(PdfGlyph::bottom).max().orElse(0);
    }

    /** The font size of most of the line's characters. */
    public float size() {
        return mostCommon(PdfGlyph::size);
    }

    private float mostCommon(java.util.function.ToDoubleFunction<PdfGlyph> value) {
        Map<Float, Integer> counts = new HashMap<>();
        for (PdfGlyph g : visible()) {
            counts.merge(Math.round(value.applyAsDouble(g) * 10) / 10f, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    public boolean bold() {
        return visible().stream().allMatch(PdfGlyph::bold);
    }

    public boolean italic() {
        return visible().stream().allMatch(PdfGlyph::italic);
    }

    /**
     * The line cut where a gap of more than an em has nothing drawn in it: the two columns of a header
     * or footer row. Spaces typed on purpose (a draft's "Số:      /BC-UBND") are drawn, so they hold.
     */
    List<PdfTextLine> columns() {
        return cutAtGaps(COLUMN_GAP);
    }

    /** The line cut wherever a gap wider than {@code ems} (of the larger font on either side) has nothing drawn in it. */
    public List<PdfTextLine> cutAtGaps(float ems) {
        List<PdfTextLine> parts = new ArrayList<>();
        List<PdfGlyph> part = new ArrayList<>();
        float end = 0;
        for (PdfGlyph g : glyphs) {
            if (!part.isEmpty() && g.x() - end > ems * Math.max(g.size(), part.get(part.size() - 1).size())) {
                add(parts, part);
                part = new ArrayList<>();
            }
            part.add(g);
            end = part.size() == 1 ? g.end() : Math.max(end, g.end());
        }
        add(parts, part);
        return parts;
    }

    /**
     * This piece cut in two at its widest gap between {@code from} and {@code to} (two column centres),
     * when that gap is wider than a word space: two columns set so close that {@link #columns()} left
     * them together. Otherwise the piece itself.
     */
    List<PdfTextLine> cutBetween(float from, float to) {
        List<PdfGlyph> visible = visible();
        int cut = -1;
        float widest = 0;
        for (int i = 1; i < visible.size(); i++) {
            float start = visible.get(i - 1).end();
            float end = visible.get(i).x();
            if (start > from && end < to && end - start > widest) {
                widest = end - start;
                cut = i;
            }
        }
        if (cut < 0 || widest <= TIGHT_COLUMN_GAP * size()) {
            return List.of(this);
        }
        float at = visible.get(cut).x();
        List<PdfTextLine> parts = new ArrayList<>();
        add(parts, glyphs.stream().filter(g -> g.x() < at).toList());
        add(parts, glyphs.stream().filter(g -> g.x() >= at).toList());
        return parts;
    }

    private void add(List<PdfTextLine> parts, List<PdfGlyph> part) {
        if (part.stream().anyMatch(g -> !g.blank())) {
            parts.add(new PdfTextLine(page, number, part));
        }
    }

    /** These glyphs and those of {@code other} as one line (two pieces of one column on one row). */
    PdfTextLine with(PdfTextLine other) {
        List<PdfGlyph> all = new ArrayList<>(glyphs);
        all.addAll(other.glyphs);
        all.sort(Comparator.comparingDouble(PdfGlyph::x));
        return new PdfTextLine(page, number, all);
    }

    /**
     * The text as styled runs, words one space apart: a justified line's wide gaps, a run of spaces and
     * a gap drawn without a space glyph all become one space, bold or italic only where both words are.
     */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        PdfGlyph previous = null;
        boolean space = false;
        for (PdfGlyph g : glyphs) {
            if (g.blank()) {
                space = previous != null;
                continue;
            }
            if (previous != null && (space || g.x() - previous.end() > WORD_GAP * g.size())) {
                runs.add(new Run(" ", previous.bold() && g.bold(), previous.italic() && g.italic()));
            }
            runs.add(new Run(g.text(), g.bold(), g.italic()));
            previous = g;
            space = false;
        }
        return merged(runs);
    }

    private static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Run style = null;
        for (Run r : runs) {
            if (style != null && (r.bold() != style.bold() || r.italic() != style.italic())) {
                out.add(new Run(VietnameseText.clean(text.toString()), style.bold(), style.italic()));
                text.setLength(0);
            }
            style = r;
            text.append(r.text());
        }
        if (style != null) {
            out.add(new Run(VietnameseText.clean(text.toString()), style.bold(), style.italic()));
        }
        return out;
    }

    /** The text, words one space apart, NFC. */
    public String text() {
        return runs().stream().map(Run::text).collect(Collectors.joining());
    }

    /** Width of the first word: what would have had to fit at the end of the line above. */
    float firstWordWidth() {
        List<PdfGlyph> visible = visible();
        PdfGlyph first = visible.get(0);
        float end = first.end();
        for (PdfGlyph g : glyphs.subList(glyphs.indexOf(first) + 1, glyphs.size())) {
            if (g.blank() || g.x() - end > WORD_GAP * g.size()) {
                break;
            }
            end = g.end();
        }
        return end - first.x();
    }

    /** The width of a space in this line's font, measured where one is drawn. */
    float spaceWidth() {
        return glyphs.stream().filter(g -> g.blank() && g.width() > 0).map(PdfGlyph::width).findFirst()
                .orElse(0.25f * size());
    }
}
