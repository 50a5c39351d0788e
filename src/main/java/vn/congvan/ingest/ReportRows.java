package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.congvan.text.VietnameseText;

/**
 * A unit's results table (STT | Nội dung | Kết quả | Ghi chú) written as the numbered lines the reply
 * reader reads ("1. Nội dung: Kết quả. Ghi chú."), so that a table and a report written in sections are
 * read by the same words. A row whose first cell is not an item number keeps its cells in order, and the
 * reader can only name its item by topic (never certain).
 */
public final class ReportRows {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}\\.?");
    /** Cells of a row in plain text: Word's extractor puts tabs between them; pipes in pasted text. */
    private static final Pattern CELLS = Pattern.compile("\\t|\\s*\\|\\s*");

    private ReportRows() {
    }

    /** One table row as a line; {@code header} is the table's header row (may be empty). */
    public static String line(List<String> header, List<String> cells) {
        String content = null;
        List<String> results = new ArrayList<>();
        String number = null;
        for (int i = 0; i < cells.size(); i++) {
            String cell = VietnameseText.oneLine(cells.get(i)).strip().replaceAll("[.;:,]+$", "");
            if (cell.isEmpty()) {
                continue;
            }
            if (i == 0 && NUMBER.matcher(cell + ".").matches()) {
                number = cell;
            } else if (content == null && results.isEmpty() && i + 1 < cells.size() && isContent(header, i)) {
                content = cell;
            } else {
                results.add(cell);
            }
        }
        // The result and the note make one sentence, so that the unit's reason or day stays with its status.
        String said = String.join(", ", results);
        String text = content == null ? said : said.isEmpty() ? content : content + ": " + said;
        text = text.isEmpty() ? text : text + ".";
        return number == null ? text : number + ". " + text;
    }

    /**
     * Plain text with its table rows (cells split by tabs or pipes, the first an item number) written as
     * numbered lines; other lines stay as they are.
     */
    public static String rows(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("|")) {
                trimmed = trimmed.substring(1);
            }
            List<String> cells = List.of(CELLS.split(trimmed, -1));
            boolean row = cells.size() >= 3 && NUMBER.matcher(cells.get(0).strip()).matches();
            out.append(row ? line(List.of(), cells) : line).append('\n');
        }
        return out.toString();
    }

    private static boolean isContent(List<String> header, int column) {
        if (header.size() <= column) {
            return true;
        }
        String h = VietnameseText.fold(header.get(column));
        return !(h.contains("ket qua") || h.contains("tinh trang") || h.contains("tien do") || h.contains("ghi chu"));
    }
}
