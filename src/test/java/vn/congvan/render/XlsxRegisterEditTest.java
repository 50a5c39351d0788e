package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register as a clerk uses it after congvan wrote it: opened, a cell changed, saved and opened
 * again (with POI, as a spreadsheet program would), and texts that XML cannot carry as they are.
 */
class XlsxRegisterEditTest {
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;

    @Test
    void aClerksEditIsSavedAndTheRowTakesItsNewColour() throws IOException {
        List<RegisterRow> rows = List.of(
                row("Phường Mũi Né", TODAY.minusDays(1), "Đang thực hiện"),
                row("Phường Hàm Tiến", TODAY.plusDays(2), "Chưa thực hiện"));
        Path written = dir.resolve("so.xlsx");
        new XlsxRegisterWriter().write(new RegisterSheet("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "Công văn số 6174/UBND-VX", rows), written);
        Path saved = dir.resolve("so-da-sua.xlsx");
        try (XSSFWorkbook workbook = open(written); OutputStream out = Files.newOutputStream(saved)) {
            assertEquals(List.of("FFC7CE", "FFEB9C"), colours(workbook), "late red, due soon amber, as written");
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(5).getCell(7).setCellValue("Đã hoàn thành 02/12/2026");
            sheet.getRow(6).getCell(9).setCellValue("Đã nhắc qua điện thoại");
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = open(saved)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Đã hoàn thành 02/12/2026", sheet.getRow(5).getCell(7).getStringCellValue());
            assertEquals("Đã nhắc qua điện thoại", sheet.getRow(6).getCell(9).getStringCellValue(), "a note typed into an empty cell");
            assertEquals("Phường Mũi Né", sheet.getRow(5).getCell(5).getStringCellValue(), "the other cells are untouched");
            assertEquals(List.of("C6EFCE", "FFEB9C"), colours(workbook), "the row marked done is green after saving");
        }
    }

    @Test
    void textsWithMarkupControlCharactersAndSpacesReadBackAsWritten() throws IOException {
        String excerpt = "V/v \"an toàn\" & <bảo mật> thư công vụ\nNội dung 1:\tphổ biến\u000Bngay";
        String note = "  _x0041_ giữ nguyên, dòng\r\nmới ";
        List<RegisterRow> rows = List.of(new RegisterRow("12", "6174/UBND-VX", LocalDate.of(2019, 8, 21), DocumentFixtures.ISSUER,
                excerpt, "Phường Mũi Né", null, "Đang thực hiện", "", note));
        Path written = dir.resolve("ky-tu.xlsx");
        new XlsxRegisterWriter().write(new RegisterSheet("SỔ <THEO DÕI> & GHI CHÚ", "Công văn số 6174/UBND-VX", rows), written);
        try (XSSFWorkbook workbook = open(written)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("SỔ <THEO DÕI> & GHI CHÚ", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(excerpt, sheet.getRow(5).getCell(4).getStringCellValue());
            assertEquals(note, sheet.getRow(5).getCell(9).getStringCellValue(), "outer spaces, CR LF and a literal _x0041_ kept");
            assertEquals(CellType.BLANK, sheet.getRow(5).getCell(8).getCellType(), "no reply yet: an empty, bordered cell");
            assertTrue(sheet.getRow(5).getCell(8).getCellStyle().getBorderTop().getCode() > 0);
        }
    }

    private static RegisterRow row(String unit, LocalDate deadline, String progress) {
        return new RegisterRow("", "6174/UBND-VX", LocalDate.of(2019, 8, 21), DocumentFixtures.ISSUER,
                "V/v đảm bảo an toàn thông tin\nNội dung 1: phổ biến", unit, deadline, progress, "", "");
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The fill of the first rule each data row's first cell meets; "" for none. */
    private static List<String> colours(XSSFWorkbook workbook) {
        WorkbookEvaluatorProvider provider = (WorkbookEvaluatorProvider) workbook.getCreationHelper().createFormulaEvaluator();
        ConditionalFormattingEvaluator evaluator = new ConditionalFormattingEvaluator(workbook, provider);
        String name = workbook.getSheetAt(0).getSheetName();
        List<String> out = new ArrayList<>();
        for (int r = 5; r <= workbook.getSheetAt(0).getLastRowNum(); r++) {
            List<EvaluationConditionalFormatRule> rules = evaluator.getConditionalFormattingForCell(new CellReference(name, r, 0, false, false));
            out.add(rules.isEmpty() ? "" : hex((XSSFColor) rules.get(0).getRule().getPatternFormatting().getFillBackgroundColorColor()));
        }
        return out;
    }

    private static String hex(XSSFColor colour) {
        return java.util.HexFormat.of().withUpperCase().formatHex(colour.getRGB());
    }
}
