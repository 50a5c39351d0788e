package vn.congvan.ingest;

import vn.congvan.model.Block;
import vn.congvan.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Position 6: lines into paragraphs. A blank line ends a paragraph; so does a line that opens with a
 * label ("1.", "a)", "I.", "- ", "Căn cứ"), since plain text often has no blank line between items.
 * Wrapped lines of one paragraph are joined with a space. Consecutive pipe rows ("| … | … |") are a table.
 */
final class BodyParser {
    private BodyParser() {
    }

    static List<Block> parse(List<SourceLine> lines) {
        List<Block> body = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (SourceLine line : lines) {
            if (PipeTable.isRow(line.text())) {
                close(current, body);
                table.add(line.text());
                continue;
            }
            closeTable(table, body);
            if (line.isBlank() || !current.isEmpty() && Labels.opensParagraph(line.text())) {
                close(current, body);
            }
            if (!line.isBlank()) {
                current.add(line);
            }
        }
        close(current, body);
        closeTable(table, body);
        return body;
    }

    private static void closeTable(List<String> rows, List<Block> body) {
        if (!rows.isEmpty()) {
            body.add(PipeTable.of(rows));
            rows.clear();
        }
    }

    private static void close(List<SourceLine> current, List<Block> body) {
        if (current.isEmpty()) {
            return;
        }
        Paragraph paragraph = new Paragraph(Runs.join(current), Paragraph.Role.TEXT);
        body.add(new Paragraph(paragraph.runs(), Labels.roleOf(paragraph.text())));
        current.clear();
    }
}
