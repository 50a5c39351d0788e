package vn.congvan.render;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

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

    private final XlsxPackage xlsx;

    RegisterSummarySheet(XlsxPackage xlsx) {
        this.xlsx = xlsx;
    }

    void write(RegisterSummary summary) throws IOException {
        WorksheetWriter sheet = new WorksheetWriter(xlsx.beginSheet(MESSAGES.get("xlsx.summary.sheetName")), xlsx.strings());
        int[] widths = new int[COUNT_HEADINGS.length + 1];
        Arrays.fill(widths, COUNT_WIDTH);
        widths[0] = LABEL_WIDTH;
        sheet.begin(false, 0, widths);
        sheet.row(0, 24);
        sheet.text(0, MESSAGES.get("xlsx.summary.title"), RegisterStyles.TITLE);
        sheet.merge(0, 0, 0, COUNT_HEADINGS.length);
        sheet.row(1, LINE_POINTS);
        sheet.text(0, summary.asOf(), 0);
        sheet.merge(1, 0, 1, COUNT_HEADINGS.length);

        int next = table(sheet, 3, MESSAGES.get("xlsx.summary.byRequirement"), summary.byRequirement(), summary.total());
        table(sheet, next + 1, MESSAGES.get("xlsx.summary.byGroup"), summary.byGroup(), summary.total());
        sheet.end(MESSAGES.get("xlsx.pageFooter"));
    }

    /** A heading row, one row per line, the dispatch's total; returns the row after it. */
    private int table(WorksheetWriter sheet, int first, String label, List<RegisterSummary.Line> lines, RegisterSummary.Line sum)
            throws IOException {
        sheet.row(first, LINE_POINTS * 2 + 4);
        sheet.text(0, label, RegisterStyles.HEADER);
        for (int c = 0; c < COUNT_HEADINGS.length; c++) {
            sheet.text(c + 1, MESSAGES.get(COUNT_HEADINGS[c]), RegisterStyles.HEADER);
        }
        int r = first + 1;
        for (RegisterSummary.Line line : lines) {
            line(sheet, r++, line, RegisterStyles.CELL);
        }
        line(sheet, r++, sum, RegisterStyles.HEADER);
        return r;
    }

    private void line(WorksheetWriter sheet, int index, RegisterSummary.Line line, int style) throws IOException {
        int[] counts = {line.units(), line.done(), line.inProgress(), line.notStarted(), line.overdue(), line.total()};
        // Labels wrap in the wide first column; about one line per LABEL_WIDTH characters.
        sheet.row(index, LINE_POINTS * Math.max(1, (line.label().length() + LABEL_WIDTH - 1) / LABEL_WIDTH) + 4);
        sheet.text(0, line.label(), style);
        for (int c = 0; c < counts.length; c++) {
            sheet.number(c + 1, counts[c], style);
        }
    }
}
