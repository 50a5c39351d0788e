package vn.congvan.render;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import vn.congvan.model.Table;
import vn.congvan.text.VietnameseText;

/**
 * The widths of a body table's columns, sized from what they hold; the one computation the PDF and
 * the DOCX writer both use, so that both break the cells' lines alike.
 *
 * <p>A column is never narrower than its widest unbreakable piece: a word (a date "23/08/2019", a
 * number/symbol "6174/UBND-VX") or a phrase the table keeps whole ("Chưa thực hiện"). What room is
 * left goes where it saves the most lines: of a few ways to share it (in proportion to what each
 * column could still use, or first to one column), the one giving the table the fewest lines wins, so
 * long unit names wrap while dates and statuses stay on one line. The widths add up to the text width.
 */
final class TableColumns {
    static final float SIZE = Layout.TABLE_SIZE;
    static final float PADDING = Layout.TABLE_PADDING;
    /** The text width in twips, rounded down: the table stays inside the margins in both formats. */
    static final int TOTAL = (int) Math.floor(Layout.TEXT_WIDTH * 20);
    /**
     * Room added to what a piece measures: Word and LibreOffice round each glyph's advance, so a
     * column exactly as wide as its date may still break it there.
     */
    private static final float SLACK = 1;
    private static final char NO_BREAK = '\u00A0';

    private final LineBreaker breaker;

    TableColumns(LineBreaker breaker) {
        this.breaker = breaker;
    }

    /** Each kept phrase of more than one word, clean, and as it is set: joined by no-break spaces. */
    private static List<String[]> keptPhrases(Table table) {
        List<String[]> kept = new ArrayList<>();
        for (String phrase : table.keptWhole()) {
            String clean = VietnameseText.oneLine(phrase);
            if (clean.indexOf(' ') > 0) {
                kept.add(new String[] {clean, clean.replace(' ', NO_BREAK)});
            }
        }
        return kept;
    }

    /** A cell's text as both writers set it: clean, and each kept phrase joined by no-break spaces. */
    private static String cellText(List<String[]> kept, String raw) {
        String text = VietnameseText.clean(raw == null ? "" : raw).strip();
        for (String[] phrase : kept) {
            text = text.replace(phrase[0], phrase[1]);
        }
        return text;
    }

    /**
     * The table sized last: a document is written as PDF and then as DOCX, and both writers size the
     * same table object, which is most of the layout's time; weak, so it never keeps a document alive
     * (the sizing holds the cells' texts and words, not the table).
     */
    private record Sized(WeakReference<Table> table, FontMetrics metrics, Sizing sizing) {
    }

    private static final AtomicReference<Sized> LAST = new AtomicReference<>();

    /** The width of each column in twips (twentieths of a point), adding up to {@link #TOTAL}. */
    int[] twips(Table table) {
        return sizing(table).twips();
    }

    /** The table's sizing: the one made last if it was of this very table, else made now. */
    Sizing sizing(Table table) {
        Sized last = LAST.get();
        if (last != null && last.table().get() == table && last.metrics() == breaker.metrics()) {
            return last.sizing();
        }
        return sized(table);
    }

    /**
     * The widths of {@link #twips} and the cells' words they were sized from, for the PDF to set each
     * cell's lines from the same words rather than break its text into words again; always made afresh.
     */
    Sizing sized(Table table) {
        Sizing sizing = size(table);
        LAST.set(new Sized(new WeakReference<>(table), breaker.metrics(), sizing));
        return sizing;
    }

    /** One distinct cell of a column: its text as set, its words, its widest word and its width on one line. */
    record Cell(String text, List<TextWord> words, float widest, float oneLine) {
    }

    /**
     * A table's column widths in twips and its cells: the header's by column, the rows' by column and
     * raw cell text (a report repeats its units, requirements, dates and states). Shared between the
     * writers of one table, so nothing of it may change.
     */
    static final class Sizing {
        private final int[] twips;
        private final List<Cell> header;
        private final List<List<TextWord>> headerWords;
        private final List<Map<String, Cell>> rows;

