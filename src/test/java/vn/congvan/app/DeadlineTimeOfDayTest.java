package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.UnitStatus;

/**
 * A requirement due "trước 16 giờ 30 ngày 12/3/2021" is judged by the time, not the day, in Vietnam: on time at
 * 16:00 that day, late at 16:31, in the status, the overdue list and the reminder alike. The dispatch's copies
 * for information (a one-line Kính gửi and Nơi nhận) are kept in the ledger, never assigned, and named in the
 * reminder's Nơi nhận.
 */
class DeadlineTimeOfDayTest {
    static final Path FIXTURE = Path.of("src/test/resources/dispatches/cong-van-kinh-gui-mot-dong-han-gio.txt");
    static final Path UNITS = Path.of("samples", "directory");
    static final DispatchRef REF = DispatchRef.of("815/UBND-VX");

    @TempDir
    Path dir;

    private CongvanService at(int day, int hour, int minute) {
        Clock clock = Clock.fixed(ZonedDateTime.of(2021, 3, day, hour, minute, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        return Workspace.resolve(dir.resolve("l.db").toString(), UNITS).open(clock, Interaction.NONE, Map.of());
    }

    private List<String> importAndAcknowledgeAll() {
        try (CongvanService app = at(10, 9, 0)) {
            var outcome = app.importDispatch(new CongvanService.ImportRequest(FIXTURE, null));
            assertEquals(List.of(), outcome.taskSet().unmatchedRecipients(), "copies for information are not unmatched");
            List<String> units = outcome.taskSet().units().stream().map(vn.congvan.model.Unit::code).toList();
            assertTrue(units.contains("PHONG-YTE"));
            assertTrue(units.stream().noneMatch(u -> u.equals("TT-THANHUY") || u.equals("LD-UBND")), "leaders are never assignees: " + units);
            for (String unit : units) {
                app.acknowledge(new CongvanService.AckRequest(REF, unit, "điện thoại"));
            }
            return units;
        }
    }

    @Test
    void theCopiesForInformationAreKeptWithTheDispatchAndShown() {
        importAndAcknowledgeAll();
        try (CongvanService app = at(11, 8, 0)) {
            CongvanService.StatusView view = app.status(new CongvanService.StatusRequest(REF, null));
            assertEquals(List.of(new CopyRecipient("Thường trực Thành ủy (b/c)", CopyRecipient.Kind.INFORMATION),
                    new CopyRecipient("CT, PCT UBND tp", CopyRecipient.Kind.INFORMATION),
                    new CopyRecipient("Sở Y tế (b/c)", CopyRecipient.Kind.INFORMATION)), view.copies());
            assertEquals(view.copies(), app.show(REF, null).copies());
        }
    }

    @Test
    void sixteenThirtyIsOnTimeAtFourPmAndLateAtFourThirtyOne() {
        List<String> units = importAndAcknowledgeAll();
        try (CongvanService app = at(12, 16, 0)) {
            DispatchStatus s = app.status(new CongvanService.StatusRequest(REF, null)).status();
            UnitStatus yte = s.unit("PHONG-YTE").orElseThrow();
            assertEquals(ComplianceStatus.NOT_STARTED, yte.requirement("1").orElseThrow().status());
            assertEquals(LocalTime.of(16, 30), yte.requirement("1").orElseThrow().deadlineTime());
            assertEquals(0, s.counts().get(ComplianceStatus.OVERDUE));
            assertEquals(List.of(), app.overdue(new CongvanService.OverdueRequest(null, CongvanService.OverdueOrder.BY_UNIT)));
        }
        try (CongvanService app = at(12, 16, 31)) {
            DispatchStatus s = app.status(new CongvanService.StatusRequest(REF, null)).status();
            assertEquals(ComplianceStatus.OVERDUE, s.unit("PHONG-YTE").orElseThrow().requirement("1").orElseThrow().status());
            assertEquals(ComplianceStatus.NOT_STARTED, s.unit("PHONG-YTE").orElseThrow().requirement("2").orElseThrow().status(),
                    "a deadline with no time lasts to the end of its day");
            assertEquals(units.size(), s.counts().get(ComplianceStatus.OVERDUE));
            var overdue = app.overdue(new CongvanService.OverdueRequest(null, CongvanService.OverdueOrder.BY_UNIT));
            assertEquals(units.size(), overdue.size());
            assertTrue(overdue.stream().allMatch(l -> l.requirementId().equals("1") && l.daysLate() == 0
                    && LocalTime.of(16, 30).equals(l.deadlineTime())), overdue.toString());
        }
        // A day named by the user is judged at its end: 16:30 has passed on 12/3, not on 11/3.
        try (CongvanService app = at(20, 9, 0)) {
            assertEquals(0, app.status(new CongvanService.StatusRequest(REF, LocalDate.of(2021, 3, 11))).status()
                    .counts().get(ComplianceStatus.OVERDUE));
            assertEquals(units.size(), app.status(new CongvanService.StatusRequest(REF, LocalDate.of(2021, 3, 12))).status()
                    .counts().get(ComplianceStatus.OVERDUE));
        }
    }

    @Test
    void theReminderListsTheUnitsLateAtFourThirtyOneWithTheTimeAndTheCopies() throws Exception {
        List<String> units = importAndAcknowledgeAll();
        try (CongvanService app = at(12, 16, 0)) {
            var written = app.report(new CongvanService.ReportRequest(REF, EnumSet.of(OutputFormat.DOCX), dir.resolve("16h00"), null,
                    null, null));
            assertEquals(0, written.lateUnits(), "every unit acknowledged and nothing late yet: no reminder");
            assertTrue(written.files().stream().noneMatch(f -> f.getFileName().toString().startsWith("don-doc-")));
        }
        try (CongvanService app = at(12, 16, 31)) {
            var written = app.report(new CongvanService.ReportRequest(REF, EnumSet.of(OutputFormat.DOCX, OutputFormat.XLSX),
                    dir.resolve("16h31"), null, null, null));
            Path register = written.files().stream().filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(register))) {
                List<java.time.LocalDateTime> timed = new java.util.ArrayList<>();
                book.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                    if ("hh:mm dd/mm/yyyy".equals(cell.getCellStyle().getDataFormatString())) {
                        timed.add(cell.getLocalDateTimeCellValue());
                    }
                }));
                assertEquals(units.size(), timed.size(), "requirement 1 of every unit, with its time in the register");
                assertTrue(timed.stream().allMatch(t -> t.equals(java.time.LocalDateTime.of(2021, 3, 12, 16, 30))), timed.toString());
            }
            assertEquals(units.size(), written.lateUnits());
            Path reminder = written.files().stream().filter(f -> f.getFileName().toString().startsWith("don-doc-")).findFirst().orElseThrow();
            String text = docxText(reminder);
            assertTrue(text.contains("16 giờ 30 ngày 12/03/2021"), text);
            int informed = text.indexOf("CT, PCT UBND tp");
            assertTrue(informed > text.indexOf("Nơi nhận") && informed < text.indexOf("Lưu: VT"), text);
            assertTrue(text.contains("Thường trực Thành ủy (b/c)") && text.contains("Sở Y tế (b/c)"), text);
            Path report = written.files().stream().filter(f -> f.getFileName().toString().startsWith("bao-cao-")).findFirst().orElseThrow();
            String reportText = docxText(report);
            assertTrue(reportText.contains("16 giờ 30 ngày 12/03/2021"), reportText);
            assertEquals(1, reportText.split("Thường trực Thành ủy \\(b/c\\)", -1).length - 1,
                    "the report's template names it already: not twice");
        }
    }

    private static String docxText(Path docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
