package vn.congvan.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.Table;

/**
 * A body table: 12 pt, 0.5 pt borders, 1.5 mm cell padding, header row bold and centred and
 * repeated at the top of every page. A row moves whole to the next page; only a row taller than a
 * page is cut between its lines.
 */
final class PdfTable {
    private static final float SIZE = Layout.TABLE_SIZE;
    private static final float PADDING = Layout.TABLE_PADDING;
    /** A row's top border takes room above its padding, as in Word and LibreOffice. */
    private static final float BORDER = Layout.RULE_WIDTH;

    private final PdfLayout page;
    private final FontMetrics fonts;
    private final float lineHeight;

    PdfTable(PdfLayout page) {
        this.page = page;
        this.fonts = page.metrics();
        this.lineHeight = fonts.lineHeight(SIZE);
    }

    /**
     * A row as laid out: each cell's lines, and the most of them, counted once as the page asks for
     * it several times per row; a slice of a tall row is a row too.
     */
    private record Row(List<List<TextLine>> cells, PdfAlign align, int lineCount) {
        Row(List<List<TextLine>> cells, PdfAlign align) {
            this(cells, align, mostLines(cells));
        }

        private static int mostLines(List<List<TextLine>> cells) {
            int most = 0;
            for (int c = 0; c < cells.size(); c++) {
                most = Math.max(most, cells.get(c).size());
            }
            return cells.isEmpty() ? 1 : most;
        }

        Row slice(int from, int count) {
            List<List<TextLine>> part = new ArrayList<>();
            for (List<TextLine> cell : cells) {
                part.add(cell.subList(Math.min(from, cell.size()), Math.min(from + count, cell.size())));
            }
            return new Row(part, align);
        }
    }

    void draw(Table table) throws IOException {
        TableColumns.Sizing sizing = new TableColumns(page.lines()).sized(table);
        float[] widths = points(sizing.twips());
        List<List<TextLine>> headerLines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            headerLines.add(page.lines().fill(sizing.header().get(c), widths[c] - 2 * PADDING));
        }
        Row header = new Row(headerLines, PdfAlign.CENTER);
        List<Row> rows = new ArrayList<>();
        // A report repeats its units, requirements, dates and states: each distinct cell is set once,
        // from the words the columns were sized with; by column and raw text.
        List<Map<String, List<TextLine>>> laid = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            laid.add(new HashMap<>());
        }
        for (List<String> cells : table.rows()) {
            rows.add(row(sizing, cells, widths, laid));
        }
        // The header row never stands alone at the foot of a page.
        float opening = height(header) + (rows.isEmpty() ? 0 : Math.min(height(rows.get(0)), page.pageRoom() / 2));
        if (!page.atPageTop() && opening > page.room()) {
            page.newPage();
        }
        drawRow(header, widths);
        float roomUnderHeader = page.pageRoom() - height(header);
        for (Row row : rows) {
            if (height(row) <= page.room()) {
                drawRow(row, widths);
            } else if (height(row) <= roomUnderHeader) {
                page.newPage();
                drawRow(header, widths);
                drawRow(row, widths);
            } else {
                drawTall(row, header, widths);
            }
        }
        page.skip(Layout.PARAGRAPH_AFTER);
    }

    /** A row taller than a page: as many of its lines as fit, the rest under the header on the next pages. */
    private void drawTall(Row row, Row header, float[] widths) throws IOException {
        int done = 0;
        while (done < row.lineCount()) {
            int fit = (int) Math.floor((page.room() - 2 * PADDING - BORDER) / lineHeight);
            if (fit < 1) {
                page.newPage();
                drawRow(header, widths);
                continue;
            }
            Row part = row.slice(done, fit);
            drawRow(part, widths);
            done += fit;
            if (done < row.lineCount()) {
                page.newPage();
                drawRow(header, widths);
            }
        }
    }

    private void drawRow(Row row, float[] widths) throws IOException {
        float height = height(row);
        float top = page.take(0, height);
        float x = page.left();
        for (int c = 0; c < widths.length; c++) {
            page.box(x, top, widths[c], height);
            List<TextLine> lines = row.cells().get(c);
            for (int i = 0; i < lines.size(); i++) {
                float baseline = top - BORDER - PADDING - i * lineHeight - fonts.ascent(SIZE);
                page.draw(lines.get(i), x + PADDING, baseline, widths[c] - 2 * PADDING, row.align());
            }
            x += widths[c];
        }
    }

    /** A row's cells set in their columns; {@code laid} holds the lines of cells set before, by column and raw text. */
    private Row row(TableColumns.Sizing sizing, List<String> cells, float[] widths, List<Map<String, List<TextLine>>> laid) {
        List<List<TextLine>> lines = new ArrayList<>(widths.length);
        for (int c = 0; c < widths.length; c++) {
            float width = widths[c] - 2 * PADDING;
            String raw = cells.get(c) == null ? "" : cells.get(c); // as cellText reads it
            int column = c;
            lines.add(laid.get(c).computeIfAbsent(raw, k -> page.lines().fill(sizing.words(column, raw), width)));
        }
        return new Row(lines, PdfAlign.LEFT);
    }

    private float height(Row row) {
        return row.lineCount() * lineHeight + 2 * PADDING + BORDER;
    }

    /** The widths the DOCX gets too, from twips to points. */
    private static float[] points(int[] twips) {
        float[] widths = new float[twips.length];
        for (int i = 0; i < twips.length; i++) {
            widths[i] = twips[i] / 20f;
        }
        return widths;
    }
}
