package vn.congvan.render;

import vn.congvan.text.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DateUtil;

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
        try (XlsxPackage xlsx = new XlsxPackage(out)) {
            register(xlsx, sheet);
            if (sheet.summary() != null) {
                new RegisterSummarySheet(xlsx).write(sheet.summary());
            }
            xlsx.finish(RegisterStyles.XML);
        }
        out.flush();
    }

    /**
     * The register's sheet, written as SpreadsheetML straight into the package: POI's workbook model
     * (even streamed, SXSSF) spent most of the time building XML objects for each text and style, more
     * than the whole sheet takes to write. Texts go to the shared-strings table, as spreadsheet
     * programs keep them, so that a clerk's edit in Excel, Calc or POI changes the cell in place.
     */
    private static void register(XlsxPackage xlsx, RegisterSheet register) throws IOException {
        int[] widths = columnWidths(register);
        LineCount lines = new LineCount(widths);
        WorksheetWriter sheet = new WorksheetWriter(xlsx.beginSheet(MESSAGES.get("xlsx.sheetName")), xlsx.strings());
        sheet.begin(true, FIRST_DATA_ROW, widths);

        sheet.row(TITLE_ROW, 24);
        sheet.text(0, nfc(register.title()), RegisterStyles.TITLE);
        sheet.merge(TITLE_ROW, 0, TITLE_ROW, LAST_COLUMN);
        String dispatchLine = nfc(register.dispatchLine() == null ? "" : register.dispatchLine());
        sheet.row(DISPATCH_ROW, LINE_POINTS * lines(dispatchLine, totalChars(widths)) + 4);
        sheet.text(0, dispatchLine, RegisterStyles.DISPATCH);
        sheet.merge(DISPATCH_ROW, 0, DISPATCH_ROW, LAST_COLUMN);

        header(sheet, widths);
        int r = FIRST_DATA_ROW;
        for (RegisterRow row : register.rows()) {
            dataRow(sheet, r++, row, lines);
        }
        int lastRow = Math.max(FIRST_DATA_ROW, r) - 1;

        sheet.autoFilter(SUBHEADER_ROW, 0, lastRow, LAST_COLUMN);
        xlsx.filterRange(0, SUBHEADER_ROW, 0, lastRow, LAST_COLUMN);
        xlsx.printTitles(0, HEADER_ROW, SUBHEADER_ROW);
        if (r > FIRST_DATA_ROW) {
            sheet.conditionalFormatting(FIRST_DATA_ROW, 0, lastRow, LAST_COLUMN,
                    RegisterColours.formulas(FIRST_DATA_ROW, Column.DEADLINE.ordinal(), Column.PROGRESS.ordinal()));
        }
        sheet.end(MESSAGES.get("xlsx.pageFooter"));
    }

    /**
     * Two header rows: the decree's "số, ký hiệu, ngày, cơ quan ban hành, trích yếu" over its four
     * parts; every other heading spans both rows.
     */
    private static void header(WorksheetWriter sheet, int[] widths) throws IOException {
        String[] top = new String[Column.values().length];
        String[] sub = new String[Column.values().length];
        int topLines = 1;
        int subLines = 1;
        for (Column c : Column.values()) {
            int i = c.ordinal();
            String heading = MESSAGES.get(c.key);
            if (i >= GROUP_FIRST && i <= GROUP_LAST) {
                sub[i] = heading;
                subLines = Math.max(subLines, lines(heading, widths[i]));
            } else {
                top[i] = heading;
                sheet.merge(HEADER_ROW, i, SUBHEADER_ROW, i);
                topLines = Math.max(topLines, lines(heading, widths[i]) - 1);
            }
        }
        top[GROUP_FIRST] = MESSAGES.get("xlsx.column.group");
        sheet.merge(HEADER_ROW, GROUP_FIRST, HEADER_ROW, GROUP_LAST);
        headerRow(sheet, HEADER_ROW, top, LINE_POINTS * topLines + 4);
        headerRow(sheet, SUBHEADER_ROW, sub, LINE_POINTS * subLines + 4);
    }

    /** Every cell of a header row is bordered, also those a merged heading covers. */
    private static void headerRow(WorksheetWriter sheet, int index, String[] headings, float points) throws IOException {
        sheet.row(index, points);
        for (int i = 0; i < headings.length; i++) {
            text(sheet, i, headings[i], RegisterStyles.HEADER);
        }
    }

    private static void dataRow(WorksheetWriter sheet, int index, RegisterRow data, LineCount lines) throws IOException {
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
            if (texts[i] != null) {
                texts[i] = nfc(texts[i]);
                height = Math.max(height, lines.of(i, texts[i]));
            }
        }
        sheet.row(index, LINE_POINTS * height + 4);
        for (Column c : Column.values()) {
            int i = c.ordinal();
            if (c == Column.DEADLINE && data.deadline() != null && data.deadlineTime() != null) {
                // The time is in the value, so the colours judge by it (RegisterColours); a day typed over it is due by its end.
                sheet.number(i, DateUtil.getExcelDate(LocalDateTime.of(data.deadline(), data.deadlineTime())), RegisterStyles.DEADLINE_AT);
            } else if (c == Column.DATE || c == Column.DEADLINE) {
                date(sheet, i, c == Column.DATE ? data.documentDate() : data.deadline());
            } else {
                text(sheet, i, texts[i], c == Column.ARRIVAL ? RegisterStyles.CENTRED : RegisterStyles.CELL);
            }
        }
    }

    /** A real date cell shown as 21/08/2019, or an empty bordered cell when there is no date. */
    private static void date(WorksheetWriter sheet, int column, LocalDate date) throws IOException {
        if (date == null) {
            sheet.blank(column, RegisterStyles.DATE);
        } else {
            sheet.number(column, DateUtil.getExcelDate(date), RegisterStyles.DATE);
        }
    }

    /** A text cell, or an empty bordered one when there is no text. */
    private static void text(WorksheetWriter sheet, int column, String value, int style) throws IOException {
        if (value == null || value.isEmpty()) {
            sheet.blank(column, style);
        } else {
            sheet.text(column, value, style);
        }
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
            Set<String> seen = new HashSet<>();
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
                if (value == null || !seen.add(value)) {
                    continue;
                }
                for (String line : value.split("\n")) {
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

    /**
     * Lines each text takes in its column, counted once per distinct text: a register repeats its unit
     * names, excerpts and progress words row after row.
     */
    private static final class LineCount {
        private final int[] widths;
        private final List<Map<String, Integer>> counted = new ArrayList<>();

        LineCount(int[] widths) {
            this.widths = widths;
            for (int i = 0; i < widths.length; i++) {
                counted.add(new HashMap<>());
            }
        }

        int of(int column, String text) {
            return counted.get(column).computeIfAbsent(text, t -> lines(t, widths[column]));
        }
    }
}
