package vn.congvan.model;

import java.util.List;

/**
 * A table in the body. The header row repeats on every page; widths are relative weights, one per
 * column, used only where the content does not decide them.
 *
 * @param keptWhole phrases that never break across lines wherever they stand in a cell ("Chưa thực
 *                  hiện", "Chưa xác nhận"): writers size the columns so that they fit and join their
 *                  words with no-break spaces
 */
public record Table(List<String> header, List<List<String>> rows, List<Double> widths, List<String> keptWhole)
        implements Block {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
        keptWhole = List.copyOf(keptWhole);
        if (widths.size() != header.size()) {
            throw new IllegalArgumentException("one width per column: " + header.size() + " columns, " + widths.size() + " widths");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
            }
        }
    }

    /** A table whose cells break only between words. */
    public Table(List<String> header, List<List<String>> rows, List<Double> widths) {
        this(header, rows, widths, List.of());
    }
}
