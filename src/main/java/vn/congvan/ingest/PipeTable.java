package vn.congvan.ingest;

import vn.congvan.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table written as pipe rows ("| STT | Nội dung | Đơn vị chủ trì |"), as Markdown writes it and as the
 * DOCX reader hands on a body table of three or more columns. The first row is the header; a rule row
 * ("|---|:--|") is left out; "\|" is a bar inside a cell.
 */
final class PipeTable {
    private static final Pattern RULE_CELL = Pattern.compile(":?-{2,}:?");

    private PipeTable() {
    }

    static boolean isRow(String line) {
        String t = line.strip();
        return t.length() >= 2 && t.startsWith("|") && t.endsWith("|") && !t.endsWith("\\|");
    }

    /** The rows as a table; rows longer or shorter than the header are cut or padded. */
    static Table of(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (!cells.stream().allMatch(c -> RULE_CELL.matcher(c).matches())) {
                rows.add(cells);
            }
        }
        List<String> header = rows.isEmpty() ? List.of("") : rows.get(0);
        List<List<String>> body = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            List<String> fitted = new ArrayList<>(row.subList(0, Math.min(row.size(), header.size())));
            while (fitted.size() < header.size()) {
                fitted.add("");
            }
            body.add(fitted);
        }
        return new Table(header, body, Collections.nCopies(header.size(), 1.0));
    }

    /** One cell per bar-separated part, trimmed, with "\|" read as a bar. */
    static List<String> cells(String line) {
        String t = line.strip();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '\\' && t.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A cell's text as a pipe row keeps it: bars escaped, line breaks as "; ". */
    static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
