package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementSeries;
import vn.congvan.model.RequirementState;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitStatus;

/**
 * The status tables (migration 14) hold, cell by cell, what the projection derives from the events from scratch,
 * whatever way the events came in; and list's and overdue's reads of them give what projecting every event gives.
 * Checked on SQLite always and PostgreSQL when one is given (see the subclasses).
 */
abstract class StatusTablesContract {
    static final Instant IMPORTED_AT = Instant.parse("2019-08-21T02:15:00Z");
    static final LocalTime HALF_PAST_FOUR = LocalTime.of(16, 30);

    abstract String newLocation() throws Exception;

    abstract Connection rawConnection() throws SQLException;

    void cleanUp() throws Exception {
    }

    String location;
    Ledger ledger;

    @BeforeEach
    void openLedger() throws Exception {
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

    @Test
    void theTablesHoldWhatTheProjectionDerivesFromEveryKindOfHistory() throws Exception {
        long seed = importSeed();
        long plan = importPlanWithSeries();
        variedHistory(seed, plan);

        assertTablesMatchProjection();
        // Moments around the deadlines: before, at the time of day, the end of the day, long after.
        for (LocalDateTime at : List.of(LocalDateTime.of(2019, 8, 25, 9, 0), LocalDateTime.of(2019, 8, 30, 16, 29),
                LocalDateTime.of(2019, 8, 30, 16, 30), LocalDateTime.of(2019, 9, 20, 16, 30), LocalDate.of(2019, 9, 30).atTime(LocalTime.MAX),
                LocalDateTime.of(2019, 10, 1, 0, 0), LocalDateTime.of(2020, 1, 1, 0, 0))) {
            assertSummariesAndOverdueMatchProjection(at);
        }
        // Something actually differs between those moments, so the comparison says something.
        assertTrue(ledger.queries().overdue(LocalDateTime.of(2019, 8, 25, 9, 0)).isEmpty());
        assertFalse(ledger.queries().overdue(LocalDateTime.of(2020, 1, 1, 0, 0)).isEmpty());
        // The seed was sent to one unit (its second attempt failed), the plan to one, by a batch.
        assertEquals(1, ledger.queries().summaries(LocalDateTime.of(2020, 1, 1, 0, 0)).get(seed).unitsSent());
        assertEquals(1, ledger.queries().summaries(LocalDateTime.of(2020, 1, 1, 0, 0)).get(plan).unitsSent());
    }

    @Test
    void aRebuildGivesTheSameRowsAsTheUpdatesMadeEventByEvent() throws Exception {
        long seed = importSeed();
        long plan = importPlanWithSeries();
        variedHistory(seed, plan);
        Map<String, List<List<String>>> incremental = tables();
        assertEquals(3 * 3 + 2 * 4, incremental.get("assignment_status").size());

        ledger.close();
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM assignment_status");
            s.executeUpdate("UPDATE dispatch_unit_summary SET units_sent = 0"); // as migration 15 leaves an older ledger
            s.executeUpdate("UPDATE status_projection SET version = 1");
        }
        List<String> notices = new ArrayList<>();
        ledger = Ledger.open(location, notices::add);

        assertEquals(incremental, tables(), "rebuilt at open, from the events");
        assertTablesMatchProjection();
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Đang tính lại trạng thái của mọi đơn vị trong sổ theo dõi "), notices.get(0));
        assertTrue(notices.get(0).endsWith("sổ lớn có thể mất một phút, xin chờ."), notices.get(0));
        assertTrue(notices.get(1).startsWith("Đã tính lại trạng thái của 17 việc giao trong sổ theo dõi "), notices.get(1));

        ledger.close();
        notices.clear();
        ledger = Ledger.openExisting(location, notices::add);
        assertEquals(List.of(), notices, "a current ledger opens without a word");
    }

