package vn.congvan.render;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congvan.text.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the register "Sổ theo dõi giải quyết văn bản đến" as an Excel workbook: a title, the line
 * naming the dispatch, a two-row header with the decree's columns (the second column split into its
 * parts, so that the document date is a real date), one row per unit and requirement. Times New Roman
 * throughout; the header stays on screen (frozen) and on every printed page; A4 landscape, one page
 * wide; an auto-filter on the header.
 */
public final class XlsxRegisterWriter {
    private static final Messages MESSAGES = Messages.of(XlsxRegisterWriter.class);
    private static final LineBreaker BREAKER = LineBreaker.standard();
    private static final String FONT = "Times New Roman";
    private static final String DATE_FORMAT = "dd/mm/yyyy";
    /** A deadline with a time of day, as offices write it: the time first ("16:30 12/03/2021"). */
    private static final String DEADLINE_AT_FORMAT = "hh:mm dd/mm/yyyy";

    /** Columns in order; the four of {@code GROUP} stand under one heading, as in the decree. */
    private enum Column {
        ARRIVAL("xlsx.column.arrival", 8, 10),
        NUMBER_SYMBOL("xlsx.column.numberSymbol", 13, 20),
        DATE("xlsx.column.date", 11, 11),
        ISSUER("xlsx.column.issuer", 16, 28),
        EXCERPT("xlsx.column.excerpt", 30, 55),
        RECIPIENT("xlsx.column.recipient", 18, 36),
        DEADLINE("xlsx.column.deadline", 11, 17),
        PROGRESS("xlsx.column.progress", 13, 22),
        REPLY("xlsx.column.reply", 13, 18),
        NOTE("xlsx.column.note", 12, 24);

        final String key;
        final int minChars;
        final int maxChars;

        Column(String key, int minChars, int maxChars) {
            this.key = key;
            this.minChars = minChars;
            this.maxChars = maxChars;
        }
    }

    private static final int TITLE_ROW = 0;
    private static final int DISPATCH_ROW = 1;
    private static final int HEADER_ROW = 3;
    private static final int SUBHEADER_ROW = 4;
    private static final int FIRST_DATA_ROW = 5;
    private static final int GROUP_FIRST = Column.NUMBER_SYMBOL.ordinal();
    private static final int GROUP_LAST = Column.EXCERPT.ordinal();
    private static final int LAST_COLUMN = Column.values().length - 1;
    /** Rows SXSSF keeps before writing them out; the header's cells are filled after the row is made. */
    private static final int ROWS_IN_MEMORY = 100;
    /** Height of one line of 12 pt Times New Roman in a cell. */
    private static final float LINE_POINTS = 15.75f;
    /** Excel's width unit is the widest digit of the default font: 0.5 em of 12 pt Times New Roman. */
    private static final double DIGIT_POINTS = 6.0;
    /** Room a cell keeps on its sides. */
    private static final double CELL_PADDING_POINTS = 4.0;

    /** Writes {@code sheet} to {@code out}, replacing it in one move once complete. */
    public void write(RegisterSheet sheet, Path out) {
        if (sheet == null) {
            throw new IllegalArgumentException("sheet");
        }
        AtomicOutput.write(out, stream -> write(sheet, stream));
    }

    /**
     * Writes {@code sheet} as XLSX to {@code out} and flushes it. The caller owns the stream: it is not
     * closed. On failure part of a workbook may have reached the stream.
     *
     * @throws IOException when the stream cannot be written
     */
    public void write(RegisterSheet sheet, OutputStream out) throws IOException {
        if (sheet == null) {
            throw new IllegalArgumentException("sheet");
        }
        if (out == null) {
            throw new IllegalArgumentException("out");
        }
        try (SXSSFWorkbook workbook = build(sheet)) {
            workbook.write(out);
        }
        out.flush();
    }

