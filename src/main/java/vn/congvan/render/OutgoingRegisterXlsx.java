package vn.congvan.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congvan.text.Messages;

/**
 * Writes the outgoing register in the columns offices keep on paper: số, ngày, ký hiệu, trích yếu, người
 * ký, nơi nhận, số lượng bản, ghi chú. A4 landscape, Times New Roman, the header on every printed page.
 */
public final class OutgoingRegisterXlsx {
    private static final Messages MESSAGES = Messages.of(OutgoingRegisterXlsx.class);
    private static final String FONT = "Times New Roman";
    private static final String[] COLUMNS = {"outRegister.col.number", "outRegister.col.date", "outRegister.col.symbol",
            "outRegister.col.excerpt", "outRegister.col.signer", "outRegister.col.recipients", "outRegister.col.copies",
            "outRegister.col.note"};
    private static final int[] WIDTHS = {7, 12, 16, 50, 22, 36, 10, 30};
    private static final int HEADER_ROW = 2;

    /** Writes the rows under {@code title} to {@code out}, replacing it in one move once complete. */
    public void write(String title, List<OutgoingRegisterRow> rows, Path out) {
        AtomicOutput.write(out, stream -> {
            try (XSSFWorkbook workbook = build(title, rows)) {
                workbook.write(stream);
            }
            stream.flush();
        });
    }

    private static XSSFWorkbook build(String title, List<OutgoingRegisterRow> rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet(MESSAGES.get("outRegister.sheet"));
        CellStyle titleStyle = style(workbook, true, 14, HorizontalAlignment.CENTER, false);
        CellStyle header = style(workbook, true, 12, HorizontalAlignment.CENTER, true);
        CellStyle cell = style(workbook, false, 12, HorizontalAlignment.LEFT, true);
        CellStyle centred = style(workbook, false, 12, HorizontalAlignment.CENTER, true);
        CellStyle date = style(workbook, false, 12, HorizontalAlignment.CENTER, true);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

        Row t = sheet.createRow(0);
        t.setHeightInPoints(24);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        Row h = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < COLUMNS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
            Cell c = h.createCell(i);
            c.setCellValue(MESSAGES.get(COLUMNS[i]));
            c.setCellStyle(header);
        }
        int r = HEADER_ROW + 1;
        for (OutgoingRegisterRow row : rows) {
            Row x = sheet.createRow(r++);
            number(x, 0, row.number(), centred);
            Cell d = x.createCell(1);
            LocalDate day = row.date();
            if (day != null) {
                d.setCellValue(day);
            }
            d.setCellStyle(date);
            text(x, 2, row.numberSymbol(), centred);
            text(x, 3, row.excerpt(), cell);
            text(x, 4, row.signer(), cell);
            text(x, 5, row.recipients(), cell);
            if (row.copies() > 0) {
                number(x, 6, row.copies(), centred);
            } else {
                text(x, 6, "", centred);
            }
            text(x, 7, row.note(), cell);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return workbook;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, int points, HorizontalAlignment align, boolean border) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