    @Test
    void aDispatchToTheSameUnitsAsTheOneBeforeGetsTheSameNames() throws Exception {
        long seed = importSeed();
        long plan = importPlanWithSeries();
        LocalDateTime at = LocalDateTime.of(2019, 8, 25, 9, 0);
        List<String> seedNames = ledger.queries().summaries(at).get(seed).unitNames();
        assertFalse(seedNames.equals(ledger.queries().summaries(at).get(plan).unitNames()));
        ledger.close();
        // The plan made to list the seed's units, as a dispatch sent to the same units would: list reads them once.
        try (Connection c = rawConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dispatch_unit_summary SET unit_names = (SELECT unit_names FROM dispatch_unit_summary"
                    + " WHERE dispatch_key = " + seed + ") WHERE dispatch_key = " + plan);
        }
        ledger = Ledger.open(location);

        Map<Long, DispatchSummary> summaries = ledger.queries().summaries(at);
        assertEquals(seedNames, summaries.get(seed).unitNames());
        assertEquals(seedNames, summaries.get(plan).unitNames());
    }

    @Test
    void aRefusedOrRolledBackWriteLeavesTheTablesAsTheEventsAre() throws Exception {
        long seed = importSeed();
        ledger.events().append(report(seed, EventType.PROGRESS, "P-PHUTHUY", "1", "2019-08-22T01:00:00Z", "p1"));
        Map<String, List<List<String>>> before = tables();

        // The second event names a unit the dispatch does not have: neither is recorded, nor are the tables changed.
        assertThrows(InputException.class, () -> ledger.events().appendAll(List.of(
                report(seed, EventType.DONE, "P-PHUTHUY", "1", "2019-08-23T01:00:00Z", "d1"),
                report(seed, EventType.DONE, "P-LAGI", "1", "2019-08-23T01:00:00Z", "d2"))));
        assertEquals(before, tables());

        // In a batch, a failed write is undone on its own; the writes before it count, and so do their statuses.
        assertThrows(InputException.class, () -> ledger.inBatches(batch -> {
            ledger.events().append(report(seed, EventType.DONE, "X-TIENLOI", "2", "2019-08-24T01:00:00Z", "d3"));
            batch.commit();
            ledger.events().append(report(seed, EventType.DONE, "P-DUCTHANG", "2", "2019-08-24T02:00:00Z", "d4"));
            return ledger.together(() -> {
                ledger.events().append(report(seed, EventType.DONE, "P-DUCTHANG", "3", "2019-08-24T03:00:00Z", "d5"));
                throw new InputException("thử");
            });
        }));
        assertTablesMatchProjection();
        DispatchSummary s = ledger.queries().summaries(LocalDateTime.of(2019, 8, 25, 0, 0)).get(seed);
        assertEquals(2, s.counts().get(ComplianceStatus.DONE), "d3 and d4 recorded, d5 undone");
        assertEquals(1, s.counts().get(ComplianceStatus.IN_PROGRESS));
    }

