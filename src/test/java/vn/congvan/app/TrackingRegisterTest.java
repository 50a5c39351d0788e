package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.CongvanService.ReportRequest;
import vn.congvan.app.CongvanService.StatusRequest;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.UnitStatus;

/**
 * The tracking register {@code report} writes for the seed, from a real ledger: its summary sheet
 * agrees with the ledger's status, both sheets print on A4 landscape, and LibreOffice Calc opens the
 * workbook and prints it so.
 */
class TrackingRegisterTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final Path UNITS = Path.of("samples", "directory");
    static final DispatchRef SEED_REF = DispatchRef.of("6174/UBND-VX");
    static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    /** The rows of a status table: Số đơn vị, Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn, Tổng cộng. */
    static final List<String> COUNT_HEADINGS = List.of("Số đơn vị", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện",
            "Quá hạn", "Tổng cộng");

    @TempDir
    static Path dir;
    static CongvanService app;
    static Path xlsx;
    static DispatchStatus status;

    @BeforeAll
    static void write() {
        Clock clock = Clock.fixed(Instant.parse("2019-09-05T02:00:00Z"), ZoneOffset.UTC);
        app = Workspace.resolve(dir.resolve("l.db").toString(), UNITS).open(clock, Interaction.NONE, Map.of());
        app.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
        app.mark(new MarkRequest(SEED_REF, "P-DUCTHANG", "3", "đã hoàn thành", null));
        app.mark(new MarkRequest(SEED_REF, "P-DUCTHANG", "1", "đang thực hiện", null));
        app.mark(new MarkRequest(SEED_REF, "P-PHUTHUY", "1", "đã hoàn thành", null));
        app.mark(new MarkRequest(SEED_REF, "P-PHUTHUY", "2", "đang thực hiện", null));
        xlsx = app.report(new ReportRequest(SEED_REF, EnumSet.of(OutputFormat.XLSX), dir.resolve("out"), AS_OF, null, null))
                .files().get(0);
        status = app.status(new StatusRequest(SEED_REF, AS_OF)).status();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theSummaryCountsPerRequirementAreTheLedgers() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            assertEquals("TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT", text(summary, 0, 0));
            assertTrue(text(summary, 1, 0).startsWith("Số liệu đến ngày 05/09/2019"), text(summary, 1, 0));
            Row head = summary.getRow(3);
            assertEquals("Theo nội dung", head.getCell(0).getStringCellValue());
            assertEquals(COUNT_HEADINGS, texts(head, 1, 6));
            int units = status.units().size();
            for (int i = 0; i < 3; i++) {
                String id = Integer.toString(i + 1);
                Row row = summary.getRow(4 + i);
                assertTrue(row.getCell(0).getStringCellValue().startsWith("Nội dung " + id + ": "), row.getCell(0).getStringCellValue());
                Map<ComplianceStatus, Integer> c = status.counts(id);
                assertEquals(List.of(units, c.get(ComplianceStatus.DONE), c.get(ComplianceStatus.IN_PROGRESS),
                        c.get(ComplianceStatus.NOT_STARTED), c.get(ComplianceStatus.OVERDUE), units), numbers(row), "Nội dung " + id);
            }
            // The marks above, as the ledger projects them on 05/09/2019 (item 3 was due 30/08/2019).
            assertEquals(List.of(units, 1, 0, 0, units - 1, units), numbers(summary.getRow(6)));
            assertEquals(List.of(units, 1, 1, units - 2, 0, units), numbers(summary.getRow(4)));
            Row total = summary.getRow(7);
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            Map<ComplianceStatus, Integer> all = status.counts();
            assertEquals(List.of(units, all.get(ComplianceStatus.DONE), all.get(ComplianceStatus.IN_PROGRESS),
                    all.get(ComplianceStatus.NOT_STARTED), all.get(ComplianceStatus.OVERDUE), 3 * units), numbers(total));
        }
    }

    @Test
    void theSummaryCountsPerGroupFollowTheGroupsTheDispatchAddressed() throws IOException {
        UnitDirectory directory = UnitDirectory.load(UNITS);
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            assertEquals("Theo nhóm đơn vị", text(summary, 9, 0));
            assertEquals(COUNT_HEADINGS, texts(summary.getRow(9), 1, 6));
            List<String> labels = new ArrayList<>();
            int sumOfTotals = 0;
            for (int r = 10; !text(summary, r, 0).equals("Tổng cộng"); r++) {
                String label = text(summary, r, 0);
                labels.add(label);
                List<Integer> n = numbers(summary.getRow(r));
                List<String> members = label.startsWith("UBND các phường")
                        ? directory.members("PHUONG-XA").stream().map(u -> u.code()).toList()
                        : directory.members("CQ-DV-TP").stream().map(u -> u.code()).filter(c -> !c.equals("VP-HDND-UBND")).toList();
                List<UnitStatus> group = status.units().stream().filter(u -> members.contains(u.unitCode())).toList();
                assertEquals(group.size(), n.get(0), label);
                assertEquals(count(group, ComplianceStatus.DONE), n.get(1), label);
                assertEquals(count(group, ComplianceStatus.IN_PROGRESS), n.get(2), label);
                assertEquals(count(group, ComplianceStatus.NOT_STARTED), n.get(3), label);
                assertEquals(count(group, ComplianceStatus.OVERDUE), n.get(4), label);
                assertEquals(3 * group.size(), n.get(5), label);
                sumOfTotals += n.get(5);
            }
            assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"), labels, "in the order of Kính gửi");
            assertEquals(3 * status.units().size(), sumOfTotals, "every unit is in exactly one of the two groups");
        }
    }

    @Test
    void bothSheetsPrintOnA4LandscapeOnePageWideWithTheirMargins() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertEquals(List.of("Sổ theo dõi", "Tổng hợp"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), sheet.getSheetName());
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName());
                assertEquals(1, print.getFitWidth(), sheet.getSheetName());
                assertEquals(0, print.getFitHeight(), "as many pages down as needed");
                assertTrue(sheet.getFitToPage());
                assertEquals(20 / 25.4, sheet.getMargin(Sheet.TopMargin), 1e-6);
                assertEquals(15 / 25.4, sheet.getMargin(Sheet.LeftMargin), 1e-6);
            }
            assertEquals(org.apache.poi.ss.util.CellRangeAddress.valueOf("4:5"), workbook.getSheetAt(0).getRepeatingRows());
        }
    }

    /** LibreOffice Calc opens the workbook and prints it: A4 landscape pages, the head repeated on each. */
    @Test
    void libreOfficeCalcOpensItAndPrintsLandscape() throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH; CI installs it (.ci/run)");
        Path out = dir.resolve("calc");
        Files.createDirectories(out);
        List<String> command = List.of(soffice.get().toString(), "-env:UserInstallation=" + out.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString());
        Path log = out.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        Path pdf = out.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        assertTrue(Files.isRegularFile(pdf), "no PDF: " + Files.readString(log));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 3, "the register runs over pages, then the summary: " + doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                assertEquals(842, w, 2, "A4 landscape width");
                assertEquals(595, h, 2, "A4 landscape height");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            String all = words(stripper.getText(doc));
            assertTrue(all.contains("SỔTHEODÕIGIẢIQUYẾTVĂNBẢNĐẾN"), all);
            assertTrue(all.contains("TỔNGHỢPTÌNHHÌNHGIẢIQUYẾT"), all);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = words(stripper.getText(doc));
            assertTrue(second.contains("Thờihạngiảiquyết") && !second.contains("SỔTHEODÕI"),
                    "the head, not the title, repeats on page 2: " + second);
        }
    }

    /** The text without white space, NFC: where a cell wraps its heading does not matter here. */
    private static String words(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static int count(List<UnitStatus> units, ComplianceStatus s) {
        return (int) units.stream().flatMap(u -> u.requirements().stream()).filter(r -> r.status() == s).count();
    }

    private static XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            out.add(row.getCell(c).getStringCellValue());
        }
        return out;
    }

    private static List<Integer> numbers(Row row) {
        List<Integer> out = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            out.add((int) row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of(Path.of(d, "soffice"), Path.of(d, "soffice.exe"), Path.of(d, "libreoffice")))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
