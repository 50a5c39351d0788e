package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService.AckRequest;
import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.CongvanService.StatusRequest;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;

/** The spine end to end through the service, on a real SQLite file: import the seed, record answers, read the status. */
class ImportAndTrackTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final Path UNITS = Path.of("samples", "directory");
    static final String ID = "6174/UBND-VX";
    static final DispatchRef SEED_REF = DispatchRef.of(ID);
    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);
    UnitDirectory directory;
    CongvanService app;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        directory = UnitDirectory.load(UNITS);
        app = service(dir.resolve("l.db"), UNITS);
    }

    @AfterEach
    void close() {
        app.close();
    }

    CongvanService service(Path ledger, Path units) {
        return Workspace.resolve(ledger.toString(), units).open(clock, Interaction.NONE, Map.of());
    }

    @Test
    void seedBecomesOneAssignmentPerUnitAndRequirement() {
        var outcome = app.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
        assertTrue(outcome.created());
        assertEquals(18, directory.members("PHUONG-XA").size());
        // The issuing office (Văn phòng HĐND và UBND) is a member of "Các cơ quan, đơn vị thuộc UBND thành phố"
        // but is not assigned its own dispatch.
        int expectedUnits = directory.members("PHUONG-XA").size() + directory.members("CQ-DV-TP").size() - 1;
        assertEquals(expectedUnits, outcome.taskSet().units().size());
        DispatchStatus status = app.status(new StatusRequest(SEED_REF, null)).status();
        assertEquals(expectedUnits, status.units().size());
        assertTrue(status.unit("VP-HDND-UBND").isEmpty());
        assertEquals(expectedUnits * 3, status.units().stream().mapToInt(u -> u.requirements().size()).sum());
        assertTrue(outcome.taskSet().unmatchedRecipients().isEmpty());
        // Items 1 and 2 name no deadline: the default applies; item 3 keeps its own.
        UnitStatus first = status.units().get(0);
        assertEquals(LocalDate.of(2019, 9, 15), req(first, "1").deadline());
        assertEquals(LocalDate.of(2019, 9, 15), req(first, "2").deadline());
        assertEquals(LocalDate.of(2019, 8, 30), req(first, "3").deadline());
    }

    @Test
    void theIssuingOfficeNamedOnItsOwnIsAssigned() throws Exception {
        String seed = Files.readString(SEED);
        Path named = Files.writeString(dir.resolve("6175.txt"), seed.replace("Số: 6174 /UBND-VX", "Số: 6175 /UBND-VX")
                .replace("- Các cơ quan, đơn vị thuộc UBND thành phố;",
                        "- Các cơ quan, đơn vị thuộc UBND thành phố;\n- Văn phòng HĐND và UBND thành phố;"));
        var outcome = app.importDispatch(new ImportRequest(named, null));
        assertTrue(outcome.taskSet().units().stream().anyMatch(u -> u.code().equals("VP-HDND-UBND")),
                outcome.taskSet().units().toString());
    }

    @Test
    void importingTwiceAddsNothing() {
        app.importDispatch(new ImportRequest(SEED, null));
        int events = history().size();
        var again = app.importDispatch(new ImportRequest(SEED, null));
        assertFalse(again.created());
        assertEquals(events, history().size());
        assertEquals(1, app.list(new CongvanService.ListRequest(null, null)).size());
    }

    @Test
    void theSameNumberInAnotherYearIsAnotherDispatchAndTheClerkNamesTheYear() throws Exception {
        app.importDispatch(new ImportRequest(SEED, null));
        Path later = Files.writeString(dir.resolve("6174-2021.txt"),
                Files.readString(SEED).replace("ngày 21 tháng 8 năm 2019", "ngày 21 tháng 8 năm 2021")
                        .replace("30/8/2019", "30/8/2021"));
        var second = app.importDispatch(new ImportRequest(later, null));
        assertTrue(second.created(), "the 2021 dispatch is not a duplicate of the 2019 one");
        assertEquals(2, app.list(new CongvanService.ListRequest(null, LocalDate.of(2021, 8, 25))).size());

        InputException ambiguous = assertThrows(InputException.class, () -> app.status(new StatusRequest(DispatchRef.of("6174"), null)));
        assertTrue(ambiguous.getMessage().contains("21/08/2019") && ambiguous.getMessage().contains("21/08/2021"), ambiguous.getMessage());
        assertTrue(ambiguous.getMessage().contains("--year"), ambiguous.getMessage());

        var status2021 = app.status(new StatusRequest(new DispatchRef("6174", 2021, null), LocalDate.of(2021, 9, 1)));
        assertEquals(LocalDate.of(2021, 8, 21), status2021.dispatch().date());
        assertEquals(LocalDate.of(2021, 8, 30), req(status2021.status().units().get(0), "3").deadline());
        var byIssuer = app.find(new DispatchRef(ID, 2019, "UBND thành phố Phan Thiết"));
        assertEquals(LocalDate.of(2019, 8, 21), byIssuer.date());
    }

    @Test
    void clerkEntriesDriveTheStatus() {
        var outcome = app.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
        String ducThang = directory.find("UBND phường Đức Thắng").orElseThrow().code();
        String phuThuy = directory.find("ubnd phuong phu thuy").orElseThrow().code();

        assertEquals(ducThang, app.acknowledge(new AckRequest(SEED_REF, "Ủy ban nhân dân phường Đức Thắng", "qua điện thoại")).unitCode());
        app.mark(new MarkRequest(SEED_REF, phuThuy, "1", "đã hoàn thành", "đã phổ biến"));
        app.mark(new MarkRequest(SEED_REF, phuThuy, "2", "dang thuc hien", null));

        DispatchStatus before = app.status(new StatusRequest(SEED_REF, LocalDate.of(2019, 8, 28))).status();
        UnitStatus dt = unit(before, ducThang);
        UnitStatus pt = unit(before, phuThuy);
        assertTrue(dt.acknowledged());
        assertTrue(pt.acknowledged(), "a unit that reports work has received the dispatch");
        assertEquals(ComplianceStatus.NOT_STARTED, req(dt, "1").status());
        assertEquals(ComplianceStatus.DONE, req(pt, "1").status());
        assertEquals(ComplianceStatus.IN_PROGRESS, req(pt, "2").status());
        assertEquals(ComplianceStatus.NOT_STARTED, req(pt, "3").status());
        assertEquals(2, before.units().stream().filter(UnitStatus::acknowledged).count());

        // After 30/8/2019 item 3 is overdue for everyone who has not done it; 1 stays done.
        DispatchStatus after = app.status(new StatusRequest(SEED_REF, LocalDate.of(2019, 9, 1))).status();
        assertEquals(ComplianceStatus.OVERDUE, req(unit(after, phuThuy), "3").status());
        assertEquals(ComplianceStatus.DONE, req(unit(after, phuThuy), "1").status());
        assertEquals(outcome.taskSet().units().size(),
                after.units().stream().filter(u -> req(u, "3").status() == ComplianceStatus.OVERDUE).count());

        // The same facts seen across the ledger: the list, the late units, the history.
        var line = app.list(new CongvanService.ListRequest(CongvanService.Progress.OVERDUE, LocalDate.of(2019, 9, 1))).get(0);
        assertEquals(ID, line.dispatch().numberSymbol());
        assertEquals(2, line.acknowledged());
        assertEquals(LocalDate.of(2019, 8, 30), line.nearestDeadline());
        assertEquals(List.of(), app.list(new CongvanService.ListRequest(CongvanService.Progress.DONE, LocalDate.of(2019, 9, 1))));
        var overdue = app.overdue(new CongvanService.OverdueRequest(LocalDate.of(2019, 9, 1), CongvanService.OverdueOrder.BY_UNIT));
        assertEquals(outcome.taskSet().units().size(), overdue.size(), "item 3 for every unit");
        assertTrue(overdue.stream().allMatch(o -> o.requirementId().equals("3") && o.daysLate() == 2));
        var history = app.history(new CongvanService.HistoryRequest(SEED_REF, "phường Phú Thủy"));
        assertEquals(phuThuy, history.unitCode());
        assertEquals(List.of("DONE 1 đã phổ biến", "PROGRESS 2 null"), history.lines().stream()
                .map(h -> h.event().type() + " " + h.event().requirementId() + " " + h.event().note()).toList());
        assertTrue(history.lines().stream().allMatch(h -> h.event().source().equals("clerk") && h.unitName().contains("Phú Thủy")));
    }

    @Test
    void badEntriesAreRefusedAndChangeNothing() {
        app.importDispatch(new ImportRequest(SEED, null));
        int events = history().size();
        assertThrows(InputException.class, () -> app.acknowledge(new AckRequest(SEED_REF, "Phường Không Có", null)));
        assertThrows(InputException.class, () -> app.acknowledge(new AckRequest(DispatchRef.of("9999/UBND-VX"), "P-DUCTHANG", null)));
        String ducThang = directory.find("phường Đức Thắng").orElseThrow().code();
        assertThrows(InputException.class, () -> app.mark(new MarkRequest(SEED_REF, ducThang, "7", "done", null)));
        InputException overdue = assertThrows(InputException.class, () -> app.mark(new MarkRequest(SEED_REF, ducThang, "1", "quá hạn", null)));
        assertTrue(overdue.getMessage().contains("quá hạn"), overdue.getMessage());
        assertEquals(events, history().size());
    }

    /**
     * What was decided at import stays: a unit renamed or dropped in the directory later changes neither
     * the old dispatch's status nor its report, and its requirements keep their ids.
     */
    @Test
    void aChangedDirectoryLeavesAnOldDispatchAsItWas() throws Exception {
        Path units = dir.resolve("units");
        Files.createDirectories(units);
        for (String f : List.of("units.csv", "groups.csv", "office.properties")) {
            Files.copy(UNITS.resolve(f), units.resolve(f));
        }
        Path ledger = dir.resolve("decided.db");
        DispatchStatus before;
        List<Assignment> assigned;
        String reportBefore;
        try (CongvanService s = service(ledger, units)) {
            s.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
            s.acknowledge(new AckRequest(SEED_REF, "P-DUCTHANG", null));
            before = s.status(new StatusRequest(SEED_REF, LocalDate.of(2019, 9, 5))).status();
            reportBefore = reportText(s, dir.resolve("before"));
        }
        // The directory a year later: Đức Thắng renamed and readdressed, Tiến Lợi gone.
        String csv = Files.readString(units.resolve("units.csv"));
        assertTrue(csv.contains("Ủy ban nhân dân phường Đức Thắng") && csv.contains("X-TIENLOI"));
        Files.writeString(units.resolve("units.csv"), csv.lines()
                .filter(l -> !l.startsWith("X-TIENLOI,"))
                .map(l -> l.replace("Ủy ban nhân dân phường Đức Thắng", "Ủy ban nhân dân phường Đức Thắng Mới")
                        .replace("ducthang@", "ducthang-moi@"))
                .reduce("", (a, b) -> a + b + "\n"));
        try (CongvanService s = service(ledger, units)) {
            DispatchStatus after = s.status(new StatusRequest(SEED_REF, LocalDate.of(2019, 9, 5))).status();
            assertEquals(before, after);
            assertTrue(after.unit("X-TIENLOI").isPresent(), "a unit dropped from the directory keeps its assignments");
            assertEquals("Ủy ban nhân dân phường Đức Thắng", unit(after, "P-DUCTHANG").unitName());
            assertEquals(List.of("1", "2", "3"), after.requirementIds());
            assertEquals(reportBefore, reportText(s, dir.resolve("after")));
        }
    }

    /** The report's text as a reader of the DOCX sees it (the file name differs by folder only). */
    private static String reportText(CongvanService s, Path out) throws Exception {
        var written = s.report(new CongvanService.ReportRequest(SEED_REF, java.util.EnumSet.of(OutputFormat.DOCX), out,
                LocalDate.of(2019, 9, 5), null, null));
        Path docx = written.files().stream().filter(p -> p.getFileName().toString().startsWith("bao-cao-")).findFirst().orElseThrow();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void everyBadFileIsRefusedByNameAndLeavesTheLedgerFileUntouched() throws Exception {
        Path db = dir.resolve("l.db");
        app.importDispatch(new ImportRequest(SEED, null));
        app.close();
        byte[] before = Files.readAllBytes(db);
        String seed = Files.readString(SEED);
        List<Path> bad = List.of(
                Files.writeString(dir.resolve("ngay-sai.txt"), seed.replace("ngày 21 tháng 8 năm 2019", "ngày 31 tháng 02 năm 2019")),
                Files.writeString(dir.resolve("han-sai.txt"), seed.replace("trước ngày 30/8/2019", "trước ngày 31/02/2019")),
                Files.writeString(dir.resolve("khong-so.txt"), seed.replace("Số: 6174 /UBND-VX", "")),
                Files.writeString(dir.resolve("trong.txt"), ""),
                Files.write(dir.resolve("rac.md"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, (byte) 0xFF, (byte) 0xD8, 0, 1}),
                Files.writeString(dir.resolve("thu-thuong.txt"), "Chào chị,\nCuối tuần này họp lớp nhé.\n"),
                dir.resolve("khong-ton-tai.txt"));
        app = service(db, UNITS);
        for (Path file : bad) {
            InputException e = assertThrows(InputException.class, () -> app.importDispatch(new ImportRequest(file, null)), file.toString());
            assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        }
        assertEquals(1, app.list(new CongvanService.ListRequest(null, null)).size());
        assertEquals(1, history().size(), "only the import of the seed");
        app.close();
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aClerkMayNameTheDispatchByItsNumberAlone() {
        app.importDispatch(new ImportRequest(SEED, null));
        assertEquals(ID, app.find(DispatchRef.of("6174")).numberSymbol());
        assertEquals(ID, app.find(DispatchRef.of("6174 /UBND-VX")).numberSymbol());
        assertEquals(ID, app.find(DispatchRef.of("6174/ubnd-vx")).numberSymbol());
        assertThrows(InputException.class, () -> app.find(DispatchRef.of("6175")));
        assertThrows(InputException.class, () -> app.find(new DispatchRef("6174", 2020, null)));
    }

    private List<CongvanService.HistoryLine> history() {
        return app.history(new CongvanService.HistoryRequest(SEED_REF, null)).lines();
    }

    static UnitStatus unit(DispatchStatus s, String code) {
        return s.units().stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow();
    }

    static RequirementState req(UnitStatus u, String id) {
        return u.requirements().stream().filter(r -> r.requirementId().equals(id)).findFirst().orElseThrow();
    }
}
