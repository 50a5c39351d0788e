package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.Delivery;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DocumentType;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Recipient;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementSeries;
import vn.congvan.model.RequirementState;
import vn.congvan.model.Run;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;
import vn.congvan.model.UnitStatus;

/**
 * What the ledger promises, checked on a real database: SQLite always, PostgreSQL when one is given
 * (see the subclasses). Each test gets a fresh, empty ledger.
 */
abstract class LedgerContract {
    static final String ID = "6174/UBND-VX";
    static final String ISSUER = "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT";
    static final String ISSUER_KEY = "uy ban nhan dan thanh pho phan thiet";
    static final String SUBJECT = "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ";
    static final Path SAMPLE = Path.of("samples/000_7ae9f029b9ddbc9d.txt");
    static final Instant IMPORTED_AT = Instant.parse("2019-08-21T02:15:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2019, 8, 30);
    static final String DUC_THANG = "P-DUCTHANG";
    static final String PHU_THUY = "P-PHUTHUY";
    static final String TIEN_LOI = "X-TIENLOI";

    /** Every table of the ledger with the columns that order its rows (see {@link #snapshot}). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("tracked_dispatch", "dispatch_key");
        TABLES.put("analysed_dispatch", "dispatch_key");
        TABLES.put("dispatch_requirement", "dispatch_key, req_id");
        TABLES.put("dispatch_assignment", "dispatch_key, unit_code, req_id");
        TABLES.put("dispatch_recipient", "dispatch_key, position, unit_code");
        TABLES.put("ledger_event", "seq");
        TABLES.put("original_file", "dispatch_key");
        TABLES.put("dispatch_copy_recipient", "dispatch_key, position");
        TABLES.put("requirement_series", "dispatch_key, req_id");
        TABLES.put("received_signature", "dispatch_key, number");
        TABLES.put("flyway_schema_history", "installed_rank");
    }

    /** The location of a new, empty ledger, as a user would pass it to {@link Ledger#open}. */
    abstract String newLocation() throws Exception;

    /** A plain JDBC connection to the ledger of the current test, to look at rows the API does not show. */
    abstract Connection rawConnection() throws SQLException;

    /** Removes what {@link #newLocation} made; the ledger is closed by then. */
    void cleanUp() throws Exception {
    }

    /**
     * How the database would run {@code sql} with {@code params}, one line per line of its plan: SQLite's
     * {@code EXPLAIN QUERY PLAN}, PostgreSQL's {@code EXPLAIN} with sequential scans disfavoured, so that on a test's
     * few rows a table is still read whole only where no index serves the query.
     */
    abstract List<String> plan(Connection c, String sql, Object... params) throws SQLException;

    /** The steps of {@code plan} that read all of {@code table} (its rows, or every entry of an index of it). */
    abstract List<String> wholeReads(Connection c, List<String> plan, String table) throws SQLException;

    /** Whether the database aggregates a group's rows in its index's order (SQLite does; PostgreSQL need not). */
    boolean aggregatesInIndexOrder() {
        return false;
    }

    String location;
    Ledger ledger;
    String source;
    /** The ledger's key of the seed dispatch, once {@link #importSample} has run. */
    long key;

    @BeforeEach
    void openLedger() throws Exception {
        source = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        location = newLocation();
        ledger = Ledger.open(location);
    }

    @AfterEach
    void closeLedger() throws Exception {
        if (ledger != null) {
            ledger.close();
        }
        cleanUp();
    }

    // ---- import ----

    @Test
    void importStoresTheDispatchItsAssignmentsAndOneImportedEvent() throws Exception {
        ImportResult result = importSample();

        assertEquals(new ImportResult(true, key, 3, 9), result);
        TrackedDispatch d = ledger.queries().dispatch(key).orElseThrow();
        assertEquals(new TrackedDispatch(key, ID, ISSUER, LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN, SUBJECT,
                SAMPLE.toString(), IMPORTED_AT), d);
        assertEquals(2019, d.year());
        assertEquals("6174/UBND-VX (2019)", d.label());
        assertEquals(source, ledger.queries().sourceText(key));
        assertEquals(List.of(d), ledger.queries().dispatches());

        List<Assignment> assignments = ledger.queries().assignments(key);
        assertEquals(taskSet().assignments(), assignments);
        assertEquals(3, assignments.stream().filter(a -> DEADLINE.equals(a.deadline())).count());
        // One unit's name as assigned, as the review list reads it, without the dispatch's other assignments.
        for (Assignment a : assignments) {
            assertEquals(Optional.of(a.unitName()), ledger.queries().assignedName(key, a.unitCode()));
        }
        assertEquals(Optional.empty(), ledger.queries().assignedName(key, "NOT-ASSIGNED"));
        assertEquals(Optional.empty(), ledger.queries().assignedName(key + 1000, assignments.get(0).unitCode()));

        List<Event> events = ledger.queries().events(key);
        assertEquals(List.of(Event.of(key, EventType.IMPORTED, IMPORTED_AT).source("import", sha256(source))
                .evidence(SAMPLE.toString()).build()), events);
        assertEquals(counts(1, 1, 3, 9, 3, 1, 0), rowCounts());
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT issuer_key, issue_year FROM tracked_dispatch")) {
            assertTrue(rs.next());
            assertEquals(ISSUER_KEY, rs.getString(1));
            assertEquals(2019, rs.getInt(2));
        }
    }