    @Test
    void aBatchOfManyCommitsKeepsTheTablesAsTheEventsAreAtEachCommit() throws Exception {
        long seed = importSeed();
        ledger.events().append(report(seed, EventType.PROGRESS, "P-PHUTHUY", "1", "2019-08-22T01:00:00Z", "m0"));
        // As collect records: mails one after another, a commit every few; the later commits read only the events
        // recorded since the earlier ones (on SQLite), and must still see every event that counts.
        assertThrows(InputException.class, () -> ledger.inBatches(batch -> {
            ledger.events().append(report(seed, EventType.DONE, "P-PHUTHUY", "1", "2019-08-23T01:00:00Z", "m1"));
            ledger.events().append(report(seed, EventType.PROGRESS, "X-TIENLOI", "2", "2019-08-23T02:00:00Z", "m2"));
            batch.commit();
            assertTablesMatchProjectionWithin();
            // A report stating an earlier time than one recorded before it: the later one by time still wins.
            ledger.events().append(report(seed, EventType.NOT_STARTED, "P-PHUTHUY", "1", "2019-08-22T05:00:00Z", "m3"));
            assertThrows(InputException.class, () -> ledger.together(() -> {
                ledger.events().append(report(seed, EventType.DONE, "X-TIENLOI", "2", "2019-08-24T01:00:00Z", "m4"));
                throw new InputException("thử");
            }));
            batch.commit();
            assertTablesMatchProjectionWithin();
            // An event of no unit concerns them all; the clerk's entry wins over the mails recorded before it.
            ledger.events().append(Event.of(seed, EventType.DEADLINE_CHANGED, Instant.parse("2019-08-25T02:00:00Z"))
                    .requirement("3").source("clerk", "m5").deadline(LocalDate.of(2019, 9, 20)).build());
            ledger.events().append(Event.of(seed, EventType.PROGRESS, Instant.parse("2019-08-20T02:00:00Z")).unit("X-TIENLOI")
                    .requirement("2").source("clerk", "m6").build());
            batch.commit();
            assertTablesMatchProjectionWithin();
            ledger.events().append(report(seed, EventType.DONE, "P-DUCTHANG", "3", "2019-08-26T01:00:00Z", "m7"));
            throw new InputException("dừng");
        }));
        assertTablesMatchProjection();
        DispatchSummary s = ledger.queries().summaries(LocalDateTime.of(2019, 8, 27, 0, 0)).get(seed);
        assertEquals(2, s.counts().get(ComplianceStatus.DONE), "m1 (m3, recorded later, states an earlier time) and m7; m4 undone");
        assertEquals(1, s.counts().get(ComplianceStatus.IN_PROGRESS), "the clerk's m6");
    }

