package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DocumentType;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementState;
import vn.congvan.model.Signer;
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
    static final Path SAMPLE = Path.of("samples/000_7ae9f029b9ddbc9d.txt");
    static final Instant IMPORTED_AT = Instant.parse("2019-08-21T02:15:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2019, 8, 30);
    static final String DUC_THANG = "P-DUCTHANG";
    static final String PHU_THUY = "P-PHUTHUY";
    static final String TIEN_LOI = "X-TIENLOI";

    /** The location of a new, empty ledger, as a user would pass it to {@link Ledger#open}. */
    abstract String newLocation() throws Exception;

    /** A plain JDBC connection to the ledger of the current test, to look at rows the API does not show. */
    abstract Connection rawConnection() throws SQLException;

    /** Removes what {@link #newLocation} made; the ledger is closed by then. */
    void cleanUp() throws Exception {
    }

    String location;
    Ledger ledger;
    String source;

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

        assertEquals(new ImportResult(true, 9), result);
        TrackedDispatch d = ledger.dispatch(ID).orElseThrow();
        assertEquals(new TrackedDispatch(ID, DocumentType.CONG_VAN, "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                LocalDate.of(2019, 8, 21), "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                SAMPLE.toString(), source, IMPORTED_AT), d);
        assertEquals(List.of(d), ledger.dispatches());

        List<Assignment> assignments = ledger.assignments(ID);
        assertEquals(taskSet().assignments(), assignments);
        assertEquals(3, assignments.stream().filter(a -> DEADLINE.equals(a.deadline())).count());

        List<Event> events = ledger.events(ID);
        assertEquals(List.of(new Event(ID, null, null, EventType.IMPORTED, IMPORTED_AT, "import", sha256(source),
                SAMPLE.toString(), null, null)), events);
        assertEquals(Map.of("dispatch", 1, "requirement", 3, "assignment", 9, "event", 1, "source_file", 0), rowCounts());
    }

    @Test
    void requirementsKeepTheirTextAndDueDate() throws Exception {
        importSample();
        try (Connection c = rawConnection();
             PreparedStatement ps = c.prepareStatement("SELECT req_id, text, deadline FROM requirement WHERE dispatch_id = ? ORDER BY position")) {
            ps.setString(1, ID);
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

        ImportResult again = ledger.importTaskSet(taskSet(), "copy of the same file.txt", source, IMPORTED_AT.plusSeconds(3600));

        assertEquals(new ImportResult(false, 9), again);
        assertEquals(before, snapshot());
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

        ImportResult result = ledger.importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, pdf, IMPORTED_AT);

        assertEquals(new ImportResult(true, 9), result);
        OriginalFile original = ledger.originalFile(ID).orElseThrow();
        assertEquals("6174-UBND-VX.pdf", original.name());
        assertArrayEquals(pdf, original.content());
        assertEquals(source, ledger.dispatch(ID).orElseThrow().sourceText());
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 FROM source_file")) {
            assertTrue(rs.next());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), rs.getString(1));
        }
        assertEquals(Map.of("dispatch", 1, "requirement", 3, "assignment", 9, "event", 1, "source_file", 1), rowCounts());
    }

    @Test
    void aDispatchImportedWithoutItsFileHasNoOriginal() {
        importSample();
        assertTrue(ledger.originalFile(ID).isEmpty());
        assertTrue(ledger.originalFile("9999/UBND-VX").isEmpty());
    }

    @Test
    void theSameTextAgainChangesNothingEvenWithOtherBytes() throws Exception {
        byte[] first = binaryOriginal();
        ledger.importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, first, IMPORTED_AT);
        Map<String, List<String>> before = snapshot();

        // Signed again by the e-office system: other bytes, the same text.
        byte[] resigned = binaryOriginal();
        resigned[0] = 1;
        assertEquals(new ImportResult(false, 9),
                ledger.importTaskSet(taskSet(), "6174-UBND-VX (1).pdf", source, resigned, IMPORTED_AT.plusSeconds(3600)));
        assertEquals(new ImportResult(false, 9),
                ledger.importTaskSet(taskSet(), "6174-UBND-VX.pdf", source, first, IMPORTED_AT.plusSeconds(7200)));

        assertEquals(before, snapshot());
        assertEquals(new OriginalFile("6174-UBND-VX.pdf", first), ledger.originalFile(ID).orElseThrow());
    }

    @Test
    void aFailedImportKeepsNoOriginal() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();
        TaskSet broken = taskSetWithAnUnlistedUnit();

        assertThrows(InputException.class,
                () -> ledger.importTaskSet(broken, "6200.pdf", "Công văn 6200", binaryOriginal(), IMPORTED_AT.plusSeconds(86400)));

        assertEquals(before, snapshot());
        assertTrue(ledger.originalFile("6200/UBND-VX").isEmpty());
    }

    /**
     * A ledger written by the version before originals were kept: made here by running migration V1 only,
     * with a dispatch stored as that version stored it.
     */
    @Test
    void aVersion1LedgerMigratesAndItsDispatchesHaveNoOriginal() throws Exception {
        ledger.close();
        ledger = null;
        cleanUp();
        location = newLocation();
        Schema.configuration(LedgerTarget.of(location, Map.of())).target("1").load().migrate();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
                rs.next();
                assertEquals("1", rs.getString(1));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dispatch (id, type, issuer, issue_date, subject, source_name,"
                    + " source_sha256, source_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {ID, "CONG_VAN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", "2019-08-21",
                        "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", "6174.docx", sha256(source), source,
                        "2019-08-21T02:15:00.000000000Z"};
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, (String) values[i]);
                }
                ps.executeUpdate();
            }
        }

        ledger = Ledger.open(location);

        assertEquals(new TrackedDispatch(ID, DocumentType.CONG_VAN, "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                LocalDate.of(2019, 8, 21), "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                "6174.docx", source, IMPORTED_AT), ledger.dispatch(ID).orElseThrow());
        assertTrue(ledger.originalFile(ID).isEmpty());
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
            assertEquals(List.of("1:true", "2:true"), applied);
        }
        // Its text still identifies it: the same import again adds nothing, not even the file.
        Map<String, List<String>> before = snapshot();
        assertEquals(new ImportResult(false, 0), ledger.importTaskSet(taskSet(), "6174.docx", source, binaryOriginal(), IMPORTED_AT));
        assertEquals(before, snapshot());
        // A new dispatch in the migrated ledger keeps its original.
        ledger.importTaskSet(otherTaskSet(), "6200.pdf", "Công văn 6200", binaryOriginal(), IMPORTED_AT);
        assertArrayEquals(binaryOriginal(), ledger.originalFile("6200/UBND-VX").orElseThrow().content());
    }

    @Test
    void sameNumberWithOtherTextIsRefusedAndChangesNothing() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException e = assertThrows(InputException.class, () ->
                ledger.importTaskSet(taskSet(), "khac.txt", source + "\nMột đoạn khác.", IMPORTED_AT.plusSeconds(60)));

        assertTrue(e.getMessage().contains("Công văn 6174/UBND-VX đã có trong sổ theo dõi"), e.getMessage());
        assertTrue(e.getMessage().contains("nội dung khác"), e.getMessage());
        assertTrue(e.getMessage().contains("khac.txt"), e.getMessage());
        assertEquals(before, snapshot());
        assertEquals(source, ledger.dispatch(ID).orElseThrow().sourceText());
    }

    @Test
    void aDuplicateAssignmentHalfwayLeavesTheLedgerExactlyAsBefore() throws Exception {
        importSample();
        ledger.append(ack(DUC_THANG, "2019-08-22T01:00:00Z"));
        Map<String, List<String>> before = snapshot();

        TaskSet other = otherTaskSet();
        List<Assignment> withDuplicate = new ArrayList<>(other.assignments());
        withDuplicate.add(withDuplicate.get(0));
        TaskSet broken = new TaskSet(other.dispatch(), other.units(), withDuplicate, List.of());

        InputException e = assertThrows(InputException.class,
                () -> ledger.importTaskSet(broken, "6200.txt", "Công văn 6200", IMPORTED_AT.plusSeconds(86400)));

        assertTrue(e.getMessage().contains("Không ghi được công văn 6200/UBND-VX"), e.getMessage());
        assertTrue(e.getMessage().contains("sổ giữ nguyên như trước"), e.getMessage());
        assertEquals(before, snapshot());
        assertTrue(ledger.dispatch("6200/UBND-VX").isEmpty());
        assertEquals(List.of(), ledger.assignments("6200/UBND-VX"));
    }

    @Test
    void anAssignmentToAnUnlistedUnitHalfwayLeavesTheLedgerExactlyAsBefore() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        TaskSet broken = taskSetWithAnUnlistedUnit();

        InputException e = assertThrows(InputException.class,
                () -> ledger.importTaskSet(broken, "6200.txt", "Công văn 6200", IMPORTED_AT.plusSeconds(86400)));

        assertTrue(e.getMessage().contains("P-LAGI"), e.getMessage());
        assertEquals(before, snapshot());
        assertTrue(ledger.dispatch("6200/UBND-VX").isEmpty());
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
                () -> ledger.importTaskSet(unnumbered, "du-thao.txt", source, IMPORTED_AT));

        assertTrue(e.getMessage().contains("chưa có số, ký hiệu"), e.getMessage());
        assertEquals(List.of(), ledger.dispatches());
    }

    // ---- events and status ----

    @Test
    void beforeAnyReportEveryoneIsNotStartedAndNotAcknowledged() throws Exception {
        importSample();

        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 8, 22));

        assertEquals(ID, status.dispatchId());
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

        assertTrue(ledger.append(ack(PHU_THUY, "2019-08-22T03:30:00Z")));

        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 8, 22));
        UnitStatus phuThuy = status.unit(PHU_THUY).orElseThrow();
        assertTrue(phuThuy.acknowledged());
        assertEquals(Instant.parse("2019-08-22T03:30:00Z"), phuThuy.acknowledgedAt());
        assertFalse(status.unit(DUC_THANG).orElseThrow().acknowledged());
        assertNull(status.unit(DUC_THANG).orElseThrow().acknowledgedAt());
        assertEquals(1, status.acknowledgedCount());
        assertEquals(List.of(ack(PHU_THUY, "2019-08-22T03:30:00Z")), ledger.events(ID, PHU_THUY));
    }

    @Test
    void reportingWorkImpliesReceiptFromTheEarliestReport() throws Exception {
        importSample();
        ledger.append(report(TIEN_LOI, "2", EventType.DONE, "2019-08-26T08:00:00Z", "m2"));
        ledger.append(report(TIEN_LOI, "1", EventType.PROGRESS, "2019-08-24T08:00:00Z", "m1"));

        UnitStatus tienLoi = ledger.status(ID, LocalDate.of(2019, 8, 27)).unit(TIEN_LOI).orElseThrow();

        assertTrue(tienLoi.acknowledged());
        assertEquals(Instant.parse("2019-08-24T08:00:00Z"), tienLoi.acknowledgedAt());
    }

    @Test
    void progressThenDoneIsDone() throws Exception {
        importSample();
        ledger.append(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T02:00:00Z", "m1"));
        ledger.append(new Event(ID, DUC_THANG, "1", EventType.DONE, Instant.parse("2019-08-26T09:00:00Z"), "mail",
                "m2", "<m2@phanthiet.example>", "Đã phổ biến đến toàn bộ công chức", null));

        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 8, 27));

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
        ledger.append(report(DUC_THANG, "2", EventType.DONE, "2019-08-23T02:00:00Z", "m1"));
        ledger.append(report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-24T02:00:00Z", "m2"));

        assertEquals(ComplianceStatus.IN_PROGRESS, state(ledger.status(ID, LocalDate.of(2019, 8, 25)), DUC_THANG, "2").status());
    }

    @Test
    void theLatestReportIsByTimeNotByOrderOfRecording() throws Exception {
        importSample();
        // The progress mail arrives late, but it was written before the unit finished.
        ledger.append(report(DUC_THANG, "2", EventType.DONE, "2019-08-25T02:00:00Z", "m2"));
        ledger.append(report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-23T02:00:00Z", "m1"));

        assertEquals(ComplianceStatus.DONE, state(ledger.status(ID, LocalDate.of(2019, 8, 26)), DUC_THANG, "2").status());
        assertEquals(List.of(EventType.IMPORTED, EventType.PROGRESS, EventType.DONE),
                ledger.events(ID).stream().map(Event::type).toList());
    }

    @Test
    void aRequirementNotDoneAfterItsDeadlineIsOverdue() throws Exception {
        importSample();
        ledger.append(report(PHU_THUY, "3", EventType.DONE, "2019-08-29T02:00:00Z", "m1"));
        ledger.append(report(TIEN_LOI, "3", EventType.PROGRESS, "2019-08-29T02:00:00Z", "m2"));

        DispatchStatus onTheDay = ledger.status(ID, DEADLINE);
        assertEquals(ComplianceStatus.NOT_STARTED, state(onTheDay, DUC_THANG, "3").status());
        assertEquals(ComplianceStatus.IN_PROGRESS, state(onTheDay, TIEN_LOI, "3").status());

        DispatchStatus dayAfter = ledger.status(ID, DEADLINE.plusDays(1));
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
        ledger.append(deadlineChange(DUC_THANG, "3", extended, "2019-08-29T07:00:00Z", "clerk-1"));

        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 9, 2));

        assertEquals(new RequirementState("3", ComplianceStatus.NOT_STARTED, extended, null, null, null),
                state(status, DUC_THANG, "3"));
        assertEquals(ComplianceStatus.OVERDUE, state(status, PHU_THUY, "3").status());
        assertEquals(DEADLINE, state(status, PHU_THUY, "3").deadline());
    }

    @Test
    void aDeadlineChangeWithoutUnitConcernsAllUnitsAndWithoutRequirementAllOfItsUnit() throws Exception {
        importSample();
        ledger.append(deadlineChange(null, "3", LocalDate.of(2019, 9, 10), "2019-08-29T07:00:00Z", "clerk-1"));
        ledger.append(deadlineChange(TIEN_LOI, null, LocalDate.of(2019, 9, 5), "2019-08-30T07:00:00Z", "clerk-2"));

        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 9, 6));

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
                () -> ledger.append(deadlineChange(DUC_THANG, "3", null, "2019-08-29T07:00:00Z", "clerk-1")));
        assertTrue(e.getMessage().contains("thiếu hạn mới"), e.getMessage());
        assertEquals(1, ledger.events(ID).size());
    }

    @Test
    void aReportMustNameItsUnit() throws Exception {
        importSample();
        InputException e = assertThrows(InputException.class,
                () -> ledger.append(report(null, "1", EventType.DONE, "2019-08-26T09:00:00Z", "m1")));
        assertTrue(e.getMessage().contains("phải nêu đơn vị"), e.getMessage());
        assertEquals(1, ledger.events(ID).size());
    }

    @Test
    void eventsOfOneUnitLeaveOutOtherUnitsAndTheWholeDispatch() throws Exception {
        importSample();
        ledger.append(ack(PHU_THUY, "2019-08-22T03:30:00Z"));
        ledger.append(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T03:30:00Z", "m1"));
        ledger.append(new Event(ID, null, null, EventType.SENT, Instant.parse("2019-08-21T03:00:00Z"), "mail", "out-1",
                null, null, null));
        ledger.append(report(DUC_THANG, null, EventType.DONE, "2019-08-24T03:30:00Z", "m2"));

        assertEquals(List.of(report(DUC_THANG, "1", EventType.PROGRESS, "2019-08-23T03:30:00Z", "m1"),
                report(DUC_THANG, null, EventType.DONE, "2019-08-24T03:30:00Z", "m2")), ledger.events(ID, DUC_THANG));
        assertEquals(List.of(EventType.IMPORTED, EventType.SENT, EventType.ACKNOWLEDGED, EventType.PROGRESS, EventType.DONE),
                ledger.events(ID).stream().map(Event::type).toList());
        // "Done" without a requirement: the unit has done all it was asked.
        assertTrue(ledger.status(ID, LocalDate.of(2019, 9, 1)).unit(DUC_THANG).orElseThrow().allDone());
    }

    @Test
    void aRepeatedEventIsANoOp() throws Exception {
        importSample();
        Event done = report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>");
        assertTrue(ledger.append(done));
        Map<String, List<String>> before = snapshot();

        Event sameMailReadAgain = new Event(ID, DUC_THANG, "1", EventType.DONE, Instant.parse("2019-08-26T09:05:00Z"), "mail",
                "<reply-17@phanthiet.example>", "other evidence", "other note", null);
        assertFalse(ledger.append(sameMailReadAgain));
        assertEquals(before, snapshot());

        // The same mail may say more than one thing: another requirement, or receipt, is a new fact.
        assertTrue(ledger.append(report(DUC_THANG, "2", EventType.DONE, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>")));
        assertTrue(ledger.append(ack(DUC_THANG, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>")));
        assertFalse(ledger.append(ack(DUC_THANG, "2019-08-26T09:00:00Z", "<reply-17@phanthiet.example>")));
        assertEquals(4, ledger.events(ID).size());
    }

    @Test
    void anEventForAnUnknownUnitIsRefusedAndNotRecorded() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException e = assertThrows(InputException.class, () -> ledger.append(ack("P-LAGI", "2019-08-22T01:00:00Z")));

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
        assertThrows(InputException.class, () -> ledger.appendAll(broken));
        assertEquals(before, snapshot());

        List<Event> reply = List.of(report(DUC_THANG, "1", EventType.DONE, "2019-08-26T09:00:00Z", "reply-1"),
                report(DUC_THANG, "2", EventType.PROGRESS, "2019-08-26T09:00:00Z", "reply-1"));
        assertEquals(2, ledger.appendAll(reply));
        assertEquals(0, ledger.appendAll(reply), "the same reply again adds nothing");
        UnitStatus u = ledger.status(ID, LocalDate.of(2019, 8, 27)).unit(DUC_THANG).orElseThrow();
        assertEquals(ComplianceStatus.DONE, u.requirement("1").orElseThrow().status());
        assertEquals(ComplianceStatus.IN_PROGRESS, u.requirement("2").orElseThrow().status());
    }

    @Test
    void anEventForAnUnknownRequirementOrDispatchIsRefused() throws Exception {
        importSample();
        Map<String, List<String>> before = snapshot();

        InputException noRequirement = assertThrows(InputException.class,
                () -> ledger.append(report(DUC_THANG, "7", EventType.DONE, "2019-08-26T09:00:00Z", "m7")));
        assertTrue(noRequirement.getMessage().contains("yêu cầu 7"), noRequirement.getMessage());

        InputException noDispatch = assertThrows(InputException.class, () -> ledger.append(
                new Event("9999/UBND-VX", null, null, EventType.SENT, IMPORTED_AT, "mail", "x", null, null, null)));
        assertTrue(noDispatch.getMessage().contains("Công văn 9999/UBND-VX không có trong sổ theo dõi"), noDispatch.getMessage());
        assertThrows(InputException.class, () -> ledger.status("9999/UBND-VX", LocalDate.of(2019, 9, 1)));
        assertEquals(before, snapshot());
    }

    // ---- persistence and schema ----

    @Test
    void reopeningKeepsEverything() throws Exception {
        importSample();
        ledger.append(ack(PHU_THUY, "2019-08-22T03:30:00Z"));
        ledger.append(report(DUC_THANG, "3", EventType.DONE, "2019-08-28T03:30:00Z", "m1"));
        DispatchStatus status = ledger.status(ID, LocalDate.of(2019, 9, 1));
        List<Event> events = ledger.events(ID);
        TrackedDispatch dispatch = ledger.dispatch(ID).orElseThrow();
        ledger.close();

        ledger = Ledger.open(location);

        assertEquals(status, ledger.status(ID, LocalDate.of(2019, 9, 1)));
        assertEquals(events, ledger.events(ID));
        assertEquals(dispatch, ledger.dispatch(ID).orElseThrow());
        assertEquals(taskSet().assignments(), ledger.assignments(ID));
    }

    @Test
    void instantsKeepTheirNanoseconds() throws Exception {
        importSample();
        Instant precise = Instant.parse("2019-08-22T03:30:00.123456789Z");
        ledger.append(ack(PHU_THUY, precise.toString()));
        assertEquals(precise, ledger.events(ID, PHU_THUY).get(0).at());
    }

    @Test
    void migrationsRunOnce() throws Exception {
        ledger.close();
        ledger = Ledger.open(location);
        ledger.close();
        ledger = Ledger.open(location);

        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL"
                     + " ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
            assertEquals(List.of("1:true", "2:true"), applied, "each migration applied, once");
        }
    }

    @Test
    void aLedgerWrittenByANewerProgramIsRefused() throws Exception {
        importSample();
        ledger.close();
        ledger = null;
        try (Connection c = rawConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                        + " execution_time, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, 3);
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

        assertTrue(e.getMessage().contains("phiên bản 99, mới hơn chương trình này (phiên bản 2)"), e.getMessage());
        assertEquals(before, snapshot());
    }

    // ---- helpers ----

    ImportResult importSample() {
        return ledger.importTaskSet(taskSet(), SAMPLE.toString(), source, IMPORTED_AT);
    }

    static RequirementState state(DispatchStatus status, String unit, String requirement) {
        return status.unit(unit).orElseThrow().requirement(requirement).orElseThrow();
    }

    /** Another dispatch whose last assignment names a unit it does not list: its import must fail halfway. */
    TaskSet taskSetWithAnUnlistedUnit() {
        TaskSet other = otherTaskSet();
        List<Assignment> withStranger = new ArrayList<>(other.assignments());
        withStranger.add(new Assignment("6200/UBND-VX", "P-LAGI", "1", null));
        return new TaskSet(other.dispatch(), other.units(), withStranger, List.of());
    }

    static Event ack(String unit, String at) {
        return ack(unit, at, "ack-" + unit + "-" + at);
    }

    static Event ack(String unit, String at, String sourceId) {
        return new Event(ID, unit, null, EventType.ACKNOWLEDGED, Instant.parse(at), "mail", sourceId, null, null, null);
    }

    static Event report(String unit, String requirement, EventType type, String at, String sourceId) {
        return new Event(ID, unit, requirement, type, Instant.parse(at), "mail", sourceId, null, null, null);
    }

    static Event deadlineChange(String unit, String requirement, LocalDate deadline, String at, String sourceId) {
        return new Event(ID, unit, requirement, EventType.DEADLINE_CHANGED, Instant.parse(at), "clerk", sourceId, null,
                "Gia hạn theo đề nghị của đơn vị", deadline);
    }

    /** The seed dispatch planned for three units: 3 units × 3 requirements, the third due on 30/8/2019. */
    static TaskSet taskSet() {
        OfficialDocument document = new OfficialDocument("UBND TỈNH BÌNH THUẬN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                new NumberSymbol("6174", "UBND-VX"), "Phan Thiết", LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN,
                "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                List.of(Paragraph.of("Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 …")),
                new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Thông"),
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
        List<Unit> units = List.of(
                unit(DUC_THANG, "Ủy ban nhân dân phường Đức Thắng", UnitKind.WARD, "phuongducthang@phanthiet.example"),
                unit(PHU_THUY, "Ủy ban nhân dân phường Phú Thủy", UnitKind.WARD, "phuongphuthuy@phanthiet.example"),
                unit(TIEN_LOI, "Ủy ban nhân dân xã Tiến Lợi", UnitKind.COMMUNE, "xatienloi@phanthiet.example"));
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : units) {
            for (Requirement r : requirements) {
                assignments.add(new Assignment(ID, u.code(), r.id(), r.dueDate().orElse(null)));
            }
        }
        return new TaskSet(dispatch, units, assignments, List.of());
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
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : sample.units()) {
            for (Requirement r : requirements) {
                assignments.add(new Assignment("6200/UBND-VX", u.code(), r.id(), null));
            }
        }
        return new TaskSet(new Dispatch(document, requirements, List.of()), sample.units(), assignments, List.of());
    }

    static Unit unit(String code, String name, UnitKind kind, String email) {
        return new Unit(code, name, kind, List.of(), email, List.of());
    }

    /** Every row of every ledger table, as text, in a stable order: equal snapshots mean an unchanged ledger. */
    Map<String, List<String>> snapshot() throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("dispatch", "id");
        tables.put("requirement", "dispatch_id, req_id");
        tables.put("assignment", "dispatch_id, unit_code, req_id");
        tables.put("event", "seq");
        tables.put("source_file", "dispatch_id");
        tables.put("flyway_schema_history", "installed_rank");
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : tables.entrySet()) {
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

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