        private Sizing(int[] twips, List<Cell> header, List<Map<String, Cell>> rows) {
            this.twips = twips;
            this.header = header;
            this.headerWords = header.stream().map(Cell::words).toList();
            this.rows = rows;
        }

        /** The widths in twips, a copy. */
        int[] twips() {
            return twips.clone();
        }

        /** The header's words by column. */
        List<List<TextWord>> header() {
            return headerWords;
        }

        /** The header's text of {@code column} as it is set. */
        String headerText(int column) {
            return header.get(column).text();
        }

        /** The words of a row's cell, {@code raw} as the table holds it ({@code null} is empty). */
        List<TextWord> words(int column, String raw) {
            return cell(column, raw).words();
        }

        /** A row's cell text as it is set ({@link #cellText}), {@code raw} as the table holds it. */
        String text(int column, String raw) {
            return cell(column, raw).text();
        }

        private Cell cell(int column, String raw) {
            return rows.get(column).get(raw == null ? "" : raw);
        }
    }

    private Sizing size(Table table) {
        int columns = table.header().size();
        List<String[]> kept = keptPhrases(table);
        // Equal cells of a column are one cell, made and measured once: a report repeats its units,
        // requirements, dates and states row after row.
        List<Map<String, Cell>> seen = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            seen.add(new HashMap<>());
        }
        List<List<Cell>> cells = new ArrayList<>(table.rows().size() + 1); // row → column; the header first
        List<Cell> header = new ArrayList<>(columns);
        for (String raw : table.header()) {
            header.add(cell(kept, raw == null ? "" : raw, Face.BOLD));
        }
        cells.add(header);
        for (List<String> row : table.rows()) {
            List<Cell> out = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                String raw = row.get(c) == null ? "" : row.get(c); // as cellText reads it
                Map<String, Cell> column = seen.get(c);
                Cell cell = column.get(raw);
                if (cell == null) {
                    cell = cell(kept, raw, Face.REGULAR);
                    column.put(raw, cell);
                }
                out.add(cell);
            }
            cells.add(out);
        }
        float[] least = new float[columns];
        float[] most = new float[columns];
        for (List<Cell> row : cells) {
            for (int c = 0; c < columns; c++) {
                least[c] = Math.max(least[c], row.get(c).widest() + 2 * PADDING + SLACK);
                most[c] = Math.max(most[c], row.get(c).oneLine() + 2 * PADDING + SLACK);
            }
        }
        float total = TOTAL / 20f;
        float sumLeast = sum(least);
        float sumMost = sum(most);
        float[] chosen;
        if (sumLeast > total) {
            // Too many columns for the page: every column shrinks alike, and long words are cut.
            chosen = scaled(least, total / sumLeast);
        } else if (sumMost <= total) {
            chosen = scaled(most, total / sumMost);
        } else {
            chosen = fewestLines(cells, least, most, total - sumLeast);
        }
        return new Sizing(toTwips(chosen), header, seen);
    }

    private Cell cell(List<String[]> kept, String raw, Face face) {
        String text = cellText(kept, raw);
        List<TextWord> words = breaker.words(List.of(new TextSpan(text, face, SIZE)));
        return new Cell(text, words, widestWord(words), oneLine(words));
    }

    private float[] fewestLines(List<List<Cell>> rows, float[] least, float[] most, float room) {
        List<List<List<TextWord>>> words = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            List<List<TextWord>> out = new ArrayList<>(row.size());
            for (Cell cell : row) {
                out.add(cell.words());
            }
            words.add(out);
        }
        TableCells cells = new TableCells(breaker, words, least.length);
        // On a tie the earlier candidate wins: first the room to the column that wants the most (the
        // long names, which then wrap the least), then to each other column, then shared.
        List<float[]> candidates = new ArrayList<>();
        Integer[] cheapestFirst = IntStream.range(0, least.length).boxed()
                .sorted(Comparator.comparingDouble(c -> most[c] - least[c])).toArray(Integer[]::new);
        for (int k = cheapestFirst.length - 1; k >= 0; k--) {
            int c = cheapestFirst[k];
            if (most[c] > least[c]) {
                List<Integer> order = new ArrayList<>(Arrays.asList(cheapestFirst));
                order.remove(Integer.valueOf(c));
                order.add(0, c);
                candidates.add(inOrder(least, most, room, order));
            }
        }
        candidates.add(inOrder(least, most, room, Arrays.asList(cheapestFirst)));
        candidates.add(proportional(least, most, room));
        candidates.add(stepwise(cells, oneLineWidths(rows), least, most, room));
        float[] best = null;
        long bestLines = Long.MAX_VALUE;
        for (float[] widths : candidates) {
            long lines = lines(cells, widths);
            if (lines < bestLines) {
                best = widths;
                bestLines = lines;
            }
        }
        return best;
    }

    /** Per column, its cells' one-line widths (padding and slack added), sorted: the widths worth trying. */
    private static float[][] oneLineWidths(List<List<Cell>> rows) {
        int columns = rows.get(0).size();
        float[][] out = new float[columns][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                out[c][r] = row.get(c).oneLine() + 2 * PADDING + SLACK;
            }
        }
        for (float[] column : out) {
            Arrays.sort(column);
        }
        return out;
    }

    /** Widths at which a column is tried: enough for this many of its cells' one-line widths. */
    private static final int TRIED_WIDTHS = 12;
    private static final float[] STEPS = {1 / 16f, 1 / 8f, 1 / 4f, 1 / 2f};

    /**
     * The room given step by step: each time to the column, and by the amount, that saves the most lines
     * per point (a width at which more of its cells fit on one line); what is left at the end is shared.
     *
     * <p>A row is as tall as its tallest cell, so widening one column changes a row only where that
     * column's cell was its tallest: each column is tried against the tallest of the row's other cells
     * (from each group's tallest and second tallest, kept per step). Those alone bound what a width can
     * save, so a width that could not beat the best gain found so far is not counted at all.
     */
    private float[] stepwise(TableCells cells, float[][] oneLine, float[] least, float[] most, float room) {
        int columns = least.length;
        int groups = cells.groups();
        int[] weight = cells.weights();
        float[] widths = least.clone();
        float left = room;
        long lines = lines(cells, widths);
        // Each group's lines per column at its width now; after a step only the widened column changes.
        int[][] cellLines = new int[columns][];
        for (int c = 0; c < columns; c++) {
            cellLines[c] = linesAt(cells, c, widths[c]);
        }
        int[] tallest = new int[groups];
        int[] tallestColumn = new int[groups];
        int[] second = new int[groups];
        int[] others = new int[groups];
        float[] targets = new float[TRIED_WIDTHS + STEPS.length];
        while (left > 0.5f) {
            for (int g = 0; g < groups; g++) {
                int top = 1;
                int topColumn = -1;
                int next = 1;
                for (int c = 0; c < columns; c++) {
                    int n = cellLines[c][g];
                    if (n > top) {
                        next = top;
                        top = n;
                        topColumn = c;
                    } else if (n > next) {
                        next = n;
                    }
                }
                tallest[g] = top;
                tallestColumn[g] = topColumn;
                second[g] = next;
            }
            int bestColumn = -1;
            float bestWidth = 0;
            double bestGain = 0;
            long bestLines = lines;
            for (int c = 0; c < columns; c++) {
                float kept = widths[c];
                float[] oneLineWidths = oneLine[c];
                boolean any = false;
                for (int k = 1; k <= TRIED_WIDTHS; k++) {
                    targets[k - 1] = oneLineWidths[Math.min(oneLineWidths.length - 1, oneLineWidths.length * k / TRIED_WIDTHS)];
                    any |= worthTrying(targets[k - 1], kept, left);
                }
                // Fewer lines in cells too long for one line: steps of the room left.
                for (int k = 0; k < STEPS.length; k++) {
                    targets[TRIED_WIDTHS + k] = Math.min(most[c], kept + left * STEPS[k]);
                    any |= worthTrying(targets[TRIED_WIDTHS + k], kept, left);
                }
                if (!any) {
                    continue;
                }
                long floor = 0; // the table's lines if this column's cells all took one line
                for (int g = 0; g < groups; g++) {
                    others[g] = tallestColumn[g] == c ? second[g] : tallest[g];
                    floor += (long) weight[g] * others[g];
                }
                if (floor >= lines) {
                    continue;
                }
                int[] ids = cells.cells(c);
                for (float target : targets) {
                    if (!worthTrying(target, kept, left) || (double) (lines - floor) / (target - kept) <= bestGain) {
                        continue;
                    }
                    int[] counted = cells.count(c, target - 2 * PADDING);
                    long tried = 0;
                    for (int g = 0; g < groups; g++) {
                        tried += (long) weight[g] * Math.max(others[g], counted[ids[g]]);
                    }
                    double gain = (double) (lines - tried) / (target - kept);
                    if (tried < lines && gain > bestGain) {
                        bestColumn = c;
                        bestWidth = target;
                        bestGain = gain;
                        bestLines = tried;
                    }
                }
            }
            if (bestColumn < 0) {
                break;
            }
            left -= bestWidth - widths[bestColumn];
            widths[bestColumn] = bestWidth;
            lines = bestLines;
            cellLines[bestColumn] = linesAt(cells, bestColumn, bestWidth);
        }
        return proportional(widths, most, left);
    }

    /** Whether a column now {@code kept} wide may be widened to {@code target} with {@code left} to give. */
    private static boolean worthTrying(float target, float kept, float left) {
        return target > kept && target - kept <= left;
    }

    /** Each group's lines in {@code column} at {@code width}. */
    private int[] linesAt(TableCells cells, int column, float width) {
        int[] counted = cells.count(column, width - 2 * PADDING);
        int[] ids = cells.cells(column);
        int[] out = new int[ids.length];
        for (int g = 0; g < ids.length; g++) {
            out[g] = counted[ids[g]];
        }
        return out;
    }

    /** The room shared in proportion to what each column could still use (as browsers size tables). */
    private static float[] proportional(float[] least, float[] most, float room) {
        float want = 0;
        for (int c = 0; c < least.length; c++) {
            want += most[c] - least[c];
        }
        float[] widths = least.clone();
        for (int c = 0; c < least.length; c++) {
            widths[c] += want == 0 ? room / least.length : room * (most[c] - least[c]) / want;
        }
        return widths;
    }

    /** The room given to the columns in {@code order}, each up to what it can use; the rest to the first. */
    private static float[] inOrder(float[] least, float[] most, float room, List<Integer> order) {
        float[] widths = least.clone();
        float left = room;
        for (int c : order) {
            float give = Math.min(left, most[c] - least[c]);
            widths[c] += give;
            left -= give;
        }
        widths[order.get(0)] += left;
        return widths;
    }

    /** The lines the table takes with these widths: each row as tall as its tallest cell. */
    private long lines(TableCells cells, float[] widths) {
        int[][] counted = new int[widths.length][];
        for (int c = 0; c < widths.length; c++) {
            counted[c] = cells.count(c, widths[c] - 2 * PADDING);
        }
        int[] weight = cells.weights();
        long lines = 0;
        for (int g = 0; g < weight.length; g++) {
            int tallest = 1;
            for (int c = 0; c < widths.length; c++) {
                tallest = Math.max(tallest, counted[c][cells.cells(c)[g]]);
            }
            lines += (long) weight[g] * tallest;
        }
        return lines;
    }

    private static float widestWord(List<TextWord> words) {
        float widest = 0;
        for (TextWord w : words) {
            widest = Math.max(widest, w.width());
        }
        return widest;
    }

    private static float oneLine(List<TextWord> words) {
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            width += words.get(i).width() + (i < words.size() - 1 ? words.get(i).gapWidth() : 0);
        }
        return width;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    private static float[] scaled(float[] values, float factor) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** Whole twips, rounded down; the last column takes what rounding left, so the sum is exact. */
    private static int[] toTwips(float[] points) {
        int[] twips = new int[points.length];
        int used = 0;
        for (int i = 0; i < points.length - 1; i++) {
            twips[i] = (int) Math.floor(points[i] * 20);
            used += twips[i];
        }
        twips[points.length - 1] = TOTAL - used;
        return twips;
    }
}
