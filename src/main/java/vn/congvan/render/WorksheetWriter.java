package vn.congvan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet's SpreadsheetML, written in the order the schema wants it: the view and the column
 * widths, then the rows as they come (none kept in memory), then the merged cells, the auto-filter,
 * the conditional formatting and the print set-up collected on the way. Cells refer to the styles of
 * the workbook's styles part by index.
 */
final class WorksheetWriter {
    /** The decree's margins in inches: 20 mm top and bottom, 15 mm left and right. */
    private static final double TOP_BOTTOM_INCHES = 20 / 25.4;
    private static final double LEFT_RIGHT_INCHES = 15 / 25.4;

    private final Writer out;
    private final SharedStrings strings;
    private final List<String> merges = new ArrayList<>();
    private String autoFilter;
    private String formatted;
    private List<String> formulas = List.of();
    private int row = -1;

    WorksheetWriter(Writer out, SharedStrings strings) {
        this.out = out;
        this.strings = strings;
    }

    /**
     * Opens the sheet: fitted to the page's width when printed, {@code frozenRows} rows kept on screen,
     * the columns {@code widths} wide (in widths of a digit).
     */
    void begin(boolean selected, int frozenRows, int[] widths) throws IOException {
        out.write(PackageZip.XML_DECLARATION);
        out.write("<worksheet xmlns=\"" + XlsxPackage.MAIN_NS + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        out.write("<sheetViews><sheetView" + (selected ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">");
        if (frozenRows > 0) {
            String topLeft = SpreadsheetXml.cell(frozenRows, 0);
            out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"" + topLeft + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "<selection pane=\"bottomLeft\" activeCell=\"" + topLeft + "\" sqref=\"" + topLeft + "\"/>");
        }
        out.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.75\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
    }

    /** Starts row {@code index} (zero-based, ascending), {@code points} high. */
    void row(int index, float points) throws IOException {
        endRow();
        row = index;
        out.write("<row r=\"" + (index + 1) + "\" ht=\"" + SpreadsheetXml.number(points) + "\" customHeight=\"1\">");
    }

    void text(int column, String text, int style) throws IOException {
        out.write("<c r=\"" + SpreadsheetXml.cell(row, column) + "\"" + style(style) + " t=\"s\"><v>" + strings.indexOf(text) + "</v></c>");
    }

    void number(int column, double value, int style) throws IOException {
        out.write("<c r=\"" + SpreadsheetXml.cell(row, column) + "\"" + style(style) + "><v>" + SpreadsheetXml.number(value) + "</v></c>");
    }

    /** An empty cell that still shows its style (borders). */
    void blank(int column, int style) throws IOException {
        out.write("<c r=\"" + SpreadsheetXml.cell(row, column) + "\"" + style(style) + "/>");
    }

    private static String style(int style) {
        return style == 0 ? "" : " s=\"" + style + "\"";
    }

    private void endRow() throws IOException {
        if (row >= 0) {
            out.write("</row>");
        }
    }

    void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        merges.add(SpreadsheetXml.range(firstRow, firstColumn, lastRow, lastColumn));
    }

    void autoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        autoFilter = SpreadsheetXml.range(firstRow, firstColumn, lastRow, lastColumn);
    }

    /** Formula rules over a range, the first met wins; rule i takes the workbook's differential style i. */
    void conditionalFormatting(int firstRow, int firstColumn, int lastRow, int lastColumn, List<String> ruleFormulas) {
        formatted = SpreadsheetXml.range(firstRow, firstColumn, lastRow, lastColumn);
        formulas = List.copyOf(ruleFormulas);
    }

    /** Closes the sheet: A4 landscape, one page wide, the decree's margins, centred, {@code footer} in the footer's middle. */
    void end(String footer) throws IOException {
        endRow();
        out.write("</sheetData>");
        if (autoFilter != null) {
            out.write("<autoFilter ref=\"" + autoFilter + "\"/>");
        }
        if (!merges.isEmpty()) {
            out.write("<mergeCells count=\"" + merges.size() + "\">");
            for (String m : merges) {
                out.write("<mergeCell ref=\"" + m + "\"/>");
            }
            out.write("</mergeCells>");
        }
        if (formatted != null) {
            out.write("<conditionalFormatting sqref=\"" + formatted + "\">");
            for (int i = 0; i < formulas.size(); i++) {
                out.write("<cfRule type=\"expression\" dxfId=\"" + i + "\" priority=\"" + (i + 1) + "\"><formula>");
                SpreadsheetXml.escape(out, formulas.get(i));
                out.write("</formula></cfRule>");
            }
            out.write("</conditionalFormatting>");
        }
        out.write("<printOptions horizontalCentered=\"1\"/><pageMargins left=\"" + LEFT_RIGHT_INCHES + "\" right=\"" + LEFT_RIGHT_INCHES
                + "\" top=\"" + TOP_BOTTOM_INCHES + "\" bottom=\"" + TOP_BOTTOM_INCHES + "\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (footer != null) {
            out.write("<headerFooter><oddFooter>");
            SpreadsheetXml.escape(out, "&C" + footer);
            out.write("</oddFooter></headerFooter>");
        }
        out.write("</worksheet>");
    }
}
