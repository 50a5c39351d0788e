package vn.congvan.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register of the seed dispatch: 20 units × 3 requirements, written and read back with POI. */
class XlsxRegisterWriterTest {
    private static final LocalDate DEADLINE = LocalDate.of(2019, 8, 30);

    @TempDir
    static Path dir;
    private static Path file;
    private static TaskSet taskSet;
    private static RegisterSheet register;

    @BeforeAll
    static void write() {
        taskSet = seedTaskSet();
        file = dir.resolve("so-theo-doi.xlsx");
        register = RegisterSheet.of(taskSet, "125",
                a -> a.requirementId().equals("3") ? "Đã hoàn thành" : "Đang thực hiện");
        new XlsxRegisterWriter().write(register, file);
    }

    @Test
    void titleDispatchLineAndTheDecreesHeadings() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Sổ theo dõi", sheet.getSheetName());
            assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", text(sheet, 0, 0));
            assertEquals("Công văn số 6174/UBND-VX ngày 21/08/2019 của ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT "
                    + "V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", text(sheet, 1, 0));
            assertEquals(List.of("Số đến", "Số, ký hiệu, ngày, cơ quan ban hành, trích yếu", "", "", "", "Đơn vị/người nhận",
                    "Thời hạn giải quyết", "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời", "Ghi chú"), rowTexts(sheet, 3));
            assertEquals(List.of("", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu", "", "", "", "", ""), rowTexts(sheet, 4));
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("B4:E4")), "group heading over four parts");
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("A4:A5")));
        }
    }

    @Test
    void oneRowPerUnitAndRequirementWithVietnameseIntact() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(5 + 60 - 1, sheet.getLastRowNum(), "60 data rows under the five-row head");
            Set<String> pairs = new HashSet<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                String recipient = text(sheet, r, 5);
                String excerpt = text(sheet, r, 4);
                assertTrue(DocumentFixtures.UNITS.contains(recipient), recipient);
                assertTrue(excerpt.startsWith("V/v đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ\nYêu cầu "), excerpt);
                pairs.add(recipient + " | " + excerpt.lines().skip(1).findFirst().orElseThrow());
                assertEquals("125", text(sheet, r, 0));
                assertEquals("6174/UBND-VX", text(sheet, r, 1));
                assertEquals(DocumentFixtures.ISSUER, text(sheet, r, 3));
            }
            assertEquals(60, pairs.size(), "each unit × requirement once");
            assertEquals("Yêu cầu 3: Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu Email đã gửi.",
                    text(sheet, 7, 4).lines().skip(1).findFirst().orElseThrow());
            assertEquals("Đã hoàn thành", text(sheet, 7, 7));
        }
    }

    @Test
    void datesAreRealDatesShownDayMonthYear() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Cell documentDate = sheet.getRow(5).getCell(2);
            assertEquals(CellType.NUMERIC, documentDate.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(documentDate));
            assertEquals("dd/mm/yyyy", documentDate.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2019, 8, 21), documentDate.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("21/08/2019", formatter.formatCellValue(documentDate));

            Cell deadline = sheet.getRow(7).getCell(6);
            assertEquals(DEADLINE, deadline.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("30/08/2019", formatter.formatCellValue(deadline));
            Cell none = sheet.getRow(5).getCell(6);
            assertEquals(CellType.BLANK, none.getCellType(), "requirement 1 has no deadline");
        }
    }

    @Test
    void headerIsFrozenFilteredAndRepeatedOnEveryPrintedPage() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(5, pane.getHorizontalSplitTopRow(), "rows 1–5 stay on screen");
            assertEquals("A5:J65", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(CellRangeAddress.valueOf("4:5"), sheet.getRepeatingRows());

            PrintSetup print = sheet.getPrintSetup();
            assertAll(
                    () -> assertTrue(print.getLandscape()),
                    () -> assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize()),
                    () -> assertEquals(1, print.getFitWidth()),
                    () -> assertEquals(0, print.getFitHeight()),
                    () -> assertTrue(sheet.getFitToPage()));
        }
    }

    @Test
    void timesNewRomanEverywhereWrappedAndColumnsSizedToTheirText() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                    assertEquals("Times New Roman", style.getFont().getFontName(), cell.getAddress().toString());
                }
            }
            assertEquals("Times New Roman", workbook.getFontAt(0).getFontName(), "default font");
            assertTrue(sheet.getRow(5).getCell(4).getCellStyle().getWrapText());
            int excerpt = sheet.getColumnWidth(4) / 256;
            int arrival = sheet.getColumnWidth(0) / 256;
            int recipient = sheet.getColumnWidth(5) / 256;
            assertEquals(55, excerpt, "the long excerpts take the widest column, then wrap");
            assertTrue(arrival <= 10, "Số đến stays narrow: " + arrival);
            // Excel's width unit is a digit of the default font: 6 pt in 12 pt Times New Roman
            double longestName = FontMetrics.get().width("Văn phòng HĐND và UBND thành phố", Face.REGULAR, 12) / 6;
            assertTrue(recipient >= longestName && recipient <= longestName + 3, "fits the longest unit name: " + recipient);
            assertTrue(sheet.getRow(5).getHeightInPoints() >= 2 * 15.75f, "excerpt rows are tall enough for two lines");
        }
    }

    @Test
    void aStreamReceivesTheSameWorkbookAsTheFileAndStaysOpen() throws IOException {
        CallerStream out = new CallerStream();
        new XlsxRegisterWriter().write(register, out);
        assertFalse(out.closed, "the caller owns the stream");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet streamed = workbook.getSheetAt(0);
            assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", text(streamed, 0, 0));
            assertEquals("6174/UBND-VX", text(streamed, 5, 1));
            assertEquals(DocumentFixtures.UNITS.get(0), text(streamed, 5, 5));
            assertEquals(5 + 60 - 1, streamed.getLastRowNum());
        }
        CallerStream.assertSameParts(Files.readAllBytes(file), out.toByteArray());
    }

    @Test
    void missingFolderIsAnInputErrorAndNoFileIsLeft(@TempDir Path out) throws IOException {
        RegisterSheet sheet = RegisterSheet.of(taskSet, "125", a -> "");
        InputException e = assertThrows(InputException.class,
                () -> new XlsxRegisterWriter().write(sheet, out.resolve("missing/so.xlsx")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        new XlsxRegisterWriter().write(sheet, out.resolve("so.xlsx"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("so.xlsx")), files.toList());
        }
    }

    // --- fixture ----------------------------------------------------------------------------------

    /** The seed dispatch, its three requirements, the 20 units: one assignment per unit and requirement. */
    static TaskSet seedTaskSet() {
        List<Requirement> requirements = List.of(
                new Requirement("1", "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin "
                        + "từ Email lạ gửi vào tài khoản người dùng.", List.of(), List.of()),
                new Requirement("2", "Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng lưu "
                        + "trữ và thực hiện việc xóa những thư Nhận và Gửi đã cũ ra khỏi hệ thống.", List.of(), List.of()),
                new Requirement("3", "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu Email đã "
                        + "gửi. Sau thời gian này, Sở Thông tin và Truyền thông không chịu trách nhiệm về dữ liệu Email đã gửi "
                        + "của cơ quan, đơn vị và người dùng; các cơ quan, đơn vị, cá nhân có thư quan trọng cần lưu trữ lại "
                        + "trên máy tính cá nhân trước ngày 30/8/2019.", List.of(DEADLINE), List.of()));
        Dispatch dispatch = new Dispatch(DocumentFixtures.seed(), requirements, List.of());
        List<Unit> units = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < DocumentFixtures.UNITS.size(); i++) {
            String name = DocumentFixtures.UNITS.get(i);
            Unit unit = new Unit("U" + i, name, name.contains("xã") ? UnitKind.COMMUNE : UnitKind.WARD, List.of(),
                    "donvi" + i + "@phanthiet.example", List.of());
            units.add(unit);
            for (Requirement r : requirements) {
                assignments.add(new Assignment(unit.code(), unit.name(), unit.email(), r.id(), r.dueDate().orElse(null)));
            }
        }
        return new TaskSet(dispatch, units, assignments, List.of());
    }

    private static XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            texts.add(text(sheet, row, c));
        }
        return texts;
    }
}
