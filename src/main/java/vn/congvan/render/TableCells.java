package vn.congvan.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's cells as column sizing counts their lines: each column's distinct cells (a report repeats
 * its units, requirements, dates and states) broken once per width tried, and the rows grouped by the
 * cells they hold, so that equal rows are summed once, times their number.
 *
 * <p>Sizing never tries a column narrower than its widest word, so a cell of at most one word is one
 * line at every width tried: such cells are not broken at all, and rows that differ only in them (a row
 * number, a date, a phrase kept whole) fall into one group.
 */
final class TableCells {
    /** The index of every cell of at most one word in a column's counts: always one line. */
    private static final int ONE_WORD = 0;

    private final LineBreaker breaker;
    /** Column → its distinct cells of two words or more, at index 1 on. */
    private final List<List<List<TextWord>>> broken = new ArrayList<>();
    /** Column → group → index into that column's counts. */
    private final int[][] cellOf;
    /** Group → how many rows it stands for. */
    private final int[] weight;
    /**
     * Counts already made, by column and width: the search tries the same widths again (each step
     * retries a column's one-line widths, and the candidates share widths), and a count depends on
     * nothing else.
     */
    private final Map<Long, int[]> counts = new HashMap<>();

    /**
     * @param rows row → column → words, the header first; equal cells of a column may be one list, which
     *             is then broken once
     */
    TableCells(LineBreaker breaker, List<List<List<TextWord>>> rows, int columns) {
        this.breaker = breaker;
        int[][] byRow = new int[rows.size()][columns];
        for (int c = 0; c < columns; c++) {
            Map<List<TextWord>, Integer> index = new IdentityHashMap<>();
            List<List<TextWord>> distinct = new ArrayList<>();
            distinct.add(List.of()); // ONE_WORD
            for (int r = 0; r < rows.size(); r++) {
                List<TextWord> words = rows.get(r).get(c);
                if (words.size() <= 1) {
                    byRow[r][c] = ONE_WORD;
                    continue;
                }
                Integer i = index.get(words);
                if (i == null) {
                    i = distinct.size();
                    index.put(words, i);
                    distinct.add(words);
                }
                byRow[r][c] = i;
            }
            broken.add(distinct);
        }
        Map<Row, Integer> groups = new HashMap<>();
        List<int[]> firstOfGroup = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (int[] row : byRow) {
            Integer g = groups.putIfAbsent(new Row(row), groups.size());
            if (g == null) {
                firstOfGroup.add(row);
                weights.add(1);
            } else {
                weights.set(g, weights.get(g) + 1);
            }
        }
        this.weight = weights.stream().mapToInt(Integer::intValue).toArray();
        this.cellOf = new int[columns][weight.length];
        for (int g = 0; g < weight.length; g++) {
            for (int c = 0; c < columns; c++) {
                cellOf[c][g] = firstOfGroup.get(g)[c];
            }
        }
    }

    /** A row's cells by their index in each column, as a key. */
    private record Row(int[] cells) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row other && Arrays.equals(cells, other.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }
    }

    int groups() {
        return weight.length;
    }

    /** How many rows each group stands for; do not change. */
    int[] weights() {
        return weight;
    }

    /** Each group's index into {@link #count} of {@code column}; do not change. */
    int[] cells(int column) {
        return cellOf[column];
    }

    /**
     * The lines of each distinct cell of {@code column} at {@code width} (never under the column's widest
     * word), by its index; do not change.
     */
    int[] count(int column, float width) {
        long key = (long) column << 32 | Integer.toUnsignedLong(Float.floatToIntBits(width));
        int[] known = counts.get(key);
        if (known != null) {
            return known;
        }
        List<List<TextWord>> distinct = broken.get(column);
        int[] counted = new int[distinct.size()];
        counted[ONE_WORD] = 1;
        for (int i = 1; i < counted.length; i++) {
            counted[i] = breaker.count(distinct.get(i), width);
        }
        counts.put(key, counted);
        return counted;
    }
}