    @Test
    void twoProgramsWritingTheSameUnitsAtOnceLeaveNoStaleRow() throws Exception {
        long seed = importSeed();
        List<String> units = List.of("P-DUCTHANG", "P-PHUTHUY", "X-TIENLOI");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Ledger other = Ledger.open(location)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Ledger mine = w == 0 ? ledger : other;
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        // Each writer's later events carry earlier times now and then, so the order of commits matters.
                        EventType type = (i + writer) % 3 == 0 ? EventType.DONE : (i + writer) % 3 == 1 ? EventType.PROGRESS
                                : EventType.NOT_STARTED;
                        String unit = units.get(i % 3);
                        String at = Instant.parse("2019-08-22T00:00:00Z").plusSeconds(60L * ((i * 7 + writer * 13) % 50)).toString();
                        mine.events().appendAll(List.of(
                                report(seed, type, unit, String.valueOf(i % 3 + 1), at, "w" + writer + "-" + i),
                                Event.of(seed, EventType.ACKNOWLEDGED, Instant.parse(at)).unit(units.get((i + 1) % 3))
                                        .source("mail", "ack-w" + writer + "-" + i).build()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1 + 2 * 30 * 2, ledger.queries().events(seed).size());
        assertTablesMatchProjection();
    }

    // ---- the histories ----

    private long importSeed() {
        return ledger.imports().importTaskSet(LedgerContract.taskSet(), "6174.txt", "Công văn 6174", null, IMPORTED_AT)
                .dispatchKey();
    }

    /**
     * A plan with a one-off requirement due at 16:30, and a monthly series (due on the 20th at 16:30) whose third
     * period is added later, as time passes; PHU_THUY goes before DUC_THANG in its task set.
     */
    private long importPlanWithSeries() {
        TaskSet other = LedgerContract.otherTaskSet();
        Requirement once = new Requirement("1", "Rà soát mạng nội bộ.", List.of(LocalDate.of(2019, 8, 30)), List.of(),
                List.of(), List.of(), HALF_PAST_FOUR, null);
        Requirement sep = new Requirement("2.2019-09", "Báo cáo tháng 9/2019", List.of(LocalDate.of(2019, 9, 20)),
                List.of(), List.of(), List.of(), HALF_PAST_FOUR, null);
        Requirement oct = new Requirement("2.2019-10", "Báo cáo tháng 10/2019", List.of(LocalDate.of(2019, 10, 20)),
                List.of(), List.of(), List.of(), HALF_PAST_FOUR, null);
        Dispatch plan = new Dispatch(other.dispatch().document(), List.of(once, sep, oct), List.of());
        List<Unit> units = List.of(unit(other, LedgerContract.PHU_THUY), unit(other, LedgerContract.DUC_THANG));
        List<Assignment> assignments = new ArrayList<>();
        for (Unit u : units) {
            for (Requirement r : List.of(once, sep, oct)) {
                assignments.add(new Assignment(u.code(), u.name(), u.email(), r.id(), r.dueDate().orElseThrow(), HALF_PAST_FOUR, null));
            }
        }
        RequirementSeries series = new RequirementSeries("2", "Báo cáo hằng tháng.",
                new Recurrence(Recurrence.Period.MONTHLY, 20, YearMonth.of(2019, 9)), HALF_PAST_FOUR, "2.2019-09");
        long key = ledger.imports().importTaskSet(new TaskSet(plan, units, assignments, List.of(), List.of(), List.of(),
                List.of(), List.of(series)), "ke-hoach.md", "Kế hoạch", null, IMPORTED_AT.plusSeconds(60)).dispatchKey();
        Requirement nov = new Requirement("2.2019-11", "Báo cáo tháng 11/2019", List.of(LocalDate.of(2019, 11, 20)), List.of());
        assertEquals(1, ledger.imports().extendSeries(key, series, List.of(oct, nov), Instant.parse("2019-10-21T02:00:00Z")));
        return key;
    }

    private static Unit unit(TaskSet set, String code) {
        return set.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    /** Every kind of event, one by one, several at once, in a batch, late and early, by mail and by the clerk. */
    private void variedHistory(long seed, long plan) {
        String duc = LedgerContract.DUC_THANG;
        String phu = LedgerContract.PHU_THUY;
        String tien = LedgerContract.TIEN_LOI;
        EventLog log = ledger.events();
        log.append(Event.of(seed, EventType.SENT, Instant.parse("2019-08-21T03:00:00Z")).unit(duc).source("mail", "<s1@x.example>").build());
        log.append(Event.of(seed, EventType.SEND_FAILED, Instant.parse("2019-08-21T03:00:00Z")).unit(tien).source("mail", "sf1")
                .note("550").build());
        log.append(Event.of(seed, EventType.DELIVERY_FAILED, Instant.parse("2019-08-21T05:00:00Z")).unit(phu).source("mail", "dsn1")
                .evidence("DSN").build());
        log.append(Event.of(seed, EventType.ACKNOWLEDGED, Instant.parse("2019-08-21T06:00:00Z")).unit(duc).source("mail", "mdn1").build());
        // Sent again and failing: it was sent once, so it stays sent (the window does not list it as awaiting).
        log.append(Event.of(seed, EventType.SEND_FAILED, Instant.parse("2019-08-21T07:00:00Z")).unit(duc).source("mail", "sf2")
                .note("451").build());
        // A reply: receipt and per-item reports as one fact; done late (after 30/8) and stating its day.
        log.appendAll(List.of(
                Event.of(seed, EventType.PROGRESS, Instant.parse("2019-08-22T02:00:00Z")).unit(phu).requirement("1")
                        .source("mail", "r1").expectedBy(LocalDate.of(2019, 9, 5)).build(),
                Event.of(seed, EventType.DONE, Instant.parse("2019-09-02T02:00:00Z")).unit(phu).requirement("3")
                        .source("mail", "r1").doneOn(LocalDate.of(2019, 8, 29)).build()));
        // A report with no requirement counts for all of the unit's.
        log.append(Event.of(seed, EventType.PROGRESS, Instant.parse("2019-08-23T02:00:00Z")).unit(tien).source("mail", "r2").build());
        // The clerk's entry supersedes a later-dated mail recorded before it.
        log.append(report(seed, EventType.DONE, duc, "2", "2019-08-28T02:00:00Z", "r3"));
        log.append(Event.of(seed, EventType.NOT_STARTED, Instant.parse("2019-08-20T02:00:00Z")).unit(duc).requirement("2")
                .source("clerk", "c1").build());
        // New deadlines: one unit's requirement, one unit for all, the whole dispatch's requirement 3.
        log.append(Event.of(seed, EventType.DEADLINE_CHANGED, Instant.parse("2019-08-29T02:00:00Z")).unit(tien).requirement("3")
                .source("clerk", "dl1").deadline(LocalDate.of(2019, 9, 15)).build());
        log.append(Event.of(seed, EventType.DEADLINE_CHANGED, Instant.parse("2019-08-29T03:00:00Z")).requirement("1")
                .source("clerk", "dl2").deadline(LocalDate.of(2019, 9, 10)).build());
        log.append(Event.of(seed, EventType.REMINDED, Instant.parse("2019-09-01T02:00:00Z")).unit(tien).source("mail", "rem1").build());
        // A repeat of a recorded fact changes nothing.
        assertFalse(log.append(report(seed, EventType.DONE, duc, "2", "2019-08-28T02:00:00Z", "r3")));
        // A batch, as collect writes: several mails, one commit.
        ledger.inBatches(batch -> {
            log.append(Event.of(plan, EventType.SENT, Instant.parse("2019-08-30T01:00:00Z")).unit(phu).source("mail", "<s2@x.example>")
                    .build());
            log.append(report(plan, EventType.DONE, phu, "1", "2019-08-30T09:29:00Z", "b1")); // 16:29 in Vietnam: on time
            log.append(report(plan, EventType.PROGRESS, duc, "2.2019-09", "2019-09-10T02:00:00Z", "b2"));
            batch.commit();
            log.append(report(plan, EventType.DONE, phu, "2.2019-09", "2019-09-20T09:31:00Z", "b3")); // 16:31: late
            log.append(Event.of(plan, EventType.ACKNOWLEDGED, Instant.parse("2019-09-01T02:00:00Z")).unit(phu).source("mail", "b4").build());
            return null;
        });
        log.append(Event.of(plan, EventType.DEADLINE_CHANGED, Instant.parse("2019-10-01T02:00:00Z")).unit(duc).requirement("2.2019-10")
                .source("clerk", "dl3").deadline(LocalDate.of(2019, 10, 25)).build());
    }

    static Event report(long key, EventType type, String unit, String requirement, String at, String sourceId) {
        return Event.of(key, type, Instant.parse(at)).unit(unit).requirement(requirement).source("mail", sourceId).build();
    }

    // ---- the comparisons ----

    /** Each row of assignment_status against the projection of the dispatch's events from scratch. */
    private void assertTablesMatchProjection() throws SQLException {
        List<List<String>> rows;
        try (Connection c = rawConnection()) {
            rows = LedgerContract.rows(c, "SELECT dispatch_key, unit_code, req_id, state, deadline,"
                + " deadline_time, due_at, acknowledged, last_change, done_on, expected_by, unit_name, sent FROM assignment_status"
                + " ORDER BY dispatch_key, unit_code, req_id");
        }
        List<List<String>> expected = new ArrayList<>();
        for (var d : ledger.queries().dispatches()) {
            // Before every deadline, the projection says what the ledger says: what the table must hold.
            DispatchStatus s = ledger.queries().status(d.key(), LocalDateTime.MIN);
            Set<String> sent = unitsSent(d.key());
            TreeMap<String, List<String>> ordered = new TreeMap<>();
            for (UnitStatus u : s.units()) {
                for (RequirementState r : u.requirements()) {
                    String due = r.deadline() == null ? null
                            : StatusTables.moment(vn.congvan.model.DueMoment.of(r.deadline(), r.deadlineTime()));
                    ordered.put(u.unitCode() + "\n" + r.requirementId(), java.util.Arrays.asList(String.valueOf(d.key()),
                            u.unitCode(), r.requirementId(), r.status().name(), str(r.deadline()), str(r.deadlineTime()), due,
                            u.acknowledged() ? "1" : "0", r.lastChange() == null ? null : Sql.text(r.lastChange()),
                            str(r.doneOn()), str(r.expectedBy()), u.unitName(), sent.contains(u.unitCode()) ? "1" : "0"));
                }
            }
            expected.addAll(ordered.values());
        }
        assertEquals(expected, rows);
    }

    /** The same, where a lambda cannot throw SQLException. */
    private void assertTablesMatchProjectionWithin() {
        try {
            assertTablesMatchProjection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The units with a SENT event among the dispatch's events, whatever came after. */
    private Set<String> unitsSent(long key) {
        Set<String> sent = new TreeSet<>();
        ledger.queries().events(key).stream().filter(e -> e.type() == EventType.SENT).forEach(e -> sent.add(e.unitCode()));
        return sent;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** list's and overdue's reads at a moment against projecting every event at that moment. */
    private void assertSummariesAndOverdueMatchProjection(LocalDateTime at) {
        Map<Long, DispatchStatus> projected = ledger.queries().statuses(at);
        Map<Long, DispatchSummary> summaries = ledger.queries().summaries(at);
        assertEquals(projected.keySet(), summaries.keySet(), at.toString());
        TreeSet<String> lateProjected = new TreeSet<>();
        projected.forEach((key, s) -> {
            DispatchSummary sum = summaries.get(key);
            assertEquals(s.counts(), sum.counts(), at + " " + key);
            assertEquals(s.units().stream().flatMap(u -> u.requirements().stream())
                    .filter(q -> q.status() != ComplianceStatus.DONE && q.deadline() != null).map(RequirementState::deadline)
                    .min(LocalDate::compareTo).orElse(null), sum.nearestDeadline(), at + " " + key);
            assertEquals(s.units().size(), sum.units());
            assertEquals(s.acknowledgedCount(), sum.acknowledged());
            assertEquals(s.units().stream().filter(UnitStatus::allDone).count(), (long) sum.unitsDone());
            assertEquals(s.units().stream().map(UnitStatus::unitName).toList(), sum.unitNames());
            assertEquals(unitsSent(key).size(), sum.unitsSent(), at + " " + key);
            for (UnitStatus u : s.units()) {
                for (RequirementState q : u.requirements()) {
                    if (q.status() == ComplianceStatus.OVERDUE) {
                        lateProjected.add(key + " " + u.unitCode() + " " + u.unitName() + " " + q.requirementId() + " "
                                + q.deadline() + " " + q.deadlineTime());
                    }
                }
            }
        });
        TreeSet<String> lateRead = new TreeSet<>();
        for (OverdueAssignment a : ledger.queries().overdue(at)) {
            lateRead.add(a.dispatchKey() + " " + a.unitCode() + " " + a.unitName() + " " + a.requirementId() + " " + a.deadline()
                    + " " + a.deadlineTime());
        }
        assertEquals(lateProjected, lateRead, at.toString());
    }

    /** The three status tables, row by row. */
    private Map<String, List<List<String>>> tables() throws SQLException {
        Map<String, List<List<String>>> out = new TreeMap<>();
        try (Connection c = rawConnection()) {
            out.put("assignment_status", LedgerContract.rows(c, "SELECT * FROM assignment_status ORDER BY dispatch_key, unit_code, req_id"));
            out.put("dispatch_status_count", LedgerContract.rows(c,
                    "SELECT * FROM dispatch_status_count WHERE cells <> 0 ORDER BY dispatch_key, state, deadline, due_at"));
            out.put("dispatch_unit_summary", LedgerContract.rows(c, "SELECT * FROM dispatch_unit_summary ORDER BY dispatch_key"));
        }
        return out;
    }
}
