package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's rows are coloured by conditional formatting, read back with POI: which rules a row
 * meets on the day the sheet is opened (POI evaluates them as a spreadsheet does), their fills, and
 * that a clerk's edit of a progress cell changes the colour.
 */
class RegisterColoursTest {
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    /**
     * One row each: late, due in 2 days, due in 3 days, due in 4 days, done late, done with its day, no deadline,
     * and two due at a time of day: a minute ago (late, though its day is not over), in an hour (not yet).
     */
    private static RegisterSheet sheet() {
        List<RegisterRow> rows = new ArrayList<>();
        rows.add(row("Phường Mũi Né", TODAY.minusDays(1), "Đang thực hiện"));
        rows.add(row("Phường Hàm Tiến", TODAY.plusDays(2), "Chưa thực hiện"));
        rows.add(row("Phường Phú Hài", TODAY.plusDays(3), "Đang thực hiện"));
        rows.add(row("Phường Thanh Hải", TODAY.plusDays(4), "Chưa thực hiện"));
        rows.add(row("Phường Phú Thủy", TODAY.minusDays(10), "Đã hoàn thành 01/08/2019"));
        rows.add(row("Xã Tiến Lợi", TODAY.plusDays(1), "Đã hoàn thành"));
        rows.add(row("Xã Phong Nẫm", null, "Chưa thực hiện"));
        LocalDateTime now = LocalDateTime.now();
        rows.add(rowAt("Phường Phú Tài", now.minusMinutes(1), "Đang thực hiện"));
        rows.add(rowAt("Phường Xuân An", now.plusHours(1), "Đang thực hiện"));
        return new RegisterSheet("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "Công văn số 6174/UBND-VX", rows);
    }

    private static RegisterRow row(String unit, LocalDate deadline, String progress) {
        return new RegisterRow("", "6174/UBND-VX", LocalDate.of(2019, 8, 21), DocumentFixtures.ISSUER,
                "V/v đảm bảo an toàn thông tin\nNội dung 1: phổ biến", unit, deadline, progress, "", "");
    }

    private static RegisterRow rowAt(String unit, LocalDateTime due, String progress) {
        return new RegisterRow("", "6174/UBND-VX", LocalDate.of(2019, 8, 21), DocumentFixtures.ISSUER,
                "V/v đảm bảo an toàn thông tin\nNội dung 1: phổ biến", unit, due.toLocalDate(), progress, "", "",
                due.toLocalTime().withSecond(0).withNano(0));
    }

    @Test
    void threeFormulaRulesOverTheDataRowsWithExcelsFills() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var formats = sheet.getSheetConditionalFormatting();
            assertEquals(1, formats.getNumConditionalFormattings());
            XSSFConditionalFormatting cf = formats.getConditionalFormattingAt(0);
            assertEquals(List.of(CellRangeAddress.valueOf("A6:J14")), List.of(cf.getFormattingRanges()));
            assertEquals(3, cf.getNumberOfRules());
            List<String> formulas = new ArrayList<>();
            List<String> fills = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                XSSFConditionalFormattingRule rule = cf.getRule(i);
                formulas.add(rule.getFormula1());
                fills.add(hex((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()));
                fonts.add(hex((XSSFColor) rule.getFontFormatting().getFontColor()));
            }
            assertEquals(List.of(
                    "LEFT($H6,LEN(\"Đã hoàn thành\"))=\"Đã hoàn thành\"",
                    "AND(NOT(LEFT($H6,LEN(\"Đã hoàn thành\"))=\"Đã hoàn thành\"),ISNUMBER($G6),NOW()>=IF(MOD($G6,1)=0,$G6+1,$G6))",
                    "AND(NOT(LEFT($H6,LEN(\"Đã hoàn thành\"))=\"Đã hoàn thành\"),ISNUMBER($G6),NOW()<IF(MOD($G6,1)=0,$G6+1,$G6),"
                            + "INT($G6)<=TODAY()+3)"),
                    formulas);
            assertEquals(List.of("C6EFCE", "FFC7CE", "FFEB9C"), fills, "green, red, amber");
            assertEquals(List.of("006100", "9C0006", "9C5700"), fonts);
        }
    }

    @Test
    void eachRowTakesTheColourItsDeadlineAndProgressCallFor() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            List<String> colours = colours(workbook);
            assertEquals(List.of("FFC7CE", "FFEB9C", "FFEB9C", "", "C6EFCE", "C6EFCE", "", "FFC7CE", "FFEB9C"), colours,
                    "late red; due in 2 and 3 days amber; in 4 days none; done green (also done late); no deadline none;"
                            + " a time of day a minute ago red, in an hour amber");
        }
    }

    @Test
    void theColourFollowsTheClerksEdit() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(5).getCell(7).setCellValue("đã hoàn thành");
            sheet.getRow(6).getCell(6).setCellValue(TODAY.minusDays(2));
            List<String> colours = colours(workbook);
            assertEquals("C6EFCE", colours.get(0), "a late row the clerk marks done turns green (case ignored)");
            assertEquals("FFC7CE", colours.get(1), "a deadline moved into the past turns red");
        }
    }

    /** The fill of the first rule each data row meets, as a spreadsheet applies them; "" for none. */
    private static List<String> colours(XSSFWorkbook workbook) {
        WorkbookEvaluatorProvider provider = (WorkbookEvaluatorProvider) workbook.getCreationHelper().createFormulaEvaluator();
        ConditionalFormattingEvaluator evaluator = new ConditionalFormattingEvaluator(workbook, provider);
        String name = workbook.getSheetAt(0).getSheetName();
        List<String> out = new ArrayList<>();
        for (int r = 5; r <= 13; r++) {
            for (int c = 0; c < 10; c++) {
                List<EvaluationConditionalFormatRule> rules = evaluator.getConditionalFormattingForCell(new CellReference(name, r, c, false, false));
                String fill = rules.isEmpty() ? "" : fill(rules.get(0).getRule());
                if (c == 0) {
                    out.add(fill);
                } else {
                    assertEquals(out.get(out.size() - 1), fill, "the whole row has one colour: row " + (r + 1) + ", column " + c);
                }
            }
        }
        return out;
    }

    private static String fill(ConditionalFormattingRule rule) {
        return hex((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor());
    }

    private XSSFWorkbook write() throws IOException {
        Path file = dir.resolve("so.xlsx");
        new XlsxRegisterWriter().write(sheet(), file);
        try (InputStream in = Files.newInputStream(file)) {
            XSSFWorkbook workbook = new XSSFWorkbook(in);
            assertTrue(workbook.getNumberOfSheets() == 1, "no summary was asked for");
            return workbook;
        }
    }

    private static String hex(XSSFColor colour) {
        byte[] rgb = colour.getRGB();
        return HexFormat.of().withUpperCase().formatHex(rgb);
    }
}
