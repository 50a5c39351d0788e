package vn.congvan.model;

import java.util.List;

/**
 * A table in the body. The header row repeats on every page; widths are relative weights, one per column.
 */
public record Table(List<String> header, List<List<String>> rows, List<Double> widths) implements Block {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
        if (widths.size() != header.size()) {
            throw new IllegalArgumentException("one width per column: " + header.size() + " columns, " + widths.size() + " widths");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
            }
        }
    }
}