    /**
     * The workbook, streamed (SXSSF): rows go out as they are made instead of every cell being built as
     * an XML object first, which took most of the time. Texts stay in the shared-strings table, as a
     * spreadsheet program writes them (POI, for one, cannot edit an inline string); the zip has no
     * Zip64 records, which java.util.zip cannot read in a stream. Closing it deletes its temporary files.
     */
    private static SXSSFWorkbook build(RegisterSheet register) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, true);
        workbook.setZip64Mode(Zip64Mode.Never);
        try {
            fill(workbook, register);
            return workbook;
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // Only temporary files were left; the cause is what the caller hears about.
        }
    }

    private static void fill(SXSSFWorkbook workbook, RegisterSheet register) {
        Styles styles = new Styles(workbook);
        SXSSFSheet sheet = workbook.createSheet(MESSAGES.get("xlsx.sheetName"));

        int[] widths = columnWidths(register);
        for (Column c : Column.values()) {
            sheet.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
        }

        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(24);
        text(title, 0, nfc(register.title()), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN));
        Row dispatch = sheet.createRow(DISPATCH_ROW);
        String dispatchLine = nfc(register.dispatchLine() == null ? "" : register.dispatchLine());
        dispatch.setHeightInPoints(LINE_POINTS * lines(dispatchLine, totalChars(widths)) + 4);
        text(dispatch, 0, dispatchLine, styles.dispatch);
        sheet.addMergedRegion(new CellRangeAddress(DISPATCH_ROW, DISPATCH_ROW, 0, LAST_COLUMN));

        header(sheet, styles, widths);
        int r = FIRST_DATA_ROW;
        for (RegisterRow row : register.rows()) {
            dataRow(sheet.createRow(r++), row, styles, widths);
        }
        int lastRow = Math.max(FIRST_DATA_ROW, r) - 1;

        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setAutoFilter(new CellRangeAddress(SUBHEADER_ROW, lastRow, 0, LAST_COLUMN));
        printSetup(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, SUBHEADER_ROW, -1, -1));
        if (r > FIRST_DATA_ROW) {
            RegisterColours.apply(sheet, new CellRangeAddress(FIRST_DATA_ROW, lastRow, 0, LAST_COLUMN),
                    Column.DEADLINE.ordinal(), Column.PROGRESS.ordinal());
        }
        if (register.summary() != null) {
            new RegisterSummarySheet(workbook, styles.title, styles.header, styles.cell).write(register.summary());
        }
    }

    /**
     * Two header rows: the decree's "số, ký hiệu, ngày, cơ quan ban hành, trích yếu" over its four
     * parts; every other heading spans both rows.
     */
    private static void header(Sheet sheet, Styles styles, int[] widths) {
        Row top = sheet.createRow(HEADER_ROW);
        Row sub = sheet.createRow(SUBHEADER_ROW);
        int topLines = 1;
        int subLines = 1;
        for (Column c : Column.values()) {
            int i = c.ordinal();
            String heading = MESSAGES.get(c.key);
            text(top, i, "", styles.header);
            text(sub, i, "", styles.header);
            if (i >= GROUP_FIRST && i <= GROUP_LAST) {
                sub.getCell(i).setCellValue(heading);
                subLines = Math.max(subLines, lines(heading, widths[i]));
            } else {
                top.getCell(i).setCellValue(heading);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, SUBHEADER_ROW, i, i));
                topLines = Math.max(topLines, lines(heading, widths[i]) - 1);
            }
        }
        String group = MESSAGES.get("xlsx.column.group");
        top.getCell(GROUP_FIRST).setCellValue(group);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, GROUP_FIRST, GROUP_LAST));
        top.setHeightInPoints(LINE_POINTS * topLines + 4);
        sub.setHeightInPoints(LINE_POINTS * subLines + 4);
    }

    private static void dataRow(Row row, RegisterRow data, Styles styles, int[] widths) {
        String[] texts = new String[Column.values().length];
        texts[Column.ARRIVAL.ordinal()] = data.arrivalNumber();
        texts[Column.NUMBER_SYMBOL.ordinal()] = data.numberSymbol();
        texts[Column.ISSUER.ordinal()] = data.issuer();
        texts[Column.EXCERPT.ordinal()] = data.excerpt();
        texts[Column.RECIPIENT.ordinal()] = data.recipient();
        texts[Column.PROGRESS.ordinal()] = data.progress();
        texts[Column.REPLY.ordinal()] = data.replyNumberSymbol();
        texts[Column.NOTE.ordinal()] = data.note();
        int height = 1;
        for (Column c : Column.values()) {
            int i = c.ordinal();
            if (c == Column.DEADLINE && data.deadline() != null && data.deadlineTime() != null) {
                // The time is in the value, so the colours judge by it (RegisterColours); a day typed over it is due by its end.
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.deadlineAt);
                cell.setCellValue(data.deadline().atTime(data.deadlineTime()));
            } else if (c == Column.DATE || c == Column.DEADLINE) {
                date(row, i, c == Column.DATE ? data.documentDate() : data.deadline(), styles);
            } else {
                String value = nfc(texts[i] == null ? "" : texts[i]);
                text(row, i, value, c == Column.ARRIVAL ? styles.centred : styles.cell);
                height = Math.max(height, lines(value, widths[i]));
            }
        }
        row.setHeightInPoints(LINE_POINTS * height + 4);
    }

    /** A real date cell shown as 21/08/2019, or an empty bordered cell when there is no date. */
    private static void date(Row row, int column, LocalDate date, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        if (date != null) {
            cell.setCellValue(date);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A4 landscape, one page wide, the decree's margins, page numbers in the footer. */
    static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 20 / 25.4);
        sheet.setMargin(Sheet.BottomMargin, 20 / 25.4);
        sheet.setMargin(Sheet.LeftMargin, 15 / 25.4);
        sheet.setMargin(Sheet.RightMargin, 15 / 25.4);
        sheet.getFooter().setCenter(MESSAGES.get("xlsx.pageFooter"));
    }

    /**
     * Each column as wide as its longest line needs (heading words included), within the column's
     * bounds; wrapping takes the rest.
     */
    private static int[] columnWidths(RegisterSheet register) {
        int[] widths = new int[Column.values().length];
        for (Column c : Column.values()) {
            int need = 0;
            for (String word : MESSAGES.get(c.key).split(" ")) {
                need = Math.max(need, chars(word, Face.BOLD));
            }
            for (RegisterRow row : register.rows()) {
                String value = switch (c) {
                    case ARRIVAL -> row.arrivalNumber();
                    case NUMBER_SYMBOL -> row.numberSymbol();
                    case ISSUER -> row.issuer();
                    case EXCERPT -> row.excerpt();
                    case RECIPIENT -> row.recipient();
                    case PROGRESS -> row.progress();
                    case REPLY -> row.replyNumberSymbol();
                    case NOTE -> row.note();
                    case DATE -> "00/00/0000";
                    case DEADLINE -> row.deadlineTime() == null ? "00/00/0000" : "00:00 00/00/0000";
                };
                for (String line : (value == null ? "" : value).split("\n")) {
                    need = Math.max(need, chars(line, Face.REGULAR));
                }
            }
            widths[c.ordinal()] = Math.max(c.minChars, Math.min(c.maxChars, need));
        }
        return widths;
    }

    /** Column width in Excel's unit (the width of a digit, 6 pt in 12 pt Times New Roman) that fits {@code text}. */
    private static int chars(String text, Face face) {
        return (int) Math.ceil(FontMetrics.get().width(text, face, 12) / DIGIT_POINTS) + 2;
    }

    /** Lines a wrapped text takes in a column {@code chars} digits wide, broken as the spreadsheet does. */
    private static int lines(String text, int chars) {
        double usable = chars * DIGIT_POINTS - CELL_PADDING_POINTS;
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += BREAKER.count(BREAKER.words(List.of(new TextSpan(line, Face.REGULAR, 12))), (float) usable);
        }
        return Math.max(1, lines);
    }

    private static int totalChars(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The few cell styles of the sheet, all in Times New Roman. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle dispatch;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle centred;
        final CellStyle date;
        final CellStyle deadlineAt;

        Styles(Workbook workbook) {
            // The workbook's default font sets the column width unit and every unstyled cell.
            Font normal = workbook.getFontAt(0);
            normal.setFontName(FONT);
            normal.setFontHeightInPoints((short) 12);
            Font bold = font(workbook, 12, true, false);

            title = workbook.createCellStyle();
            title.setFont(font(workbook, 14, true, false));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            dispatch = workbook.createCellStyle();
            dispatch.setFont(font(workbook, 12, false, true));
            dispatch.setAlignment(HorizontalAlignment.CENTER);
            dispatch.setVerticalAlignment(VerticalAlignment.TOP);
            dispatch.setWrapText(true);

            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);

            cell = bordered(workbook);
            cell.setFont(normal);

            centred = bordered(workbook);
            centred.setFont(normal);
            centred.setAlignment(HorizontalAlignment.CENTER);

            date = bordered(workbook);
            date.setFont(normal);
            date.setAlignment(HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));

            deadlineAt = bordered(workbook);
            deadlineAt.setFont(normal);
            deadlineAt.setAlignment(HorizontalAlignment.CENTER);
            deadlineAt.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DEADLINE_AT_FORMAT));
        }

        private static Font font(Workbook workbook, int points, boolean bold, boolean italic) {
            Font f = workbook.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle s = workbook.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            return s;
        }
    }
}
