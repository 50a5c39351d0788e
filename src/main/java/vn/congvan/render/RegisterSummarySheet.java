package vn.congvan.render;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.congvan.text.Messages;

/**
 * The register's second sheet, "Tổng hợp": a table of counts per requirement and one per group of
 * units, each with a total line, printed as the register is.
 */
final class RegisterSummarySheet {
    private static final Messages MESSAGES = Messages.of(RegisterSummarySheet.class);
    private static final String[] COUNT_HEADINGS = {"xlsx.summary.units", "xlsx.status.done", "xlsx.status.inProgress",
        "xlsx.status.notStarted", "xlsx.status.overdue", "xlsx.summary.total"};
    private static final int LABEL_WIDTH = 60;
    private static final int COUNT_WIDTH = 14;
    private static final float LINE_POINTS = 15.75f;

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle cell;

    RegisterSummarySheet(Workbook workbook, CellStyle title, CellStyle header, CellStyle cell) {
        this.workbook = workbook;
        this.title = title;
        this.header = header;
        this.cell = cell;
    }

    void write(RegisterSummary summary) {
        Sheet sheet = workbook.createSheet(MESSAGES.get("xlsx.summary.sheetName"));
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        for (int c = 1; c <= COUNT_HEADINGS.length; c++) {
            sheet.setColumnWidth(c, COUNT_WIDTH * 256);
        }
        Row top = sheet.createRow(0);
        top.setHeightInPoints(24);
        text(top, 0, MESSAGES.get("xlsx.summary.title"), title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COUNT_HEADINGS.length));
        text(sheet.createRow(1), 0, summary.asOf(), null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COUNT_HEADINGS.length));

        int next = table(sheet, 3, MESSAGES.get("xlsx.summary.byRequirement"), summary.byRequirement(), summary.total());
        table(sheet, next + 1, MESSAGES.get("xlsx.summary.byGroup"), summary.byGroup(), summary.total());
        XlsxRegisterWriter.printSetup(sheet);
    }

    /** A heading row, one row per line, the dispatch's total; returns the row after it. */
    private int table(Sheet sheet, int first, String label, List<RegisterSummary.Line> lines, RegisterSummary.Line sum) {
        Row head = sheet.createRow(first);
        head.setHeightInPoints(LINE_POINTS * 2 + 4);
        text(head, 0, label, header);
        for (int c = 0; c < COUNT_HEADINGS.length; c++) {
            text(head, c + 1, MESSAGES.get(COUNT_HEADINGS[c]), header);
        }
        int r = first + 1;
        for (RegisterSummary.Line line : lines) {
            line(sheet.createRow(r++), line, cell);
        }
        line(sheet.createRow(r++), sum, header);
        return r;
    }

    private void line(Row row, RegisterSummary.Line line, CellStyle style) {
        int[] counts = {line.units(), line.done(), line.inProgress(), line.notStarted(), line.overdue(), line.total()};
        // Labels wrap in the wide first column; about one line per LABEL_WIDTH characters.
        row.setHeightInPoints(LINE_POINTS * Math.max(1, (line.label().length() + LABEL_WIDTH - 1) / LABEL_WIDTH) + 4);
        text(row, 0, line.label(), style);
        for (int c = 0; c < counts.length; c++) {
            Cell n = row.createCell(c + 1);
            n.setCellValue(counts[c]);
            n.setCellStyle(style);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