    @Test
    void requirementsKeepTheirTextAndDueDate() throws Exception {
        importSample();
        try (Connection c = rawConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT req_id, text, deadline FROM dispatch_requirement WHERE dispatch_key = ? ORDER BY position")) {
            ps.setLong(1, key);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2).substring(0, 20) + "|" + rs.getString(3));
                }
            }
            assertEquals(List.of("1|Phổ biến rộng rãi đế|null", "2|Các cơ quan, đơn vị,|null", "3|Ngày 30/8/2019, Sở T|2019-08-30"), rows);
        }
    }

    @Test
    void importingTheSameTextAgainAddsNothing() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        ImportResult again = ledger.imports().importTaskSet(taskSet(), "copy of the same file.txt", source, null,
                IMPORTED_AT.plusSeconds(3600));

        assertEquals(new ImportResult(false, key, 3, 9), again);
        assertEquals(before, snapshot());
    }

    // ---- what makes a dispatch the same: issuer, year, number/symbol ----

    @Test
    void theSameNumberInAnotherYearIsAnotherDispatch() throws Exception {
        importSample();
        String text2021 = source.replace("ngày 21 tháng 8 năm 2019", "ngày 21 tháng 8 năm 2021");
        assertNotEquals(source, text2021);

        ImportResult result = ledger.imports().importTaskSet(taskSetWith(ISSUER, LocalDate.of(2021, 8, 21)), "6174-2021.txt",
                text2021, null, IMPORTED_AT.plusSeconds(86400L * 730));

        assertTrue(result.created());
        assertNotEquals(key, result.dispatchKey());
        assertEquals(9, result.assignments());
        assertEquals(List.of("6174/UBND-VX (2019)", "6174/UBND-VX (2021)"),
                ledger.queries().dispatches().stream().map(TrackedDispatch::label).toList());
        assertEquals(Integer.valueOf(2021), ledger.queries().dispatch(result.dispatchKey()).orElseThrow().year());
        assertEquals(text2021, ledger.queries().sourceText(result.dispatchKey()));
        assertEquals(source, ledger.queries().sourceText(key));
        // Each keeps its own assignments and events.
        assertEquals(9, ledger.queries().assignments(result.dispatchKey()).size());
        ledger.events().append(ack(DUC_THANG, "2021-08-22T01:00:00Z"));
        assertEquals(List.of(EventType.IMPORTED, EventType.ACKNOWLEDGED),
                ledger.queries().events(key).stream().map(Event::type).toList());
        assertEquals(List.of(EventType.IMPORTED),
                ledger.queries().events(result.dispatchKey()).stream().map(Event::type).toList());
        assertEquals(counts(2, 2, 6, 18, 6, 3, 0), rowCounts());
    }

    @Test
    void theSameNumberFromAnotherIssuerIsAnotherDispatch() throws Exception {
        importSample();
        String laGi = source.replace("THÀNH PHỐ PHAN THIẾT**", "THỊ XÃ LA GI**");
        assertNotEquals(source, laGi);

        ImportResult result = ledger.imports().importTaskSet(taskSetWith("ỦY BAN NHÂN DÂN THỊ XÃ LA GI", LocalDate.of(2019, 8, 21)),
                "6174-lagi.txt", laGi, null, IMPORTED_AT.plusSeconds(60));

        assertTrue(result.created());
        assertNotEquals(key, result.dispatchKey());
        List<TrackedDispatch> both = ledger.queries().dispatches();
        assertEquals(List.of(ID, ID), both.stream().map(TrackedDispatch::numberSymbol).toList());
        assertEquals(List.of(ISSUER, "ỦY BAN NHÂN DÂN THỊ XÃ LA GI"), both.stream().map(TrackedDispatch::issuer).toList());
        assertEquals(List.of(key, result.dispatchKey()), both.stream().map(TrackedDispatch::key).toList());
    }

    @Test
    void theSameIssuerWrittenDifferentlyIsTheSameDispatch() throws Exception {
        importSample();
        TaskSet abbreviated = taskSetWith("UBND thành phố Phan Thiết", LocalDate.of(2019, 8, 21));
        Map<String, List<String>> before = snapshot();

        // The same text: nothing new.
        assertEquals(new ImportResult(false, key, 3, 9),
                ledger.imports().importTaskSet(abbreviated, "6174 (viết tắt).txt", source, null, IMPORTED_AT.plusSeconds(60)));
        assertEquals(before, snapshot());

        // Another text under the same identity: refused, as for the same spelling.
        InputException e = assertThrows(InputException.class, () -> ledger.imports().importTaskSet(abbreviated, "khac.txt",
                source + "\nMột đoạn khác.", null, IMPORTED_AT.plusSeconds(120)));
        assertTrue(e.getMessage().contains("Công văn 6174/UBND-VX đã có trong sổ theo dõi"), e.getMessage());
        assertTrue(e.getMessage().contains("khac.txt"), e.getMessage());
        assertEquals(before, snapshot());
        assertEquals(1, ledger.queries().dispatches().size());
    }

    // ---- what was decided at import is kept ----

    @Test
    void theAnalysedDispatchIsKeptAsImported() throws Exception {
        TaskSet rich = richTaskSet();

        ImportResult result = ledger.imports().importTaskSet(rich, "6174-UBND-VX.docx", source, null, IMPORTED_AT);

        Dispatch analysed = ledger.queries().analysed(result.dispatchKey()).orElseThrow();
        assertEquals(rich.dispatch(), analysed);
        assertEquals(rich.dispatch().document().signer(), analysed.document().signer());
        assertEquals(rich.dispatch().document().body(), analysed.document().body());
        assertEquals(rich.dispatch().references(), analysed.references());
        assertEquals(Optional.of(LocalDate.of(2019, 9, 5)), analysed.requirements().get(1).dueDate());
        // And it survives closing the ledger.
        ledger.close();
        ledger = Ledger.open(location);
        assertEquals(rich.dispatch(), ledger.queries().analysed(result.dispatchKey()).orElseThrow());
        assertTrue(ledger.queries().analysed(result.dispatchKey() + 1000).isEmpty());
    }

    @Test
    void theRecipientsAreKeptAsTheTaskSetResolvedThem() throws Exception {
        importSample();
        assertEquals(taskSet().recipients(), ledger.queries().recipients(key));

        // Units in the directory's order (Phú Thủy comes before Đức Thắng there), not in the order of their codes.
        TaskSet other = otherTaskSet();
        List<Recipient> recipients = List.of(new Recipient("UBND các phường", true, List.of(PHU_THUY, DUC_THANG)),
                new Recipient("UBND xã Tiến Lợi", false, List.of(TIEN_LOI)));
        ImportResult result = ledger.imports().importTaskSet(new TaskSet(other.dispatch(), other.units(), other.assignments(),
                recipients, List.of("Trung tâm Y tế thành phố")), "6200.txt", "Công văn 6200", null, IMPORTED_AT);

        assertEquals(recipients, ledger.queries().recipients(result.dispatchKey()));
        assertEquals(List.of(), ledger.queries().recipients(result.dispatchKey() + 1000));
    }

    @Test
    void everyDispatchsAssignmentsReadAtOnceAreThoseReadOneByOne() throws Exception {
        importSample();
        TaskSet other = otherTaskSet();
        Requirement lead = new Requirement("1", "Rà soát mạng nội bộ.", List.of(LocalDate.of(2019, 9, 30)), List.of(),
                List.of("UBND phường Phú Thủy"), List.of(), java.time.LocalTime.of(16, 30), null);
        Requirement open = new Requirement("2", "Báo cáo khi có yêu cầu.", List.of(), List.of(), List.of(), List.of(), null, null);
        Dispatch plan = new Dispatch(other.dispatch().document(), List.of(lead, open), List.of());
        Unit phuThuy = other.units().stream().filter(u -> u.code().equals(PHU_THUY)).findFirst().orElseThrow();
        Unit ducThang = other.units().stream().filter(u -> u.code().equals(DUC_THANG)).findFirst().orElseThrow();
        Unit tienLoi = other.units().stream().filter(u -> u.code().equals(TIEN_LOI)).findFirst().orElseThrow();
        List<Assignment> assignments = List.of(
                new Assignment(PHU_THUY, phuThuy.name(), phuThuy.email(), "1", LocalDate.of(2019, 9, 30), java.time.LocalTime.of(16, 30),
                        vn.congvan.model.UnitRole.LEAD),
                new Assignment(DUC_THANG, ducThang.name(), null, "2", null),
                new Assignment(TIEN_LOI, tienLoi.name(), "", "2", LocalDate.of(2019, 10, 1)),
                new Assignment(DUC_THANG, ducThang.name(), null, "1", LocalDate.of(2019, 9, 30), null, vn.congvan.model.UnitRole.SUPPORT));
        long planKey = ledger.imports().importTaskSet(new TaskSet(plan, List.of(phuThuy, ducThang, tienLoi), assignments, List.of()),
                "ke-hoach.md", "Kế hoạch", null, IMPORTED_AT).dispatchKey();

        Map<Long, List<Assignment>> every = ledger.queries().everyAssignment();

        assertEquals(Set.of(key, planKey), every.keySet());
        assertEquals(ledger.queries().assignments(key), every.get(key));
        assertEquals(assignments, every.get(planKey), "in task-set order; no address, an empty one, no deadline, no time, no role");
        assertEquals(ledger.queries().assignments(planKey), every.get(planKey));
    }

    @Test
    void anAssignmentRowTheProgramDidNotWriteIsRefusedNotReadWrong() throws Exception {
        importSample();
        long other = ledger.imports().importTaskSet(otherTaskSet(), "6200.txt", "Công văn 6200", null, IMPORTED_AT).dispatchKey();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dispatch_assignment SET unit_role = 'CHU_TRI' WHERE dispatch_key = " + key);
        }

        // Cut on a thread of its own: its failure still reaches the caller as it was, and the ledger stays usable.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.queries().everyAssignment());
        assertTrue(e.getMessage().contains("CHU_TRI"), e.getMessage());
        assertEquals(otherTaskSet().assignments(), ledger.queries().assignments(other));
    }

    @Test
    void rolesAndTimesOfDayAreKeptPerAssignmentWithThePlansAnalysis() throws Exception {
        TaskSet other = otherTaskSet();
        Requirement lead = new Requirement("1", "Rà soát mạng nội bộ.", List.of(LocalDate.of(2019, 9, 30)), List.of(),
                List.of("UBND phường Phú Thủy"), List.of("UBND phường Đức Thắng"), java.time.LocalTime.of(16, 30), null);
        Requirement monthly = new Requirement("2", "Báo cáo trước ngày 20 hằng tháng.", List.of(), List.of(), List.of(), List.of(),
                null, new vn.congvan.model.Recurrence(vn.congvan.model.Recurrence.Period.MONTHLY, 20, java.time.YearMonth.of(2019, 9)));
        Dispatch plan = new Dispatch(other.dispatch().document(), List.of(lead, monthly), List.of());
        Unit phuThuy = other.units().stream().filter(u -> u.code().equals(PHU_THUY)).findFirst().orElseThrow();
        Unit ducThang = other.units().stream().filter(u -> u.code().equals(DUC_THANG)).findFirst().orElseThrow();
        List<Assignment> assignments = List.of(
                new Assignment(PHU_THUY, phuThuy.name(), phuThuy.email(), "1", LocalDate.of(2019, 9, 30), java.time.LocalTime.of(16, 30),
                        vn.congvan.model.UnitRole.LEAD),
                new Assignment(DUC_THANG, ducThang.name(), ducThang.email(), "1", LocalDate.of(2019, 9, 30), java.time.LocalTime.of(16, 30),
                        vn.congvan.model.UnitRole.SUPPORT),
                new Assignment(DUC_THANG, ducThang.name(), ducThang.email(), "2", null));
        ImportResult result = ledger.imports().importTaskSet(new TaskSet(plan, List.of(phuThuy, ducThang), assignments, List.of()),
                "ke-hoach.md", "Kế hoạch", null, IMPORTED_AT);

        DispatchStatus status = ledger.queries().status(result.dispatchKey(), LocalDate.of(2019, 9, 1));
        RequirementState led = status.unit(PHU_THUY).orElseThrow().requirement("1").orElseThrow();
        assertEquals(vn.congvan.model.UnitRole.LEAD, led.role());
        assertEquals(java.time.LocalTime.of(16, 30), led.deadlineTime());
        assertEquals(vn.congvan.model.UnitRole.SUPPORT, status.unit(DUC_THANG).orElseThrow().requirement("1").orElseThrow().role());
        RequirementState plain = status.unit(DUC_THANG).orElseThrow().requirement("2").orElseThrow();
        assertNull(plain.role());
        assertNull(plain.deadlineTime());
        assertEquals(java.util.Optional.empty(), status.unit(PHU_THUY).orElseThrow().requirement("2"), "a unit has only its rows");
        assertEquals(List.of("1", "2"), status.requirementIds());
        assertEquals(plan, ledger.queries().analysed(result.dispatchKey()).orElseThrow(), "lead, support, time and recurrence read back");
    }

    @Test
    void copiesForInformationAndUnclearNamesAreKeptWithTheDispatchNeverAssigned() throws Exception {
        TaskSet sample = taskSet();
        TaskSet withCopies = new TaskSet(sample.dispatch(), sample.units(), sample.assignments(), sample.recipients(),
                List.of("Văn phòng UBND tỉnh"), List.of("Thường trực Thành ủy (b/c)", "CT, PCT UBND tp"), List.of("TT Văn hóa"));
        key = ledger.imports().importTaskSet(withCopies, "6174.txt", source, null, IMPORTED_AT).dispatchKey();

        assertEquals(List.of(new CopyRecipient("Thường trực Thành ủy (b/c)", CopyRecipient.Kind.INFORMATION),
                new CopyRecipient("CT, PCT UBND tp", CopyRecipient.Kind.INFORMATION),
                new CopyRecipient("TT Văn hóa", CopyRecipient.Kind.AMBIGUOUS),
                new CopyRecipient("Văn phòng UBND tỉnh", CopyRecipient.Kind.UNMATCHED)), ledger.queries().copyRecipients(key));
        assertEquals(List.of(DUC_THANG, PHU_THUY, TIEN_LOI),
                ledger.queries().status(key, DEADLINE).units().stream().map(UnitStatus::unitCode).toList(), "never assignees");
        assertEquals(List.of(), ledger.queries().copyRecipients(key + 1000));
    }

    @Test
    void aSeriesIsExtendedByInsertingEachPeriodOnceToTheUnitsOfItsFirstPeriod() throws Exception {
        TaskSet other = otherTaskSet();
        LocalTime half = LocalTime.of(16, 30);
        Requirement sep = new Requirement("2.2019-09", "Báo cáo hằng tháng. (kỳ báo cáo tháng 9/2019)", List.of(LocalDate.of(2019, 9, 20)),
                List.of(), List.of(), List.of(), half, null);
        Requirement oct = new Requirement("2.2019-10", "Báo cáo hằng tháng. (kỳ báo cáo tháng 10/2019)", List.of(LocalDate.of(2019, 10, 20)),
                List.of(), List.of(), List.of(), half, null);
        Requirement once = new Requirement("1", "Rà soát mạng nội bộ.", List.of(LocalDate.of(2019, 9, 30)), List.of());
        Dispatch plan = new Dispatch(other.dispatch().document(), List.of(once, sep, oct), List.of());
        Unit phuThuy = other.units().stream().filter(u -> u.code().equals(PHU_THUY)).findFirst().orElseThrow();
        Unit ducThang = other.units().stream().filter(u -> u.code().equals(DUC_THANG)).findFirst().orElseThrow();
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : List.of(phuThuy, ducThang)) {
            assignments.add(new Assignment(u.code(), u.name(), u.email(), "1", LocalDate.of(2019, 9, 30)));
            for (Requirement r : List.of(sep, oct)) {
                assignments.add(new Assignment(u.code(), u.name(), u.email(), r.id(), r.dueDate().orElseThrow(), half, null));
            }
        }
        RequirementSeries series = new RequirementSeries("2", "Báo cáo hằng tháng.",
                new Recurrence(Recurrence.Period.MONTHLY, 20, YearMonth.of(2019, 9)), half, "2.2019-09");
        key = ledger.imports().importTaskSet(new TaskSet(plan, List.of(phuThuy, ducThang), assignments, List.of(), List.of(),
                List.of(), List.of(), List.of(series)), "bao-cao.md", "Báo cáo hằng tháng", null, IMPORTED_AT).dispatchKey();
        assertEquals(Map.of(key, List.of(series)), ledger.queries().series());

        Requirement nov = new Requirement("2.2019-11", "Báo cáo hằng tháng. (kỳ báo cáo tháng 11/2019)",
                List.of(LocalDate.of(2019, 11, 20)), List.of());
        assertEquals(1, ledger.imports().extendSeries(key, series, List.of(oct, nov), Instant.parse("2019-10-21T02:00:00Z")),
                "October is held already; November is added");
        Map<String, List<String>> once1 = snapshot();
        assertEquals(0, ledger.imports().extendSeries(key, series, List.of(nov), Instant.parse("2019-10-22T02:00:00Z")));
        assertEquals(once1, snapshot(), "extending again changes nothing");

        assertEquals(List.of("1", "2.2019-09", "2.2019-10", "2.2019-11"), ledger.queries().requirementIds(key));
        DispatchStatus before = ledger.queries().status(key, LocalDateTime.of(2019, 11, 20, 16, 29));
        RequirementState due = before.unit(DUC_THANG).orElseThrow().requirement("2.2019-11").orElseThrow();
        assertEquals(LocalDate.of(2019, 11, 20), due.deadline());
        assertEquals(half, due.deadlineTime(), "the series' time of day");
        assertEquals(ComplianceStatus.OVERDUE, before.unit(DUC_THANG).orElseThrow().requirement("2.2019-10").orElseThrow().status());
        assertEquals(ComplianceStatus.NOT_STARTED, due.status(), "not late at 16:29");
        DispatchStatus after = ledger.queries().status(key, LocalDateTime.of(2019, 11, 20, 16, 31));
        assertEquals(ComplianceStatus.OVERDUE, after.unit(PHU_THUY).orElseThrow().requirement("2.2019-11").orElseThrow().status());
        assertEquals(2, after.units().size(), "only the units of the first period");
        List<Event> added = ledger.queries().events(key).stream().filter(e -> e.type() == EventType.PERIOD_ADDED).toList();
        assertEquals(1, added.size());
        assertEquals("2.2019-11", added.get(0).requirementId());
        assertNull(added.get(0).unitCode());
    }

    @Test
    void keepingTheAnalysisOnlyInserts() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        assertFalse(ledger.imports().keepAnalysis(key, otherTaskSet().dispatch()));

        assertEquals(before, snapshot());
        assertEquals(taskSet().dispatch(), ledger.queries().analysed(key).orElseThrow());
    }

    // ---- the original file ----

    /** Bytes no text decoding would keep: every byte value, NUL and invalid UTF-8 included, as in a PDF. */
    static byte[] binaryOriginal() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    @Test
    void theOriginalFileIsKeptByteForByteBesideItsText() throws Exception {
        byte[] pdf = binaryOriginal();

        ImportResult result = ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, pdf, IMPORTED_AT);
        key = result.dispatchKey();

        assertEquals(new ImportResult(true, key, 3, 9), result);
        OriginalFile original = ledger.queries().originalFile(key).orElseThrow();
        assertEquals("6174-UBND-VX.pdf", original.name());
        assertArrayEquals(pdf, original.content());
        assertEquals(source, ledger.queries().sourceText(key));
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 FROM original_file")) {
            assertTrue(rs.next());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), rs.getString(1));
        }
        assertEquals(counts(1, 1, 3, 9, 3, 1, 1), rowCounts());
    }

    @Test
    void theSignaturesADispatchArrivedWithAreKeptAsFoundAndNeverChanged() throws Exception {
        byte[] pdf = binaryOriginal();
        SignatureCheck good = new SignatureCheck(1, "ChuKyLanhDao", "PAdES B-T", "Võ Văn Thông", "C=VN,O=Thu nghiem,CN=Võ Văn Thông",
                "C=VN,CN=CA thu nghiem", Instant.parse("2019-08-21T02:00:00Z"), Instant.parse("2019-08-21T02:00:03Z"),
                SignatureCheck.Coverage.LATER_SIGNATURES_ONLY, true, true, true, true, List.of());
        SignatureCheck bad = new SignatureCheck(2, "DauCoQuan", "PAdES B-B", "UBND tỉnh", "CN=UBND tỉnh", "CN=Khác", null, null,
                SignatureCheck.Coverage.CHANGED_AFTER, false, true, true, false, List.of("Mã băm không khớp", "Không tin cậy"));
        key = ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, pdf, IMPORTED_AT, "6174-UBND-VX.pdf",
                List.of(good, bad)).dispatchKey();

        vn.congvan.model.ReceivedSignatures kept = ledger.receivedSignatures().of(key);
        assertEquals(IMPORTED_AT, kept.checkedAt());
        assertEquals(List.of(good, bad), kept.signatures(), "every field read back as it was found");
        assertFalse(kept.valid());
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_sha256 FROM received_signature WHERE number = 1")) {
            assertTrue(rs.next());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), rs.getString(1),
                    "the evidence of which bytes were checked");
        }

        // Imported again (the roots trusted since, say): what was found at receipt stands.
        Map<String, List<String>> before = snapshot();
        ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, pdf, IMPORTED_AT.plusSeconds(60), "again", List.of(good));
        assertEquals(before, snapshot());
        assertEquals(vn.congvan.model.ReceivedSignatures.NONE, ledger.receivedSignatures().of(9999));
    }

    @Test
    void aDispatchImportedWithoutItsFileHasNoOriginal() {
        importSample();
        assertTrue(ledger.queries().originalFile(key).isEmpty());
        assertTrue(ledger.queries().originalFile(9999).isEmpty());
    }

    @Test
    void theSameTextAgainChangesNothingEvenWithOtherBytes() throws Exception {
        byte[] first = binaryOriginal();
        key = ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, first, IMPORTED_AT).dispatchKey();
        Map<String, List<String>> before = snapshot();

        // Signed again by the e-office system: other bytes, the same text.
        byte[] resigned = binaryOriginal();
        resigned[0] = 1;
        assertEquals(new ImportResult(false, key, 3, 9),
                ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX (1).pdf", source, resigned, IMPORTED_AT.plusSeconds(3600)));
        assertEquals(new ImportResult(false, key, 3, 9),
                ledger.imports().importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, first, IMPORTED_AT.plusSeconds(7200)));

        assertEquals(before, snapshot());
        assertEquals(new OriginalFile("6174-UBND-VX.pdf", first), ledger.queries().originalFile(key).orElseThrow());
    }

    @Test
    void aFailedImportKeepsNoOriginal() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();
        TaskSet broken = taskSetWithAnUnlistedUnit();

        assertThrows(InputException.class, () -> ledger.imports().importTaskSet(broken, "6200.pdf", "Công văn 6200",
                binaryOriginal(), IMPORTED_AT.plusSeconds(86400)));

        assertEquals(before, snapshot());
        assertTrue(dispatchNumbered("6200/UBND-VX").isEmpty());
        assertEquals(0, rowCounts().get("original_file"));
    }

    /**
     * A ledger written by the version before originals were kept: made here by running migration V1 only,
     * with a dispatch stored as that version stored it.
     */
    @Test
    void aVersion1LedgerMigratesAndItsDispatchesHaveNoOriginal() throws Exception {
        startAfresh();
        Schema.configuration(LedgerTarget.of(location, Map.of())).target("1").load().migrate();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
                rs.next();
                assertEquals("1", rs.getString(1));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispatch (id, type, issuer, issue_date, subject, source_name,"
                    + " source_sha256, source_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {ID, "CONG_VAN", ISSUER, "2019-08-21", SUBJECT, "6174.docx", sha256(source), source,
                        "2019-08-21T02:15:00.000000000Z"};
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, (String) values[i]);
                }
                ps.executeUpdate();
            }
        }

        ledger = Ledger.open(location);

        List<TrackedDispatch> dispatches = ledger.queries().dispatches();
        assertEquals(1, dispatches.size());
        key = dispatches.get(0).key();
        assertEquals(new TrackedDispatch(key, ID, ISSUER, LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN, SUBJECT,
                "6174.docx", IMPORTED_AT), ledger.queries().dispatch(key).orElseThrow());
        assertEquals(source, ledger.queries().sourceText(key));
        assertTrue(ledger.queries().originalFile(key).isEmpty());
        assertTrue(ledger.queries().analysed(key).isEmpty());
        assertEquals(List.of("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true", "10:true", "12:true", "13:true", "14:true", "15:true"), appliedMigrations());
        // Its text still identifies it: the same import again adds no dispatch, but keeps the file it lacked.
        Map<String, List<String>> before = snapshot();
        assertEquals(new ImportResult(false, key, 0, 0),
                ledger.imports().importTaskSet(taskSet(), "6174.docx", source, binaryOriginal(), IMPORTED_AT));
        Map<String, List<String>> after = snapshot();
        assertEquals(1, after.get("original_file").size());
        after.put("original_file", before.get("original_file"));
        assertEquals(before, after, "only the original was added");
        assertEquals(new OriginalFile("6174.docx", binaryOriginal()), ledger.queries().originalFile(key).orElseThrow());
        // Once there, it stays: other bytes for the same text change nothing.
        Map<String, List<String>> withOriginal = snapshot();
        byte[] other = binaryOriginal();
        other[0] = 1;
        assertEquals(new ImportResult(false, key, 0, 0),
                ledger.imports().importTaskSet(taskSet(), "6174 (1).docx", source, other, IMPORTED_AT.plusSeconds(60)));
        assertEquals(withOriginal, snapshot());
        // A new dispatch in the migrated ledger keeps its original.
        ImportResult added = ledger.imports().importTaskSet(otherTaskSet(), "6200.pdf", "Công văn 6200", binaryOriginal(), IMPORTED_AT);
        assertArrayEquals(binaryOriginal(), ledger.queries().originalFile(added.dispatchKey()).orElseThrow().content());
    }

    /**
     * A ledger written by version 2 (before dispatches had a key of their own), made here on this
     * database by running migrations V1 and V2 and writing the rows that version wrote; the committed
     * SQLite file made the same way is checked in {@link SqliteLedgerTest}.
     */
    @Test
    void aVersion2LedgerMigratesWithEveryEventKept() throws Exception {
        startAfresh();
        V2LedgerFixture.createVersion2Schema(location);
        try (Connection c = rawConnection()) {
            V2LedgerFixture.insertRows(c);
        }

        assertMigratesFromVersion2();
    }

    @Test
    void sameNumberWithOtherTextIsRefusedAndChangesNothing() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException e = assertThrows(InputException.class, () -> ledger.imports().importTaskSet(taskSet(), "khac.txt",
                source + "\nMột đoạn khác.", null, IMPORTED_AT.plusSeconds(60)));

        assertTrue(e.getMessage().contains("Công văn 6174/UBND-VX đã có trong sổ theo dõi"), e.getMessage());
        assertTrue(e.getMessage().contains("nội dung khác"), e.getMessage());
        assertTrue(e.getMessage().contains("khac.txt"), e.getMessage());
        assertEquals(before, snapshot());
        assertEquals(source, ledger.queries().sourceText(key));
    }

    @Test
    void aDuplicateAssignmentHalfwayLeavesTheLedgerExactlyAsBefore() throws Exception {
        importSample();
        ledger.events().append(ack(DUC_THANG, "2019-08-22T01:00:00Z"));
        Map<String, List<String>> before = snapshot();

        TaskSet other = otherTaskSet();
        List<Assignment> withDuplicate = new ArrayList<>(other.assignments());
        withDuplicate.add(withDuplicate.get(0));
        TaskSet broken = new TaskSet(other.dispatch(), other.units(), withDuplicate, List.of());

        InputException e = assertThrows(InputException.class, () -> ledger.imports().importTaskSet(broken, "6200.txt",
                "Công văn 6200", null, IMPORTED_AT.plusSeconds(86400)));

        assertTrue(e.getMessage().contains("Không ghi được công văn 6200/UBND-VX"), e.getMessage());
        assertTrue(e.getMessage().contains("sổ giữ nguyên như trước"), e.getMessage());
        assertEquals(before, snapshot());
        assertTrue(dispatchNumbered("6200/UBND-VX").isEmpty());
        assertEquals(9, rowCounts().get("dispatch_assignment"));
    }

    @Test
    void anAssignmentToAnUnlistedUnitHalfwayLeavesTheLedgerExactlyAsBefore() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        TaskSet broken = taskSetWithAnUnlistedUnit();

        InputException e = assertThrows(InputException.class, () -> ledger.imports().importTaskSet(broken, "6200.txt",
                "Công văn 6200", null, IMPORTED_AT.plusSeconds(86400)));

        assertTrue(e.getMessage().contains("P-LAGI"), e.getMessage());
        assertEquals(before, snapshot());
        assertTrue(dispatchNumbered("6200/UBND-VX").isEmpty());
    }

    @Test
    void aUnitNameHoldingAControlCharacterIsRefusedAndTheLedgerStaysAsBefore() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();
        // U+001F separates the fields of the rows overdue and collect read joined: such a name would be read back cut.
        TaskSet other = otherTaskSet();
        List<Assignment> assignments = new ArrayList<>(other.assignments());
        Assignment last = assignments.remove(assignments.size() - 1);
        assignments.add(new Assignment(last.unitCode(), "Phường\u001FĐức Thắng", last.unitEmail(), last.requirementId(),
                last.deadline(), last.deadlineTime(), last.role()));
        TaskSet broken = new TaskSet(other.dispatch(), other.units(), assignments, List.of());

        InputException e = assertThrows(InputException.class, () -> ledger.imports().importTaskSet(broken, "6200.txt",
                "Công văn 6200", null, IMPORTED_AT.plusSeconds(86400)));

        assertEquals("Bảng giao việc của công văn 6200/UBND-VX có ký tự điều khiển trong tên đơn vị của đơn vị "
                + last.unitCode() + "; sổ theo dõi không nhận. Hãy sửa danh sách đơn vị rồi nhập lại.", e.getMessage());
        assertEquals(before, snapshot());
        assertTrue(dispatchNumbered("6200/UBND-VX").isEmpty());
        assertEquals(List.of("6174/UBND-VX"), ledger.queries().dispatches().stream().map(d -> d.numberSymbol()).toList());
    }

    @Test
    void aDraftWithoutNumberCannotBeImported() throws Exception {
        TaskSet sample = taskSet();
        OfficialDocument d = sample.dispatch().document();
        OfficialDocument draft = new OfficialDocument(d.parentIssuer(), d.issuer(), null, d.place(), d.date(), d.type(),
                d.subject(), d.recipients(), d.body(), d.signer(), d.distribution(), d.contact());
        TaskSet unnumbered = new TaskSet(new Dispatch(draft, sample.dispatch().requirements(), List.of()), sample.units(),
                List.of(), List.of());

        InputException e = assertThrows(InputException.class,
                () -> ledger.imports().importTaskSet(unnumbered, "du-thao.txt", source, null, IMPORTED_AT));

        assertTrue(e.getMessage().contains("chưa có số, ký hiệu"), e.getMessage());
        assertEquals(List.of(), ledger.queries().dispatches());
    }

    // ---- events and status ----

    @Test
    void beforeAnyReportEveryoneIsNotStartedAndNotAcknowledged() throws Exception {
        importSample();

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 22));

        assertEquals(key, status.dispatchKey());
        assertEquals(List.of(DUC_THANG, PHU_THUY, TIEN_LOI), status.units().stream().map(UnitStatus::unitCode).toList());
        UnitStatus ducThang = status.unit(DUC_THANG).orElseThrow();
        assertEquals("Ủy ban nhân dân phường Đức Thắng", ducThang.unitName());
        assertEquals("phuongducthang@phanthiet.example", ducThang.email());
        assertEquals(List.of(new RequirementState("1", ComplianceStatus.NOT_STARTED, null, null, null, null),
                new RequirementState("2", ComplianceStatus.NOT_STARTED, null, null, null, null),
                new RequirementState("3", ComplianceStatus.NOT_STARTED, DEADLINE, null, null, null)), ducThang.requirements());
        assertEquals(9, status.counts().get(ComplianceStatus.NOT_STARTED));
        assertEquals(0, status.counts().get(ComplianceStatus.DONE));
        assertEquals(0, status.acknowledgedCount());
        assertEquals(List.of("1", "2", "3"), status.requirementIds());
    }

    @Test
    void anAcknowledgementMarksTheUnitAcknowledged() throws Exception {
        importSample();

        assertTrue(ledger.events().append(ack(PHU_THUY, "2019-08-22T03:30:00Z")));

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 22));
        UnitStatus phuThuy = status.unit(PHU_THUY).orElseThrow();
        assertTrue(phuThuy.acknowledged());
        assertEquals(Instant.parse("2019-08-22T03:30:00Z"), phuThuy.acknowledgedAt());
        assertFalse(status.unit(DUC_THANG).orElseThrow().acknowledged());
        assertNull(status.unit(DUC_THANG).orElseThrow().acknowledgedAt());
        assertEquals(1, status.acknowledgedCount());
        assertEquals(List.of(ack(PHU_THUY, "2019-08-22T03:30:00Z")), ledger.queries().events(key, PHU_THUY));
    }

    @Test
    void reportingWorkImpliesReceiptFromTheEarliestReport() throws Exception {
        importSample();
        ledger.events().append(report(TIEN_LOI, "2", EventType.DONE, "2019-08-26T08:00:00Z", "m2"));
        ledger.events().append(report(TIEN_LOI, "1", EventType.PROGRESS, "2019-08-24T08:00:00Z", "m1"));

        UnitStatus tienLoi = ledger.queries().status(key, LocalDate.of(2019, 8, 27)).unit(TIEN_LOI).orElseThrow();

        assertTrue(tienLoi.acknowledged());
        assertEquals(Instant.parse("2019-08-24T08:00:00Z"), tienLoi.acknowledgedAt());
    }

    @Test
    void progressThenDoneIsDone() throws Exception {
        importSample();
        ledger.events().append(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T02:00:00Z", "m1"));
        ledger.events().append(Event.of(key, EventType.DONE, Instant.parse("2019-08-26T09:00:00Z")).unit(DUC_THANG)
                .requirement("1").source("mail", "m2").evidence("<m2@phanthiet.example>")
                .note("Đã phổ biến đến toàn bộ công chức").build());

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 27));

        assertEquals(new RequirementState("1", ComplianceStatus.DONE, null, Instant.parse("2019-08-26T09:00:00Z"),
                        "Đã phổ biến đến toàn bộ công chức", "<m2@phanthiet.example>"),
                status.unit(DUC_THANG).orElseThrow().requirement("1").orElseThrow());
        assertEquals(ComplianceStatus.NOT_STARTED, state(status, DUC_THANG, "2").status());
        assertEquals(Map.of(ComplianceStatus.NOT_STARTED, 2, ComplianceStatus.IN_PROGRESS, 0, ComplianceStatus.DONE, 1,
                ComplianceStatus.OVERDUE, 0), status.counts("1"));
    }

    @Test
    void aLaterProgressReportOverridesDone() throws Exception {
        importSample();
        ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-23T02:00:00Z", "m1"));
        ledger.events().append(report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-24T02:00:00Z", "m2"));

        assertEquals(ComplianceStatus.IN_PROGRESS,
                state(ledger.queries().status(key, LocalDate.of(2019, 8, 25)), DUC_THANG, "2").status());
    }

    @Test
    void theLatestReportIsByTimeNotByOrderOfRecording() throws Exception {
        importSample();
        // The progress mail arrives late, but it was written before the unit finished.
        ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-25T02:00:00Z", "m2"));
        ledger.events().append(report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-23T02:00:00Z", "m1"));

        assertEquals(ComplianceStatus.DONE, state(ledger.queries().status(key, LocalDate.of(2019, 8, 26)), DUC_THANG, "2").status());
        assertEquals(List.of(EventType.IMPORTED, EventType.PROGRESS, EventType.DONE),
                ledger.queries().events(key).stream().map(Event::type).toList());
    }

    @Test
    void theClerksEntryRecordedLaterWinsOverEveryEarlierReportWhateverTimeItStates() throws Exception {
        importSample();
        // A mail dated ahead of the clerk's clock says done; the clerk, having checked, records in progress.
        ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-29T01:08:00Z", "m1"));
        ledger.events().append(report(DUC_THANG, "1", EventType.DONE, "2019-08-29T01:08:00Z", "m1"));
        ledger.events().append(clerkReport(DUC_THANG, "2", EventType.PROGRESS, "2019-08-29T01:02:00Z", "clerk-1"));

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 29));
        assertEquals(new RequirementState("2", ComplianceStatus.IN_PROGRESS, null, Instant.parse("2019-08-29T01:02:00Z"),
                "Cán bộ kiểm tra: chưa xong", null), state(status, DUC_THANG, "2"));
        assertEquals(ComplianceStatus.DONE, state(status, DUC_THANG, "1").status(), "the clerk spoke of item 2 only");
    }

    @Test
    void aMailRecordedAfterTheClerksEntryStillCountsWhenItIsLater() throws Exception {
        importSample();
        ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-29T01:08:00Z", "m1"));
        ledger.events().append(clerkReport(DUC_THANG, "2", EventType.PROGRESS, "2019-08-29T01:02:00Z", "clerk-1"));
        // Collected later: a mail written before the clerk's entry loses to it, one written after wins.
        ledger.events().append(report(DUC_THANG, "2", EventType.NOT_STARTED, "2019-08-29T01:00:00Z", "m2"));
        assertEquals(ComplianceStatus.IN_PROGRESS, state(ledger.queries().status(key, LocalDate.of(2019, 8, 29)), DUC_THANG, "2").status());

        ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-30T02:00:00Z", "m3"));
        RequirementState after = state(ledger.queries().status(key, LocalDate.of(2019, 8, 30)), DUC_THANG, "2");
        assertEquals(ComplianceStatus.DONE, after.status());
        assertEquals(Instant.parse("2019-08-30T02:00:00Z"), after.lastChange());
    }

    @Test
    void aRequirementNotDoneAfterItsDeadlineIsOverdue() throws Exception {
        importSample();
        ledger.events().append(report(PHU_THUY, "3", EventType.DONE, "2019-08-29T02:00:00Z", "m1"));
        ledger.events().append(report(TIEN_LOI, "3", EventType.PROGRESS, "2019-08-29T02:00:00Z", "m2"));

        DispatchStatus onTheDay = ledger.queries().status(key, DEADLINE);
        assertEquals(ComplianceStatus.NOT_STARTED, state(onTheDay, DUC_THANG, "3").status());
        assertEquals(ComplianceStatus.IN_PROGRESS, state(onTheDay, TIEN_LOI, "3").status());

        DispatchStatus dayAfter = ledger.queries().status(key, DEADLINE.plusDays(1));
        assertEquals(ComplianceStatus.OVERDUE, state(dayAfter, DUC_THANG, "3").status());
        assertEquals(ComplianceStatus.OVERDUE, state(dayAfter, TIEN_LOI, "3").status());
        assertEquals(ComplianceStatus.DONE, state(dayAfter, PHU_THUY, "3").status());
        assertEquals(ComplianceStatus.NOT_STARTED, state(dayAfter, DUC_THANG, "1").status());
        assertEquals(2, dayAfter.counts().get(ComplianceStatus.OVERDUE));
        assertEquals(6, dayAfter.counts().get(ComplianceStatus.NOT_STARTED));
    }

    @Test
    void aDeadlineChangeForOneUnitAndRequirementLiftsOverdue() throws Exception {
        importSample();
        LocalDate extended = LocalDate.of(2019, 9, 15);
        ledger.events().append(deadlineChange(DUC_THANG, "3", extended, "2019-08-29T07:00:00Z", "clerk-1"));

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 9, 2));

        assertEquals(new RequirementState("3", ComplianceStatus.NOT_STARTED, extended, null, null, null),
                state(status, DUC_THANG, "3"));
        assertEquals(ComplianceStatus.OVERDUE, state(status, PHU_THUY, "3").status());
        assertEquals(DEADLINE, state(status, PHU_THUY, "3").deadline());
    }

    @Test
    void aDeadlineChangeWithoutUnitConcernsAllUnitsAndWithoutRequirementAllOfItsUnit() throws Exception {
        importSample();
        ledger.events().append(deadlineChange(null, "3", LocalDate.of(2019, 9, 10), "2019-08-29T07:00:00Z", "clerk-1"));
        ledger.events().append(deadlineChange(TIEN_LOI, null, LocalDate.of(2019, 9, 5), "2019-08-30T07:00:00Z", "clerk-2"));

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 9, 6));

        assertEquals(LocalDate.of(2019, 9, 10), state(status, DUC_THANG, "3").deadline());
        assertEquals(ComplianceStatus.NOT_STARTED, state(status, DUC_THANG, "3").status());
        assertEquals(null, state(status, DUC_THANG, "1").deadline());
        // The later change for all of Tiến Lợi's requirements replaces the earlier one there, and only there.
        assertEquals(LocalDate.of(2019, 9, 5), state(status, TIEN_LOI, "3").deadline());
        assertEquals(ComplianceStatus.OVERDUE, state(status, TIEN_LOI, "1").status());
        assertEquals(3, status.counts().get(ComplianceStatus.OVERDUE));
    }

    @Test
    void aDeadlineChangeWithoutDeadlineIsRefused() throws Exception {
        importSample();
        InputException e = assertThrows(InputException.class,
                () -> ledger.events().append(deadlineChange(DUC_THANG, "3", null, "2019-08-29T07:00:00Z", "clerk-1")));
        assertTrue(e.getMessage().contains("thiếu hạn mới"), e.getMessage());
        assertEquals(1, ledger.queries().events(key).size());
    }

    @Test
    void aReportMustNameItsUnit() throws Exception {
        importSample();
        InputException e = assertThrows(InputException.class,
                () -> ledger.events().append(report(null, "1", EventType.DONE, "2019-08-26T09:00:00Z", "m1")));
        assertTrue(e.getMessage().contains("phải nêu đơn vị"), e.getMessage());
        assertEquals(1, ledger.queries().events(key).size());
    }

    @Test
    void eventsOfOneUnitLeaveOutOtherUnitsAndTheWholeDispatch() throws Exception {
        importSample();
        ledger.events().append(ack(PHU_THUY, "2019-08-22T03:30:00Z"));
        ledger.events().append(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T03:30:00Z", "m1"));
        ledger.events().append(Event.of(key, EventType.SENT, Instant.parse("2019-08-21T03:00:00Z")).source("mail", "out-1").build());
        ledger.events().append(report(DUC_THANG, null, EventType.DONE, "2019-08-24T03:30:00Z", "m2"));

        assertEquals(List.of(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T03:30:00Z", "m1"),
                report(DUC_THANG, null, EventType.DONE, "2019-08-24T03:30:00Z", "m2")), ledger.queries().events(key, DUC_THANG));
        assertEquals(List.of(EventType.IMPORTED, EventType.SENT, EventType.ACKNOWLEDGED, EventType.PROGRESS, EventType.DONE),
                ledger.queries().events(key).stream().map(Event::type).toList());
        // "Done" without a requirement: the unit has done all it was asked.
        assertTrue(ledger.queries().status(key, LocalDate.of(2019, 9, 1)).unit(DUC_THANG).orElseThrow().allDone());
    }

    @Test
    void aRepeatedEventIsANoOp() throws Exception {
        importSample();
        Event done = report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>");
        assertTrue(ledger.events().append(done));
        Map<String, List<String>> before = snapshot();

        Event sameMailReadAgain = Event.of(key, EventType.DONE, Instant.parse("2019-08-26T09:05:00Z")).unit(DUC_THANG)
                .requirement("1").source("mail", "<reply-17@phanthiet.example>").evidence("other evidence").note("other note")
                .build();
        assertFalse(ledger.events().append(sameMailReadAgain));
        assertEquals(before, snapshot());

        // The same mail may say more than one thing: another requirement, or receipt, is a new fact.
        assertTrue(ledger.events().append(report(DUC_THANG, "2", EventType.DONE, "2019-08-26T09:00:00Z",
                "<reply-17@phanthiet.example>")));
        assertTrue(ledger.events().append(ack(DUC_THANG, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>")));
        assertFalse(ledger.events().append(ack(DUC_THANG, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>")));
        assertEquals(4, ledger.queries().events(key).size());
    }

    @Test
    void anEventForAnUnknownUnitIsRefusedAndNotRecorded() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException e = assertThrows(InputException.class, () -> ledger.events().append(ack("P-LAGI", "2019-08-22T01:00:00Z")));

        assertTrue(e.getMessage().contains("Đơn vị P-LAGI"), e.getMessage());
        assertTrue(e.getMessage().contains(ID), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void severalEventsOfOneReplyEnterTogetherOrNotAtAll() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        // The last item names a requirement the dispatch lacks: nothing of the reply is recorded.
        List<Event> broken = List.of(ack(DUC_THANG, "2019-08-26T09:00:00Z"),
                report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "reply-1"),
                report(DUC_THANG, "7", EventType.DONE, "2019-08-26T09:00:00Z", "reply-1"));
        assertThrows(InputException.class, () -> ledger.events().appendAll(broken));
        assertEquals(before, snapshot());

        List<Event> reply = List.of(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "reply-1"),
                report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-26T09:00:00Z", "reply-1"));
        assertEquals(2, ledger.events().appendAll(reply));
        assertEquals(0, ledger.events().appendAll(reply), "the same reply again adds nothing");
        UnitStatus u = ledger.queries().status(key, LocalDate.of(2019, 8, 27)).unit(DUC_THANG).orElseThrow();
        assertEquals(ComplianceStatus.DONE, u.requirement("1").orElseThrow().status());
        assertEquals(ComplianceStatus.IN_PROGRESS, u.requirement("2").orElseThrow().status());
    }

    @Test
    void aBatchKeepsEveryWholeWriteAndNothingOfOneThatFailed() throws Exception {
        importSample();
        IllegalStateException stop = new IllegalStateException("the mailbox broke off");

        // Three mails in one batch: the second is refused half-way, then the work itself fails after the third.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ledger.inBatches(batch -> {
            assertEquals(1, ledger.events().appendAll(List.of(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "mail-1"))));
            assertThrows(InputException.class, () -> ledger.events().appendAll(List.of(
                    report(PHU_THUY, "1", EventType.DONE, "2019-08-26T10:00:00Z", "mail-2"),
                    report(PHU_THUY, "7", EventType.DONE, "2019-08-26T10:00:00Z", "mail-2"))));
            batch.commit();
            assertEquals(1, ledger.together(() -> ledger.events().appendAll(
                    List.of(report(TIEN_LOI, "2", EventType.PROGRESS, "2019-08-26T11:00:00Z", "mail-3")))));
            throw stop;
        }));
        assertEquals(stop, thrown);

        // Read back through a new connection: what the batch kept is on disk, not only in its transaction.
        ledger.close();
        ledger = Ledger.open(location);
        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 27));
        assertEquals(ComplianceStatus.DONE, status.unit(DUC_THANG).orElseThrow().requirement("1").orElseThrow().status());
        assertEquals(ComplianceStatus.IN_PROGRESS, status.unit(TIEN_LOI).orElseThrow().requirement("2").orElseThrow().status());
        assertNotEquals(ComplianceStatus.DONE, status.unit(PHU_THUY).orElseThrow().requirement("1").orElseThrow().status(),
                "nothing of the refused mail, not even its first item");
        assertEquals(List.of("import", "mail-1", "mail-3"), ledger.queries().events(key).stream()
                .map(e -> e.source().equals("mail") ? e.sourceId() : e.source()).distinct().toList());

        // After the batch the ledger writes one transaction at a time again.
        assertEquals(1, ledger.events().appendAll(List.of(report(PHU_THUY, "1", EventType.DONE, "2019-08-26T10:00:00Z", "mail-2"))));
    }

    @Test
    void aWriteStoppedByRunningOutOfMemoryLeavesNothingOfIt() throws Exception {
        importSample();
        // Out of memory half-way through a write: the transaction used to stay open, and ending it
        // (setAutoCommit(true)) committed the half that was written.
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        assertEquals(heap, assertThrows(OutOfMemoryError.class, () -> ledger.together(() -> {
            ledger.events().appendAll(List.of(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "mail-1")));
            throw heap;
        })));
        // In a batch: the write before it is kept, nothing of the one stopped by a stack overflow.
        StackOverflowError stack = new StackOverflowError();
        assertEquals(stack, assertThrows(StackOverflowError.class, () -> ledger.inBatches(batch -> {
            ledger.events().appendAll(List.of(report(TIEN_LOI, "2", EventType.PROGRESS, "2019-08-26T10:00:00Z", "mail-2")));
            return ledger.together(() -> {
                ledger.events().appendAll(List.of(report(PHU_THUY, "1", EventType.DONE, "2019-08-26T11:00:00Z", "mail-3")));
                throw stack;
            });
        })));

        ledger.close();
        ledger = Ledger.open(location);
        assertEquals(List.of("import", "mail-2"), ledger.queries().events(key).stream()
                .map(e -> e.source().equals("mail") ? e.sourceId() : e.source()).distinct().toList());
        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 27));
        assertNotEquals(ComplianceStatus.DONE, status.unit(DUC_THANG).orElseThrow().requirement("1").orElseThrow().status());
        assertEquals(ComplianceStatus.IN_PROGRESS, status.unit(TIEN_LOI).orElseThrow().requirement("2").orElseThrow().status());
        assertNotEquals(ComplianceStatus.DONE, status.unit(PHU_THUY).orElseThrow().requirement("1").orElseThrow().status());
        // The same mails are recorded in full when they come again.
        assertEquals(1, ledger.events().appendAll(List.of(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "mail-1"))));
        assertEquals(ComplianceStatus.DONE, ledger.queries().status(key, LocalDate.of(2019, 8, 27)).unit(DUC_THANG)
                .orElseThrow().requirement("1").orElseThrow().status());
    }

    @Test
    void aMailThatFailsHalfWayInABatchLeavesNothingOfItAndTheNextMailIsRecorded() throws Exception {
        importSample();
        byte[] raw = "From: phuongphuthuy@phanthiet.example\r\n\r\n1. Đã hoàn thành.\r\n".getBytes(StandardCharsets.UTF_8);

        ledger.inBatches(batch -> {
            assertEquals(1, (int) ledger.together(() -> ledger.mailOriginals().appendWithMail(
                    List.of(ack(DUC_THANG, "2019-08-26T09:00:00Z", "mail-1")), "mail-1", raw, 1_000_000)));
            // The second mail's events, its original and its review entry are written, then its last write is refused.
            assertThrows(InputException.class, () -> ledger.together(() -> {
                ledger.mailOriginals().appendWithMail(List.of(ack(PHU_THUY, "2019-08-26T10:00:00Z", "mail-2"),
                        report(PHU_THUY, "1", EventType.DONE, "2019-08-26T10:00:00Z", "mail-2")), "mail-2", raw, 1_000_000);
                ledger.review().add(reading("mail-2"), 1_000_000);
                return ledger.events().appendAll(List.of(report(PHU_THUY, "7", EventType.DONE, "2019-08-26T10:00:00Z", "mail-2")));
            }));
            assertEquals(2, (int) ledger.together(() -> ledger.mailOriginals().appendWithMail(List.of(ack(TIEN_LOI, "2019-08-26T11:00:00Z",
                    "mail-3"), report(TIEN_LOI, "2", EventType.PROGRESS, "2019-08-26T11:00:00Z", "mail-3")), "mail-3", raw, 1_000_000)));
            return null;
        });

        ledger.close();
        ledger = Ledger.open(location);
        assertEquals(List.of("import", "mail-1", "mail-3"), ledger.queries().events(key).stream()
                .map(e -> e.source().equals("mail") ? e.sourceId() : e.source()).distinct().toList());
        assertTrue(ledger.mailOriginals().original("mail-2").isEmpty(), "the failed mail's original is taken back with its events");
        assertTrue(ledger.mailOriginals().original("mail-3").isPresent());
        assertEquals(List.of(), ledger.review().entries(false, null));
        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 27));
        assertFalse(status.unit(PHU_THUY).orElseThrow().acknowledged(), "nothing of the failed mail, not even its receipt");
        assertEquals(ComplianceStatus.IN_PROGRESS, state(status, TIEN_LOI, "2").status());
    }

    @Test
    void whatARolledBackWriteAddedIsNotTakenForKnownLaterInTheBatch() throws Exception {
        importSample();
        IllegalStateException stop = new IllegalStateException("the mail broke off");
        Requirement extra = new Requirement("9", "Báo cáo bổ sung.", List.of(LocalDate.of(2019, 9, 30)), List.of());
        RequirementSeries fromFirst = new RequirementSeries("1", "Phổ biến rộng rãi.",
                new Recurrence(Recurrence.Period.MONTHLY, 30, YearMonth.of(2019, 9)), null, "1");

        List<InputException> refused = ledger.inBatches(batch -> {
            // A requirement assigned, and another dispatch imported, each with an event that names it; then taken back.
            assertThrows(IllegalStateException.class, () -> ledger.together(() -> {
                ledger.imports().extendSeries(key, fromFirst, List.of(extra), Instant.parse("2019-08-25T01:00:00Z"));
                ledger.events().append(report(DUC_THANG, "9", EventType.DONE, "2019-08-26T09:00:00Z", "mail-1"));
                throw stop;
            }));
            long[] other = new long[1];
            assertThrows(IllegalStateException.class, () -> ledger.together(() -> {
                other[0] = ledger.imports().importTaskSet(otherTaskSet(), "6200.txt", "Công văn 6200", null, IMPORTED_AT).dispatchKey();
                ledger.events().append(Event.of(other[0], EventType.ACKNOWLEDGED, Instant.parse("2019-08-27T01:00:00Z"))
                        .unit(DUC_THANG).source("mail", "mail-2").build());
                throw stop;
            }));
            List<InputException> errors = List.of(
                    assertThrows(InputException.class, () -> ledger.together(() -> ledger.events().append(
                            report(DUC_THANG, "9", EventType.DONE, "2019-08-26T09:00:00Z", "mail-3")))),
                    assertThrows(InputException.class, () -> ledger.together(() -> ledger.events().append(
                            Event.of(other[0], EventType.ACKNOWLEDGED, Instant.parse("2019-08-27T01:00:00Z")).unit(DUC_THANG)
                                    .source("mail", "mail-4").build()))));
            // The next mail, on what the ledger does hold, is recorded.
            assertTrue(ledger.together(() -> ledger.events().append(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "mail-5"))));
            return errors;
        });

        assertTrue(refused.get(0).getMessage().contains("yêu cầu 9"), refused.get(0).getMessage());
        assertTrue(refused.get(1).getMessage().contains("không có công văn mang mã số"), refused.get(1).getMessage());
        assertEquals(List.of("import", "mail-5"), ledger.queries().events(key).stream()
                .map(e -> e.source().equals("mail") ? e.sourceId() : e.source()).toList());
        assertEquals(List.of("1", "2", "3"), ledger.queries().requirementIds(key));
        assertEquals(List.of(key), ledger.queries().dispatches().stream().map(TrackedDispatch::key).toList());
    }

    @Test
    void anEventForAnUnknownRequirementOrDispatchIsRefused() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException noRequirement = assertThrows(InputException.class,
                () -> ledger.events().append(report(DUC_THANG, "7", EventType.DONE, "2019-08-26T09:00:00Z", "m7")));
        assertTrue(noRequirement.getMessage().contains("yêu cầu 7"), noRequirement.getMessage());

        InputException noDispatch = assertThrows(InputException.class, () -> ledger.events().append(
                Event.of(9999, EventType.SENT, IMPORTED_AT).source("mail", "x").build()));
        assertTrue(noDispatch.getMessage().contains("không có công văn mang mã số 9999"), noDispatch.getMessage());
        assertThrows(InputException.class, () -> ledger.queries().status(9999, LocalDate.of(2019, 9, 1)));
        assertEquals(before, snapshot());
    }

    // ---- delivery, the day work was done ----

    @Test
    void deliveryIsTheLatestSendingOrFailurePerUnit() throws Exception {
        importSample();
        ledger.events().appendAll(List.of(
                Event.of(key, EventType.SENT, Instant.parse("2019-08-22T01:00:00Z")).unit(DUC_THANG).source("mail", "<s1@x.example>").build(),
                Event.of(key, EventType.SENT, Instant.parse("2019-08-22T01:00:00Z")).unit(PHU_THUY).source("mail", "<s2@x.example>").build(),
                Event.of(key, EventType.DELIVERY_FAILED, Instant.parse("2019-08-22T01:05:00Z")).unit(PHU_THUY)
                        .source("mail", "dsn-1").note("552 5.2.2 Mailbox full").build(),
                Event.of(key, EventType.SEND_FAILED, Instant.parse("2019-08-22T01:00:00Z")).unit(TIEN_LOI)
                        .source("mail", "send-failed:1").note("Connection refused").build()));

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 8, 23));

        assertEquals(new Delivery(Delivery.State.SENT, null, Instant.parse("2019-08-22T01:00:00Z")),
                status.unit(DUC_THANG).orElseThrow().delivery());
        assertEquals(new Delivery(Delivery.State.FAILED, "552 5.2.2 Mailbox full", Instant.parse("2019-08-22T01:05:00Z")),
                status.unit(PHU_THUY).orElseThrow().delivery());
        assertEquals(new Delivery(Delivery.State.FAILED, "Connection refused", Instant.parse("2019-08-22T01:00:00Z")),
                status.unit(TIEN_LOI).orElseThrow().delivery());

        // Sent again after the bounce: delivered as far as anyone knows.
        ledger.events().append(Event.of(key, EventType.SENT, Instant.parse("2019-08-23T02:00:00Z")).unit(PHU_THUY)
                .source("mail", "<s3@x.example>").build());
        assertEquals(Delivery.State.SENT, ledger.queries().status(key, LocalDate.of(2019, 8, 23)).unit(PHU_THUY).orElseThrow()
                .delivery().state());
    }

    @Test
    void theReceivedMailsIdsAreThoseOfTheMailsReadNotSent() throws Exception {
        importSample();
        long other = ledger.imports().importTaskSet(otherTaskSet(), "6200.txt", "Công văn 6200", null, IMPORTED_AT).dispatchKey();
        ledger.events().appendAll(List.of(
                Event.of(key, EventType.SENT, Instant.parse("2019-08-21T09:00:00Z")).unit(PHU_THUY).source("mail", "<s1@x.example>").build(),
                ack(PHU_THUY, "2019-08-22T01:00:00Z", "mid:<r1@phuthuy.example>#sha256:0123456789abcdef"),
                report(PHU_THUY, "1", EventType.DONE, "2019-08-22T01:00:00Z", "mid:<r1@phuthuy.example>#sha256:0123456789abcdef"),
                ack(DUC_THANG, "2019-08-22T02:00:00Z", "<old@ducthang.example>"),
                ack(TIEN_LOI, "2019-08-22T03:00:00Z", "clerk:1"),
                // One mail that spoke of both dispatches.
                Event.of(other, EventType.ACKNOWLEDGED, Instant.parse("2019-08-23T01:00:00Z")).unit(PHU_THUY)
                        .source("mail", "mid:<r1@phuthuy.example>#sha256:0123456789abcdef").build()));

        List<String> ids = ledger.queries().receivedMailSourceIds();

        assertEquals(Set.of("mid:<r1@phuthuy.example>#sha256:0123456789abcdef", "<old@ducthang.example>"), Set.copyOf(ids),
                "neither the mail sent nor the clerk's entry, whatever the dispatch");
        if (aggregatesInIndexOrder()) {
            assertEquals(3, ids.size(), "each id once per dispatch it was recorded on, its events' repeats skipped: " + ids);
        }
    }

    @Test
    void theMailsSentToUnitsAreListedInTheOrderSentWithoutTheRestOfTheirEvents() throws Exception {
        importSample();
        long other = ledger.imports().importTaskSet(otherTaskSet(), "6200.txt", "Công văn 6200", null, IMPORTED_AT).dispatchKey();
        ledger.events().appendAll(List.of(
                Event.of(key, EventType.SENT, Instant.parse("2019-08-22T01:00:00Z")).unit(PHU_THUY).source("mail", "<s2@x.example>").build(),
                // Another dispatch's mails between this one's, one of them at the same moment as <s2>: recorded after it.
                Event.of(other, EventType.SENT, Instant.parse("2019-08-22T01:00:00Z")).unit(PHU_THUY).source("mail", "<o2@x.example>").build(),
                Event.of(other, EventType.SENT, Instant.parse("2019-08-21T10:00:00Z")).unit(DUC_THANG).source("mail", "<o1@x.example>").build(),
                Event.of(key, EventType.SENT, Instant.parse("2019-08-21T09:00:00Z")).unit(DUC_THANG).source("mail", "<s1@x.example>")
                        .evidence("Gửi lần đầu").build(),
                // A sending of the whole dispatch, to no unit: not a unit's mail.
                Event.of(key, EventType.SENT, Instant.parse("2019-08-21T08:00:00Z")).source("mail", "out-all").build(),
                Event.of(key, EventType.SEND_FAILED, Instant.parse("2019-08-22T01:00:00Z")).unit(TIEN_LOI)
                        .source("mail", "send-failed:1").note("Connection refused").build(),
                Event.of(key, EventType.SENT, Instant.parse("2019-08-23T02:00:00Z")).unit(PHU_THUY).source("mail", "<s3@x.example>").build()));

        assertEquals(List.of(
                new SentToUnit(key, DUC_THANG, "<s1@x.example>", Instant.parse("2019-08-21T09:00:00Z")),
                new SentToUnit(other, DUC_THANG, "<o1@x.example>", Instant.parse("2019-08-21T10:00:00Z")),
                new SentToUnit(key, PHU_THUY, "<s2@x.example>", Instant.parse("2019-08-22T01:00:00Z")),
                new SentToUnit(other, PHU_THUY, "<o2@x.example>", Instant.parse("2019-08-22T01:00:00Z")),
                new SentToUnit(key, PHU_THUY, "<s3@x.example>", Instant.parse("2019-08-23T02:00:00Z"))),
                ledger.queries().sentToUnits());
        // The same as the whole SENT events say, for every unit's.
        assertEquals(ledger.queries().eventsOfType(EventType.SENT).stream().filter(e -> e.unitCode() != null)
                        .map(e -> new SentToUnit(e.dispatchKey(), e.unitCode(), e.sourceId(), e.at())).toList(),
                ledger.queries().sentToUnits());
    }

    @Test
    void lateWorkIsJudgedByTheDayItWasDoneNotTheDayItWasReported() throws Exception {
        importSample();
        // Reported on 2 September, done on 28 August: before the deadline of 30 August.
        ledger.events().append(Event.of(key, EventType.DONE, Instant.parse("2019-09-02T02:00:00Z")).unit(DUC_THANG)
                .requirement("3").source("mail", "m-late-report").doneOn(LocalDate.of(2019, 8, 28)).build());
        ledger.events().append(report(PHU_THUY, "3", EventType.DONE, "2019-09-02T02:00:00Z", "m-late"));
        ledger.events().append(Event.of(key, EventType.PROGRESS, Instant.parse("2019-08-27T02:00:00Z")).unit(TIEN_LOI)
                .requirement("3").source("mail", "m-expected").expectedBy(LocalDate.of(2019, 9, 5)).build());
        ledger.close();
        ledger = Ledger.open(location);

        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 9, 3));

        RequirementState onTime = state(status, DUC_THANG, "3");
        assertEquals(Instant.parse("2019-09-02T02:00:00Z"), onTime.lastChange(), "the report keeps its own time");
        assertEquals(LocalDate.of(2019, 8, 28), onTime.doneOn());
        assertFalse(onTime.doneLate());
        assertTrue(state(status, PHU_THUY, "3").doneLate(), "without a stated day, the report's day counts");
        assertEquals(LocalDate.of(2019, 9, 5), state(status, TIEN_LOI, "3").expectedBy());
        assertEquals(ComplianceStatus.OVERDUE, state(status, TIEN_LOI, "3").status(), "an expected day does not hide lateness");
    }

    // ---- the mails recorded events came from (issue 10) ----

    @Test
    void aMailIsKeptOnceWithItsEventsAndNotWithoutThem() throws Exception {
        importSample();
        byte[] mail = "From: phuongphuthuy@phanthiet.example\r\n\r\n1. Đã hoàn thành.\r\n".getBytes(StandardCharsets.UTF_8);
        String id = "mid:<r2@phanthiet.example>#sha256:4567";
        List<Event> reply = List.of(ack(PHU_THUY, "2019-08-23T03:20:00Z", id),
                report(PHU_THUY, "1", EventType.DONE, "2019-08-23T03:20:00Z", id));

        assertEquals(2, ledger.mailOriginals().appendWithMail(reply, id, mail, 1_000_000));
        assertEquals(0, ledger.mailOriginals().appendWithMail(reply, id, "another copy".getBytes(StandardCharsets.UTF_8), 1_000_000));
        ledger.close();
        ledger = Ledger.open(location);

        MailOriginals.Original kept = ledger.mailOriginals().original(id).orElseThrow();
        assertArrayEquals(mail, kept.raw(), "the first copy, byte for byte");
        assertFalse(kept.truncated());
        assertTrue(kept.fileKey().matches("[0-9a-f]{16}"), kept.fileKey());
        assertEquals(1, count("SELECT COUNT(*) FROM mail_original"));

        // A refused event (a unit not assigned) keeps neither the events nor the mail.
        String stranger = "mid:<r3@phanthiet.example>#sha256:89ab";
        assertThrows(InputException.class, () -> ledger.mailOriginals().appendWithMail(
                List.of(ack(TIEN_LOI, "2019-08-24T01:00:00Z", stranger), ack("P-LAGI", "2019-08-24T01:00:00Z", stranger)),
                stranger, mail, 1_000_000));
        assertTrue(ledger.mailOriginals().original(stranger).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM ledger_event WHERE source_id = '" + stranger + "'"));

        // Cut at the limit, and said so; a mail read without bytes keeps nothing; an unknown id has none.
        String big = "mid:<r4@phanthiet.example>#sha256:cdef";
        ledger.mailOriginals().appendWithMail(List.of(ack(TIEN_LOI, "2019-08-24T01:00:00Z", big)), big, mail, 10);
        assertArrayEquals(java.util.Arrays.copyOf(mail, 10), ledger.mailOriginals().original(big).orElseThrow().raw());
        assertTrue(ledger.mailOriginals().original(big).orElseThrow().truncated());
        String bare = "sha256:0000";
        assertEquals(1, ledger.mailOriginals().appendWithMail(List.of(ack(DUC_THANG, "2019-08-24T01:00:00Z", bare)), bare, null, 10));
        assertTrue(ledger.mailOriginals().original(bare).isEmpty());
        assertEquals(2, count("SELECT COUNT(*) FROM mail_original"));
    }

    private long count(String query) throws SQLException {
        try (Connection c = rawConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- the review queue ("Thư cần xem") ----

    ReviewQueue.NewEntry reading(String sourceId) {
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        for (String req : List.of("1", "2", "3")) {
            readings.put(req, new ItemReading(ComplianceStatus.DONE, false, "Đã hoàn thành.", null, null));
        }
        return new ReviewQueue.NewEntry(ReviewQueue.Kind.READING, key, DUC_THANG, true, Instant.parse("2019-08-28T02:00:00Z"),
                sourceId, "phuongducthang@phanthiet.example", "Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin",
                Instant.parse("2019-08-28T02:00:00Z"), "INBOX, UID 7", List.of("chưa nêu nội dung nào"),
                "Message-ID <r1@phanthiet.example>", "Đã hoàn thành.", "Kính gửi Văn phòng,\nĐã hoàn thành.\n", readings,
                "From: phuongducthang@phanthiet.example\r\n\r\nĐã hoàn thành.\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aQueuedMailIsKeptOnceWithItsRawBytesAndSurvivesAReopen() throws Exception {
        importSample();
        ReviewQueue.Added first = ledger.review().add(reading("mid:<r1@phanthiet.example>#sha256:0123"), 1_000_000);
        ReviewQueue.Added again = ledger.review().add(reading("mid:<r1@phanthiet.example>#sha256:0123"), 1_000_000);
        ReviewQueue.Added unplaced = ledger.review().add(new ReviewQueue.NewEntry(ReviewQueue.Kind.UNPLACED, null, null, false,
                null, "sha256:abcd", "ai.do@khac.example", "Hỏi", null, "thư 2", List.of("không rõ văn bản"), "SHA-256 abcd",
                null, "Xin hỏi", Map.of(), new byte[] {1, 2, 3, 4, 5}), 3);
        ledger.close();
        ledger = Ledger.open(location);

        assertTrue(first.fresh());
        assertFalse(again.fresh());
        assertEquals(first.id(), again.id());
        List<ReviewQueue.Entry> open = ledger.review().entries(true, null);
        assertEquals(List.of(first.id(), unplaced.id()), open.stream().map(ReviewQueue.Entry::id).toList());
        ReviewQueue.Entry e = open.get(0);
        assertEquals(ReviewQueue.Kind.READING, e.kind());
        assertEquals(key, e.dispatchKey());
        assertEquals(DUC_THANG, e.unitCode());
        assertEquals(List.of("1", "2", "3"), List.copyOf(e.readings().keySet()));
        assertEquals(ComplianceStatus.DONE, e.readings().get("2").status());
        assertEquals("Đã hoàn thành.", e.readings().get("2").sentence());
        assertEquals("Đã hoàn thành.", e.note());
        assertArrayEquals(reading("x").raw(), ledger.review().raw(first.id()).orElseThrow());
        assertEquals("Kính gửi Văn phòng,\nĐã hoàn thành.\n", ledger.review().mailText(first.id()).orElseThrow());
        assertArrayEquals(new byte[] {1, 2, 3}, ledger.review().raw(unplaced.id()).orElseThrow(), "cut at the limit");
        assertTrue(ledger.review().entry(unplaced.id()).orElseThrow().rawTruncated());
        assertNull(open.get(1).dispatchKey());

        // A mail read without its bytes (none to keep) is queued all the same.
        ReviewQueue.NewEntry bare = reading("sha256:ef01");
        long withoutRaw = ledger.review().add(new ReviewQueue.NewEntry(bare.kind(), bare.dispatchKey(), bare.unitCode(), false,
                bare.at(), bare.mailSourceId(), bare.sender(), bare.subject(), bare.mailDate(), bare.position(), bare.reasons(),
                bare.evidence(), bare.note(), bare.mailText(), bare.readings(), null), 10).id();
        assertTrue(ledger.review().raw(withoutRaw).isEmpty());
    }

    @Test
    void aMailIsQueuedOnceInABatchEvenAfterARollbackOrACommit() throws Exception {
        importSample();
        ReviewQueue.Added[] added = ledger.inBatches(batch -> {
            ReviewQueue.Added first = ledger.review().add(reading("mail-1"), 1_000_000);
            ReviewQueue.Added again = ledger.review().add(reading("mail-1"), 1_000_000);
            assertThrows(IllegalStateException.class, () -> ledger.together(() -> {
                ledger.review().add(reading("mail-2"), 1_000_000);
                throw new IllegalStateException("the mail broke off");
            }));
            ReviewQueue.Added second = ledger.review().add(reading("mail-2"), 1_000_000);
            batch.commit();
            ReviewQueue.Added afterCommit = ledger.review().add(reading("mail-1"), 1_000_000);
            return new ReviewQueue.Added[] {first, again, second, afterCommit};
        });

        assertTrue(added[0].fresh());
        assertEquals(new ReviewQueue.Added(added[0].id(), false), added[1]);
        assertTrue(added[2].fresh(), "the entry taken back is queued anew");
        assertEquals(new ReviewQueue.Added(added[0].id(), false), added[3]);
        assertEquals(List.of(added[0].id(), added[2].id()), ledger.review().entries(true, null).stream().map(ReviewQueue.Entry::id).toList());
        assertEquals(2, count("SELECT COUNT(*) FROM review_entry"));
        assertEquals(6, count("SELECT COUNT(*) FROM review_reading"), "each entry's three readings once");
        assertEquals(List.of("1", "2", "3"), List.copyOf(ledger.review().entry(added[2].id()).orElseThrow().readings().keySet()));
    }

    @Test
    void aDecisionAppliesItsEventsOnceAndClosesTheEntry() throws Exception {
        importSample();
        long id = ledger.review().add(reading("mid:<r1@phanthiet.example>#sha256:0123"), 1_000_000).id();
        Instant decidedAt = Instant.parse("2019-08-29T01:00:00Z");
        List<Event> applied = List.of(Event.of(key, EventType.DONE, Instant.parse("2019-08-28T02:00:00Z")).unit(DUC_THANG)
                .requirement("1").source("review", "review:" + id).build());

        assertEquals(1, ledger.review().decide(id, new ReviewQueue.DecisionRecord(ReviewQueue.Decision.ACCEPTED, decidedAt,
                "vanthu", null, Map.of(), null, DUC_THANG, "canbo.ducthang@gmail.example"), applied));
        InputException twice = assertThrows(InputException.class, () -> ledger.review().decide(id,
                new ReviewQueue.DecisionRecord(ReviewQueue.Decision.REJECTED, decidedAt, "vanthu", "nhầm", Map.of(), null, null, null),
                List.of()));
        ledger.close();
        ledger = Ledger.open(location);

        assertEquals("Thư cần xem số " + id + " đã được xử lý trước đó; mỗi thư chỉ xử lý một lần.", twice.getMessage());
        assertEquals(List.of(), ledger.review().entries(true, null));
        ReviewQueue.Entry decided = ledger.review().entries(false, key).get(0);
        assertEquals(ReviewQueue.Decision.ACCEPTED, decided.decision().decision());
        assertEquals("vanthu", decided.decision().clerk());
        assertEquals(ComplianceStatus.DONE, state(ledger.queries().status(key, LocalDate.of(2019, 8, 29)), DUC_THANG, "1").status());
        assertEquals(1, ledger.queries().events(key).stream().filter(e -> e.sourceId().equals("review:" + id)).count());
        assertEquals(java.util.Set.of("canbo.ducthang@gmail.example"), ledger.addressTrust().trusted().get(DUC_THANG));
    }

    @Test
    void aDecisionWhoseEventIsRefusedLeavesTheEntryOpen() throws Exception {
        importSample();
        long id = ledger.review().add(reading("mid:<r1@phanthiet.example>#sha256:0123"), 1_000_000).id();
        List<Event> wrong = List.of(Event.of(key, EventType.DONE, Instant.parse("2019-08-28T02:00:00Z")).unit(DUC_THANG)
                .requirement("9").source("review", "review:" + id).build());

        assertThrows(InputException.class, () -> ledger.review().decide(id, new ReviewQueue.DecisionRecord(
                ReviewQueue.Decision.EDITED, Instant.parse("2019-08-29T01:00:00Z"), "vanthu", null,
                Map.of("9", ComplianceStatus.DONE), null, null, null), wrong));

        assertEquals(1, ledger.review().entries(true, null).size());
    }

    // ---- persistence and schema ----

    @Test
    void reopeningKeepsEverything() throws Exception {
        importSample();
        ledger.events().append(ack(PHU_THUY, "2019-08-22T03:30:00Z"));
        ledger.events().append(report(DUC_THANG, "3", EventType.DONE, "2019-08-28T03:30:00Z", "m1"));
        DispatchStatus status = ledger.queries().status(key, LocalDate.of(2019, 9, 1));
        List<Event> events = ledger.queries().events(key);
        TrackedDispatch dispatch = ledger.queries().dispatch(key).orElseThrow();
        ledger.close();

        ledger = Ledger.open(location);

        assertEquals(status, ledger.queries().status(key, LocalDate.of(2019, 9, 1)));
        assertEquals(events, ledger.queries().events(key));
        assertEquals(dispatch, ledger.queries().dispatch(key).orElseThrow());
        assertEquals(taskSet().assignments(), ledger.queries().assignments(key));
        assertEquals(taskSet().dispatch(), ledger.queries().analysed(key).orElseThrow());
        assertEquals(taskSet().recipients(), ledger.queries().recipients(key));
    }

    @Test
    void instantsKeepTheirNanoseconds() throws Exception {
        importSample();
        Instant precise = Instant.parse("2019-08-22T03:30:00.123456789Z");
        ledger.events().append(ack(PHU_THUY, precise.toString()));
        assertEquals(precise, ledger.queries().events(key, PHU_THUY).get(0).at());
    }

    @Test
    void migrationsRunOnce() throws Exception {
        ledger.close();
        ledger = Ledger.open(location);
        ledger.close();
        ledger = Ledger.open(location);

        assertEquals(List.of("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true", "10:true", "12:true", "13:true", "14:true", "15:true"), appliedMigrations(), "each migration applied, once");
    }

    @Test
    void aLedgerWrittenByANewerProgramIsRefused() throws Exception {
        importSample();
        ledger.close();
        ledger = null;
        try (Connection c = rawConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                        + " execution_time, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, nextInstalledRank(c));
            ps.setString(2, "99");
            ps.setString(3, "from the future");
            ps.setString(4, "SQL");
            ps.setString(5, "V99__from_the_future.sql");
            ps.setInt(6, 0);
            ps.setString(7, "test");
            ps.setInt(8, 0);
            ps.setBoolean(9, true);
            ps.executeUpdate();
        }
        Map<String, List<String>> before = snapshot();

        InputException e = assertThrows(InputException.class, () -> Ledger.open(location));

        assertTrue(e.getMessage().contains("phiên bản 99, mới hơn chương trình này (phiên bản 15)"), e.getMessage());
        assertEquals(before, snapshot());
    }

    // ---- a ledger of version 2 ----

    /**
     * Opens the version-2 ledger at {@link #location} (V1 and V2 applied, the rows of {@link V2LedgerFixture})
     * and checks that the migration kept all it held: the dispatch, its requirements, assignments and
     * original, and every event in the same order with the same fields, compared with the rows read with
     * plain JDBC before opening.
     */
    void assertMigratesFromVersion2() throws Exception {
        List<List<String>> oldDispatches;
        List<List<String>> oldRequirements;
        List<List<String>> oldAssignments;
        List<List<String>> oldEvents;
        List<List<String>> oldEventsByTime;
        byte[] oldOriginal;
        String oldOriginalName;
        assertEquals(List.of("1:true", "2:true"), appliedMigrations());
        try (Connection c = rawConnection()) {
            oldDispatches = rows(c, "SELECT id, type, issuer, issue_date, subject, source_name, source_sha256, source_text,"
                    + " imported_at FROM dispatch ORDER BY id");
            oldRequirements = rows(c, "SELECT req_id, position, text, deadline FROM requirement ORDER BY position");
            oldAssignments = rows(c, "SELECT unit_code, req_id, position, unit_name, unit_email, deadline FROM assignment"
                    + " ORDER BY position");
            String eventColumns = "unit_code, req_id, type, occurred_at, recorded_at, source, source_id, evidence, note, deadline";
            oldEvents = rows(c, "SELECT " + eventColumns + " FROM event ORDER BY seq");
            oldEventsByTime = rows(c, "SELECT " + eventColumns + " FROM event ORDER BY occurred_at, seq");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT file_name, content FROM source_file")) {
                assertTrue(rs.next());
                oldOriginalName = rs.getString(1);
                oldOriginal = rs.getBytes(2);
            }
        }
        assertEquals(1, oldDispatches.size());
        assertEquals(9, oldEvents.size());

        ledger = Ledger.open(location);

        // The dispatch, under its new key.
        List<TrackedDispatch> dispatches = ledger.queries().dispatches();
        assertEquals(1, dispatches.size());
        TrackedDispatch d = dispatches.get(0);
        key = d.key();
        assertEquals(new TrackedDispatch(key, ID, ISSUER, LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN, SUBJECT,
                SAMPLE.toString(), IMPORTED_AT), d);
        assertEquals(Integer.valueOf(2019), d.year());
        assertEquals(source, ledger.queries().sourceText(key));
        assertEquals(List.of("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true", "10:true", "12:true", "13:true", "14:true", "15:true"), appliedMigrations());
        try (Connection c = rawConnection()) {
            assertEquals(oldDispatches, rows(c, "SELECT number_symbol, type, issuer, issue_date, subject, source_name, source_sha256,"
                    + " source_text, imported_at FROM tracked_dispatch"));
            // Migration 4 folded the issuer, as an import does now.
            assertEquals(List.of(List.of(ISSUER_KEY, "2019")), rows(c, "SELECT issuer_key, issue_year FROM tracked_dispatch"));
            assertEquals(oldRequirements, rows(c, "SELECT req_id, position, text, deadline FROM dispatch_requirement"
                    + " ORDER BY position"));
            assertEquals(oldAssignments, rows(c, "SELECT unit_code, req_id, position, unit_name, unit_email, deadline"
                    + " FROM dispatch_assignment ORDER BY position"));
            // Every event, recorded_at included, in the order it was recorded.
            assertEquals(oldEvents, rows(c, "SELECT unit_code, req_id, type, occurred_at, recorded_at, source, source_id, evidence,"
                    + " note, deadline FROM ledger_event ORDER BY seq"));
            assertEquals(List.of(List.of(Long.toString(key))), rows(c, "SELECT DISTINCT dispatch_key FROM ledger_event"));
            // The old tables are gone.
            for (String old : List.of("dispatch", "requirement", "assignment", "event", "source_file")) {
                assertFalse(tableExists(c, old), old);
            }
        }

        // The same through the API: every event in the order it happened, with the same fields.
        List<Event> expectedEvents = oldEventsByTime.stream().map(r -> Event.of(key, EventType.valueOf(r.get(2)), Instant.parse(r.get(3)))
                .unit(r.get(0)).requirement(r.get(1)).source(r.get(5), r.get(6)).evidence(r.get(7)).note(r.get(8))
                .deadline(r.get(9) == null ? null : LocalDate.parse(r.get(9))).build()).toList();
        assertEquals(expectedEvents, ledger.queries().events(key));
        assertEquals(List.of(EventType.IMPORTED, EventType.SENT, EventType.SENT, EventType.SENT, EventType.ACKNOWLEDGED,
                EventType.PROGRESS, EventType.DONE, EventType.PROGRESS, EventType.DEADLINE_CHANGED),
                ledger.queries().events(key).stream().map(Event::type).toList());
        assertEquals(List.of(DUC_THANG, PHU_THUY, TIEN_LOI), ledger.queries().events(key).subList(1, 4).stream()
                .map(Event::unitCode).toList(), "events of the same instant stay in the order they were recorded");
        assertEquals(Instant.parse("2019-08-28T08:00:00.123456789Z"), ledger.queries().events(key, PHU_THUY).get(2).at());
        assertEquals(List.of(EventType.SENT, EventType.PROGRESS, EventType.DONE),
                ledger.queries().events(key, DUC_THANG).stream().map(Event::type).toList());

        // Assignments with the names and addresses of their time.
        List<Assignment> assignments = ledger.queries().assignments(key);
        assertEquals(oldAssignments.stream().map(r -> new Assignment(r.get(0), r.get(3), r.get(4), r.get(1),
                r.get(5) == null ? null : LocalDate.parse(r.get(5)))).toList(), assignments);
        assertEquals(taskSet().assignments(), assignments);

        // The original, byte for byte.
        OriginalFile original = ledger.queries().originalFile(key).orElseThrow();
        assertEquals(new OriginalFile(oldOriginalName, oldOriginal), original);
        assertEquals(new OriginalFile(SAMPLE.toString(), Files.readAllBytes(SAMPLE)), original);

        // The status the old rows imply, on 2 September 2019.
        LocalDate day = LocalDate.of(2019, 9, 2);
        // Version 2 recorded a SENT per unit: each counts as delivered since.
        Delivery sentThen = new Delivery(Delivery.State.SENT, null, Instant.parse("2019-08-21T03:00:00Z"));
        DispatchStatus expected = new DispatchStatus(key, day, List.of(
                new UnitStatus(DUC_THANG, "Ủy ban nhân dân phường Đức Thắng", "phuongducthang@phanthiet.example", true,
                        Instant.parse("2019-08-23T02:00:00Z"), List.of(
                        new RequirementState("1", ComplianceStatus.DONE, null, Instant.parse("2019-08-26T09:00:00Z"),
                                "Đã phổ biến đến toàn bộ công chức", "<reply-ducthang-2@phanthiet.example>"),
                        new RequirementState("2", ComplianceStatus.NOT_STARTED, null, null, null, null),
                        new RequirementState("3", ComplianceStatus.OVERDUE, DEADLINE, null, null, null)), sentThen),
                new UnitStatus(PHU_THUY, "Ủy ban nhân dân phường Phú Thủy", "phuongphuthuy@phanthiet.example", true,
                        Instant.parse("2019-08-22T03:30:00Z"), List.of(
                        new RequirementState("1", ComplianceStatus.NOT_STARTED, null, null, null, null),
                        new RequirementState("2", ComplianceStatus.IN_PROGRESS, null, Instant.parse("2019-08-28T08:00:00.123456789Z"),
                                "Đang kiểm tra dung lượng hộp thư", "<reply-phuthuy-2@phanthiet.example>"),
                        new RequirementState("3", ComplianceStatus.OVERDUE, DEADLINE, null, null, null)), sentThen),
                new UnitStatus(TIEN_LOI, "Ủy ban nhân dân xã Tiến Lợi", "xatienloi@phanthiet.example", false, null, List.of(
                        new RequirementState("1", ComplianceStatus.NOT_STARTED, null, null, null, null),
                        new RequirementState("2", ComplianceStatus.NOT_STARTED, null, null, null, null),
                        new RequirementState("3", ComplianceStatus.NOT_STARTED, LocalDate.of(2019, 9, 15), null, null, null)),
                        sentThen)));
        assertEquals(expected, ledger.queries().status(key, day));

        // What version 2 did not keep is absent, not invented.
        assertTrue(ledger.queries().analysed(key).isEmpty());
        assertEquals(List.of(), ledger.queries().recipients(key));

        // The migrated ledger works as a new one: the same text is the same dispatch, a repeated event a no-op …
        Map<String, List<String>> before = snapshot();
        assertEquals(new ImportResult(false, key, 3, 9),
                ledger.imports().importTaskSet(taskSet(), SAMPLE.toString(), source, Files.readAllBytes(SAMPLE), IMPORTED_AT));
        assertFalse(ledger.events().append(Event.of(key, EventType.DONE, Instant.parse("2019-08-26T09:00:00Z")).unit(DUC_THANG)
                .requirement("1").source("mail", "<reply-ducthang-2@phanthiet.example>").build()));
        assertEquals(before, snapshot());
        // … and the analysis it lacked is kept once.
        assertTrue(ledger.imports().keepAnalysis(key, taskSet().dispatch()));
        assertEquals(taskSet().dispatch(), ledger.queries().analysed(key).orElseThrow());
        Map<String, List<String>> analysed = snapshot();
        assertFalse(ledger.imports().keepAnalysis(key, otherTaskSet().dispatch()));
        assertEquals(analysed, snapshot());
        assertTrue(ledger.events().append(ack(TIEN_LOI, "2019-09-03T01:00:00Z")));
        assertEquals(10, ledger.queries().events(key).size());
    }

    /**
     * What keeps {@code status}, a unit's history, Thư cần xem and {@code overdue} fast on a ledger of a million
     * events (README, "Hiệu năng"; the plans on the large ledger are in bench/PERFORMANCE.md): each query reads its
     * rows through an index, never by reading a table that grows with the ledger whole. An index dropped by a
     * migration or a query rewritten so that no index serves it fails here, not in an office a year later.
     */
    @Test
    void theQueriesOfOneDispatchOrOfWhatIsLateReadThroughIndexes() throws Exception {
        importSample();
        Map<String, Object[]> queries = new LinkedHashMap<>();
        queries.put("the dispatch", new Object[] {LedgerQueries.DISPATCH_EXISTS, key});
        queries.put("its assignments", new Object[] {LedgerQueries.ASSIGNMENTS_OF, key});
        queries.put("its events", new Object[] {LedgerQueries.EVENTS_RECORDED_OF, key});
        queries.put("a unit's history", new Object[] {LedgerQueries.EVENTS_OF_UNIT, key, DUC_THANG});
        queries.put("a unit's name as assigned", new Object[] {LedgerQueries.ASSIGNED_NAME, key, DUC_THANG});
        queries.put("a unit's events for its status rows", new Object[] {LedgerQueries.COUNTED_EVENTS_OF_UNIT, key, DUC_THANG});
        queries.put("what is late", new Object[] {LedgerQueries.OVERDUE, StatusTables.moment(LocalDateTime.of(2019, 9, 5, 9, 0))});
        List<String> tables = List.of("tracked_dispatch", "dispatch_assignment", "ledger_event", "assignment_status");
        try (Connection c = rawConnection()) {
            for (Map.Entry<String, Object[]> q : queries.entrySet()) {
                Object[] query = q.getValue();
                Object[] params = Arrays.copyOfRange(query, 1, query.length);
                List<String> plan = plan(c, (String) query[0], params);
                assertFalse(plan.isEmpty(), q.getKey());
                for (String table : tables) {
                    assertEquals(List.of(), wholeReads(c, plan, table), q.getKey() + " reads " + table + " whole: " + plan);
                }
            }
        }
    }

    // ---- helpers ----

    ImportResult importSample() {
        ImportResult result = ledger.imports().importTaskSet(taskSet(), SAMPLE.toString(), source, null, IMPORTED_AT);
        key = result.dispatchKey();
        return result;
    }

    /** Closes the ledger of the test and removes it: the test makes its own at a new {@link #location}. */
    void startAfresh() throws Exception {
        ledger.close();
        ledger = null;
        cleanUp();
        location = newLocation();
    }

    Optional<TrackedDispatch> dispatchNumbered(String numberSymbol) {
        return ledger.queries().dispatches().stream().filter(d -> d.numberSymbol().equals(numberSymbol)).findFirst();
    }

    static RequirementState state(DispatchStatus status, String unit, String requirement) {
        return status.unit(unit).orElseThrow().requirement(requirement).orElseThrow();
    }

    /** Another dispatch whose last assignment names a unit it does not list: its import must fail halfway. */
    TaskSet taskSetWithAnUnlistedUnit() {
        TaskSet other = otherTaskSet();
        List<Assignment> withStranger = new ArrayList<>(other.assignments());
        withStranger.add(new Assignment("P-LAGI", "Ủy ban nhân dân phường La Gi", null, "1", null));
        return new TaskSet(other.dispatch(), other.units(), withStranger, List.of());
    }

    Event ack(String unit, String at) {
        return ack(unit, at, "ack-" + unit + "-" + at);
    }

    Event ack(String unit, String at, String sourceId) {
        return Event.of(key, EventType.ACKNOWLEDGED, Instant.parse(at)).unit(unit).source("mail", sourceId).build();
    }

    Event report(String unit, String requirement, EventType type, String at, String sourceId) {
        return Event.of(key, type, Instant.parse(at)).unit(unit).requirement(requirement).source("mail", sourceId).build();
    }

    Event clerkReport(String unit, String requirement, EventType type, String at, String sourceId) {
        return Event.of(key, type, Instant.parse(at)).unit(unit).requirement(requirement).source("clerk", sourceId)
                .note("Cán bộ kiểm tra: chưa xong").build();
    }

    Event deadlineChange(String unit, String requirement, LocalDate deadline, String at, String sourceId) {
        return Event.of(key, EventType.DEADLINE_CHANGED, Instant.parse(at)).unit(unit).requirement(requirement)
                .source("clerk", sourceId).note("Gia hạn theo đề nghị của đơn vị").deadline(deadline).build();
    }

    /**
     * The seed dispatch planned for three units: 3 units × 3 requirements, the third due on 30/8/2019;
     * its "Kính gửi" entry for the wards and communes reached all three.
     */
    static TaskSet taskSet() {
        OfficialDocument document = new OfficialDocument("UBND TỈNH BÌNH THUẬN", ISSUER,
                new NumberSymbol("6174", "UBND-VX"), "Phan Thiết", LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN, SUBJECT,
                List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                List.of(Paragraph.of("Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 …")),
                new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"),
                List.of("Như trên", "Lưu: VT, QTM, VX (L)"), null);
        List<Requirement> requirements = List.of(
                new Requirement("1", "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin từ Email lạ.",
                        List.of(), List.of()),
                new Requirement("2", "Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng lưu trữ.",
                        List.of(), List.of()),
                new Requirement("3", "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu Email đã gửi.",
                        List.of(DEADLINE), List.of()));
        Dispatch dispatch = new Dispatch(document, requirements,
                List.of(new Reference("707/STTTT-TTCNTT&TT", LocalDate.of(2019, 8, 12))));
        List<Unit> units = units();
        return new TaskSet(dispatch, units, assignments(units, requirements),
                List.of(new Recipient("UBND các phường, xã", true, List.of(DUC_THANG, PHU_THUY, TIEN_LOI))),
                List.of("Các cơ quan, đơn vị thuộc UBND thành phố"));
    }

    static List<Unit> units() {
        return List.of(
                unit(DUC_THANG, "Ủy ban nhân dân phường Đức Thắng", UnitKind.WARD, "phuongducthang@phanthiet.example"),
                unit(PHU_THUY, "Ủy ban nhân dân phường Phú Thủy", UnitKind.WARD, "phuongphuthuy@phanthiet.example"),
                unit(TIEN_LOI, "Ủy ban nhân dân xã Tiến Lợi", UnitKind.COMMUNE, "xatienloi@phanthiet.example"));
    }

    /** Every unit × every requirement, the unit's name and address as the directory gives them. */
    static List<Assignment> assignments(List<Unit> units, List<Requirement> requirements) {
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : units) {
            for (Requirement r : requirements) {
                assignments.add(new Assignment(u.code(), u.name(), u.email(), r.id(), r.dueDate().orElse(null)));
            }
        }
        return assignments;
    }

    /** The seed task set as if another issuer, or the same one in another year, had sent it. */
    static TaskSet taskSetWith(String issuer, LocalDate date) {
        TaskSet sample = taskSet();
        OfficialDocument d = sample.dispatch().document();
        OfficialDocument document = new OfficialDocument(d.parentIssuer(), issuer, d.numberSymbol(), d.place(), date, d.type(),
                d.subject(), d.recipients(), d.body(), d.signer(), d.distribution(), d.contact());
        return new TaskSet(new Dispatch(document, sample.dispatch().requirements(), sample.dispatch().references()),
                sample.units(), sample.assignments(), sample.recipients(), sample.unmatchedRecipients());
    }

    /**
     * The seed dispatch with all a reader may find: styled items, a table, sub-items with their own
     * deadlines, a contact line, a double authority over the signature.
     */
    static TaskSet richTaskSet() {
        TaskSet sample = taskSet();
        OfficialDocument d = sample.dispatch().document();
        OfficialDocument document = new OfficialDocument(d.parentIssuer(), d.issuer(), d.numberSymbol(), d.place(), d.date(),
                d.type(), d.subject(), d.recipients(), List.of(
                Paragraph.of("Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 …", Paragraph.Role.LEGAL_BASIS),
                new Paragraph(List.of(new Run("1. ", true, false), new Run("Phổ biến rộng rãi", false, true),
                        Run.plain(" đến cán bộ, công chức.")), Paragraph.Role.ITEM),
                Paragraph.of("a) Báo cáo trước ngày 05/9/2019.", Paragraph.Role.SUB_ITEM),
                new Table(List.of("TT", "Đơn vị", "Số tài khoản"),
                        List.of(List.of("1", "Phường Đức Thắng", "42"), List.of("2", "Xã Tiến Lợi", "17")), List.of(0.5, 3.0, 1.5)),
                Paragraph.of("Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm.")),
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"),
                d.distribution(), "Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm.");
        List<Requirement> requirements = List.of(
                new Requirement("1", "Phổ biến rộng rãi đến cán bộ, công chức.", List.of(), List.of()),
                new Requirement("2", "Báo cáo số tài khoản thư công vụ:", List.of(LocalDate.of(2019, 8, 30)), List.of(
                        new Requirement("a", "Báo cáo trước ngày 05/9/2019.", List.of(LocalDate.of(2019, 9, 5)), List.of()),
                        new Requirement("b", "Số thư rác đã nhận.", List.of(), List.of()))));
        Dispatch dispatch = new Dispatch(document, requirements, List.of(
                new Reference("707/STTTT-TTCNTT&TT", LocalDate.of(2019, 8, 12)), new Reference("15/2019/TT-BTTTT", null)));
        return new TaskSet(dispatch, sample.units(), assignments(sample.units(), requirements), sample.recipients(), List.of());
    }

    /** Another dispatch, for the same units: two requirements. */
    static TaskSet otherTaskSet() {
        TaskSet sample = taskSet();
        OfficialDocument d = sample.dispatch().document();
        OfficialDocument document = new OfficialDocument(d.parentIssuer(), d.issuer(), new NumberSymbol("6200", "UBND-VX"),
                d.place(), LocalDate.of(2019, 8, 26), d.type(), "báo cáo tình hình sử dụng thư điện tử công vụ",
                d.recipients(), d.body(), d.signer(), d.distribution(), null);
        List<Requirement> requirements = List.of(new Requirement("1", "Báo cáo số tài khoản đang dùng.", List.of(), List.of()),
                new Requirement("2", "Báo cáo số thư rác đã nhận.", List.of(), List.of()));
        return new TaskSet(new Dispatch(document, requirements, List.of()), sample.units(),
                assignments(sample.units(), requirements), List.of());
    }

    static Unit unit(String code, String name, UnitKind kind, String email) {
        return new Unit(code, name, kind, List.of(), email, List.of());
    }

    /** Every row of every ledger table, as text, in a stable order: equal snapshots mean an unchanged ledger. */
    Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                snapshot.put(table.getKey(), rows);
            }
        }
        return snapshot;
    }

    Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        snapshot().forEach((table, rows) -> {
            if (!table.startsWith("flyway")) {
                counts.put(table, rows.size());
            }
        });
        return counts;
    }

    static Map<String, Integer> counts(int dispatches, int analysed, int requirements, int assignments, int recipients,
                                       int events, int originals) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("tracked_dispatch", dispatches);
        counts.put("analysed_dispatch", analysed);
        counts.put("dispatch_requirement", requirements);
        counts.put("dispatch_assignment", assignments);
        counts.put("dispatch_recipient", recipients);
        counts.put("ledger_event", events);
        counts.put("original_file", originals);
        // Each dispatch of the sample keeps its one entry no unit matched ("Các cơ quan, đơn vị thuộc UBND thành phố"),
        // so that status can say it; the seed has no copies for information and no recurring requirement.
        counts.put("dispatch_copy_recipient", dispatches);
        counts.put("requirement_series", 0);
        counts.put("received_signature", 0);
        return counts;
    }

    /** The migrations applied to the ledger of the test, as "version:success", in the order they ran. */
    List<String> appliedMigrations() throws SQLException {
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"
                     + " ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
            return applied;
        }
    }

    static int nextInstalledRank(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(installed_rank) FROM flyway_schema_history")) {
            rs.next();
            return rs.getInt(1) + 1;
        }
    }

    /** Rows as lists of text (null kept), for comparing tables across schemas. */
    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
