package vn.congvan.render;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** A cell's text as both writers set it: clean, and each kept phrase joined by no-break spaces. */
    static String cellText(Table table, String raw) {
        String text = VietnameseText.clean(raw == null ? "" : raw).strip();
        for (String phrase : table.keptWhole()) {
            String clean = VietnameseText.oneLine(phrase);
            if (clean.indexOf(' ') > 0) {
                text = text.replace(clean, clean.replace(' ', NO_BREAK));
            }
        }
        return text;
    }

    /**
     * The table sized last: a document is written as PDF and then as DOCX, and both writers size the
     * same table object, which is most of the layout's time; weak, so it never keeps a document alive.
     */
    private record Sized(WeakReference<Table> table, FontMetrics metrics, int[] twips) {
    }

    private static final AtomicReference<Sized> LAST = new AtomicReference<>();

    /** The width of each column in twips (twentieths of a point), adding up to {@link #TOTAL}. */
    int[] twips(Table table) {
        Sized last = LAST.get();
        if (last != null && last.table().get() == table && last.metrics() == breaker.metrics()) {
            return last.twips().clone();
        }
        return sized(table).twips();
    }

    /**
     * The widths of {@link #twips} and the cells' words they were sized from, for the PDF to set each
     * cell's lines from the same words rather than break its text into words again.
     */
    Sizing sized(Table table) {
        Sizing sizing = size(table);
        LAST.set(new Sized(new WeakReference<>(table), breaker.metrics(), sizing.twips().clone()));
        return sizing;
    }

    /**
     * A table's column widths in twips and the words of its cells: the header's by column, the rows'
     * by column and raw cell text (a report repeats its units, requirements, dates and states).
     */
    record Sizing(int[] twips, List<List<TextWord>> header, List<Map<String, List<TextWord>>> rows) {
        /** The words of a row's cell, {@code raw} as the table holds it ({@code null} is empty). */
        List<TextWord> words(int column, String raw) {
            return rows.get(column).get(raw == null ? "" : raw);
        }
    }

    private Sizing size(Table table) {
        int columns = table.header().size();
        // Equal cells of a column share one list of words, and each is broken once per width tried:
        // a report repeats its units, requirements, dates and states row after row.
        List<Map<String, List<TextWord>>> seen = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            seen.add(new HashMap<>());
        }
        List<List<List<TextWord>>> cells = new ArrayList<>(); // row → column → words; the header first
        List<List<TextWord>> header = words(table, table.header(), Face.BOLD, null);
        cells.add(header);
        for (List<String> row : table.rows()) {
            cells.add(words(table, row, Face.REGULAR, seen));
        }
        float[] least = new float[columns];
        float[] most = new float[columns];
        for (List<List<TextWord>> row : cells) {
            for (int c = 0; c < columns; c++) {
                least[c] = Math.max(least[c], widestWord(row.get(c)) + 2 * PADDING + SLACK);
                most[c] = Math.max(most[c], oneLine(row.get(c)) + 2 * PADDING + SLACK);
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
            chosen = fewestLines(new Cells(cells, columns), least, most, total - sumLeast);
        }
        return new Sizing(toTwips(chosen), header, seen);
    }

    private float[] fewestLines(Cells cells, float[] least, float[] most, float room) {
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
        candidates.add(stepwise(cells, least, most, room));
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

    /** Widths at which a column is tried: enough for this many of its cells' one-line widths. */
    private static final int TRIED_WIDTHS = 12;
    private static final float[] STEPS = {1 / 16f, 1 / 8f, 1 / 4f, 1 / 2f};

    /**
     * The room given step by step: each time to the column, and by the amount, that saves the most lines
     * per point (a width at which more of its cells fit on one line); what is left at the end is shared.
     */
    private float[] stepwise(Cells cells, float[] least, float[] most, float room) {
        int columns = least.length;
        int rows = cells.rows();
        List<float[]> oneLine = new ArrayList<>(); // per column, its cells' one-line widths, sorted
        for (int c = 0; c < columns; c++) {
            float[] widths = new float[rows];
            for (int r = 0; r < rows; r++) {
                widths[r] = oneLine(cells.words(r, c)) + 2 * PADDING + SLACK;
            }
            Arrays.sort(widths);
            oneLine.add(widths);
        }
        float[] widths = least.clone();
        float left = room;
        long lines = lines(cells, widths);
        // Each cell's lines now, so that trying a width for one column breaks only that column's cells;
        // after a step only the widened column's cells are broken again.
        int[][] cellLines = new int[rows][columns];
        for (int c = 0; c < columns; c++) {
            countLines(cells, c, widths[c], cellLines);
        }
        int[] others = new int[rows];
        while (left > 0.5f) {
            int bestColumn = -1;
            float bestWidth = 0;
            double bestGain = 0;
            long bestLines = lines;
            for (int c = 0; c < columns; c++) {
                for (int r = 0; r < rows; r++) {
                    int tallest = 1;
                    for (int o = 0; o < columns; o++) {
                        if (o != c) {
                            tallest = Math.max(tallest, cellLines[r][o]);
                        }
                    }
                    others[r] = tallest;
                }
                float[] oneLineWidths = oneLine.get(c);
                float[] targets = new float[TRIED_WIDTHS + STEPS.length];
                for (int k = 1; k <= TRIED_WIDTHS; k++) {
                    targets[k - 1] = oneLineWidths[Math.min(oneLineWidths.length - 1, oneLineWidths.length * k / TRIED_WIDTHS)];
                }
                // Fewer lines in cells too long for one line: steps of the room left.
                for (int k = 0; k < STEPS.length; k++) {
                    targets[TRIED_WIDTHS + k] = Math.min(most[c], widths[c] + left * STEPS[k]);
                }
                for (float target : targets) {
                    if (target <= widths[c] || target - widths[c] > left) {
                        continue;
                    }
                    float kept = widths[c];
                    int[] counted = cells.count(breaker, c, target - 2 * PADDING);
                    int[] ids = cells.ids(c);
                    long tried = 0;
                    for (int r = 0; r < rows; r++) {
                        tried += Math.max(others[r], counted[ids[r]]);
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
            countLines(cells, bestColumn, bestWidth, cellLines);
        }
        return proportional(widths, most, left);
    }

    private void countLines(Cells cells, int column, float width, int[][] cellLines) {
        int[] counted = cells.count(breaker, column, width - 2 * PADDING);
        for (int r = 0; r < cells.rows(); r++) {
            cellLines[r][column] = counted[cells.distinct(r, column)];
        }
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
    private long lines(Cells cells, float[] widths) {
        int[][] counted = new int[widths.length][];
        for (int c = 0; c < widths.length; c++) {
            counted[c] = cells.count(breaker, c, widths[c] - 2 * PADDING);
        }
        long lines = 0;
        for (int r = 0; r < cells.rows(); r++) {
            int tallest = 1;
            for (int c = 0; c < widths.length; c++) {
                tallest = Math.max(tallest, counted[c][cells.distinct(r, c)]);
            }
            lines += tallest;
        }
        return lines;
    }

    /**
     * A row's cells as words; an equal cell met before in the same column gives the same list, kept
     * in {@code seen} by column and raw text (none for the header, which is met once).
     */
    private List<List<TextWord>> words(Table table, List<String> row, Face face, List<Map<String, List<TextWord>>> seen) {
        List<List<TextWord>> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String raw = row.get(c) == null ? "" : row.get(c); // as cellText reads it
            out.add(seen == null ? words(table, raw, face)
                    : seen.get(c).computeIfAbsent(raw, k -> words(table, raw, face)));
        }
        return out;
    }

    private List<TextWord> words(Table table, String raw, Face face) {
        return breaker.words(List.of(new TextSpan(cellText(table, raw), face, SIZE)));
    }

    /** The table's cells with each column's distinct cells numbered, to break each of them once per width. */
    private static final class Cells {
        private final List<List<List<TextWord>>> cells;
        private final int[][] distinct; // column → row → index into that column's list
        private final List<List<List<TextWord>>> byColumn = new ArrayList<>();
        /**
         * Counts already made, by column and width: the search tries the same widths again (each
         * step retries a column's one-line widths, and the candidates share widths), and a count
         * depends on nothing else.
         */
        private final Map<Long, int[]> counts = new HashMap<>();

        Cells(List<List<List<TextWord>>> cells, int columns) {
            this.cells = cells;
            this.distinct = new int[columns][cells.size()];
            for (int c = 0; c < columns; c++) {
                Map<List<TextWord>, Integer> index = new IdentityHashMap<>();
                List<List<TextWord>> column = new ArrayList<>();
                for (int r = 0; r < cells.size(); r++) {
                    List<TextWord> words = cells.get(r).get(c);
                    Integer i = index.get(words);
                    if (i == null) {
                        i = column.size();
                        index.put(words, i);
                        column.add(words);
                    }
                    distinct[c][r] = i;
                }
                byColumn.add(column);
            }
        }

        int rows() {
            return cells.size();
        }

        List<TextWord> words(int row, int column) {
            return cells.get(row).get(column);
        }

        int distinct(int row, int column) {
            return distinct[column][row];
        }

        /** Each row's index into the distinct cells of {@code column}; do not change. */
        int[] ids(int column) {
            return distinct[column];
        }

        /** The lines of each distinct cell of {@code column} at {@code width}, by its index; do not change. */
        int[] count(LineBreaker breaker, int column, float width) {
            long key = (long) column << 32 | Integer.toUnsignedLong(Float.floatToIntBits(width));
            int[] known = counts.get(key);
            if (known != null) {
                return known;
            }
            List<List<TextWord>> distinctCells = byColumn.get(column);
            int[] counted = new int[distinctCells.size()];
            for (int i = 0; i < counted.length; i++) {
                counted[i] = breaker.count(distinctCells.get(i), width);
            }
            counts.put(key, counted);
            return counted;
        }
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
