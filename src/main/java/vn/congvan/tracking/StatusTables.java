package vn.congvan.tracking;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DueMoment;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;

/**
 * Keeps the status tables of migration 14 ({@code assignment_status}, {@code dispatch_status_count},
 * {@code dispatch_unit_summary}) equal to what {@link StatusProjection} derives from the events, so that list and
 * overdue read a few rows instead of replaying a million events. The rows are computed by that projection over
 * the events of the units concerned, at a moment before any deadline (so nothing is OVERDUE: that depends on
 * the day asked, and is a query on {@code due_at}). Runs inside the transaction that appended the events.
 */
final class StatusTables {
    /**
     * The version of the rules the rows were computed with: bump it when {@link StatusProjection} or what is
     * stored here changes, and every ledger rebuilds its tables at its next open.
     */
    static final int VERSION = 2;
    /** As due_at is stored and compared: fixed width, so that text order is time order. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    /** Before every deadline: the projection then says what the ledger says, not what today's date adds. */
    private static final LocalDateTime BEFORE_ANY_DEADLINE = LocalDateTime.MIN;
    /** Stands for "no deadline" in dispatch_status_count's key (a key column cannot be NULL on PostgreSQL). */
    static final String NONE = "";

    private static final String CELL_COLUMNS = "unit_code, req_id, unit_position, position, unit_name, state, deadline, deadline_time, due_at,"
            + " acknowledged, last_change, done_on, expected_by, sent";
    private static final String UPSERT_CELL = "INSERT INTO assignment_status (dispatch_key, " + CELL_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dispatch_key, unit_code, req_id) DO UPDATE SET"
            + " unit_position = excluded.unit_position, position = excluded.position, unit_name = excluded.unit_name, state = excluded.state,"
            + " deadline = excluded.deadline, deadline_time = excluded.deadline_time, due_at = excluded.due_at,"
            + " acknowledged = excluded.acknowledged, last_change = excluded.last_change, done_on = excluded.done_on,"
            + " expected_by = excluded.expected_by, sent = excluded.sent";
    private static final String ADD_COUNT = "INSERT INTO dispatch_status_count (dispatch_key, state, deadline, due_at, cells)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (dispatch_key, state, deadline, due_at) DO UPDATE SET"
            + " cells = dispatch_status_count.cells + excluded.cells";
    private static final String ADD_UNITS = "INSERT INTO dispatch_unit_summary (dispatch_key, units, acknowledged, units_done,"
            + " units_sent, unit_names) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dispatch_key) DO UPDATE SET"
            + " units = dispatch_unit_summary.units + excluded.units,"
            + " acknowledged = dispatch_unit_summary.acknowledged + excluded.acknowledged,"
            + " units_done = dispatch_unit_summary.units_done + excluded.units_done,"
            + " units_sent = dispatch_unit_summary.units_sent + excluded.units_sent";
    private static final String ASSIGNMENT_COLUMNS = "unit_code, unit_name, unit_email, req_id, deadline, deadline_time, unit_role,"
            + " position";

    private StatusTables() {
    }

    /** One row of assignment_status, as stored. */
    private record Cell(String unitCode, String requirementId, int unitPosition, int position, String unitName, String state, String deadline,
                        String deadlineTime, String dueAt, boolean acknowledged, String lastChange, String doneOn,
                        String expectedBy, boolean sent) {
        Object[] row(long key) {
            return new Object[] {key, unitCode, requirementId, unitPosition, position, unitName, state, deadline, deadlineTime, dueAt,
                    acknowledged ? 1 : 0, lastChange, doneOn, expectedBy, sent ? 1 : 0};
        }

        List<String> countKey() {
            return List.of(state, deadline == null ? NONE : deadline, dueAt == null ? NONE : dueAt);
        }
    }

    /** What dispatch_unit_summary counts of one unit. */
    private record UnitFlags(boolean acknowledged, boolean allDone, boolean sent) {
        static UnitFlags of(List<Cell> cells) {
            return new UnitFlags(cells.stream().anyMatch(Cell::acknowledged),
                    cells.stream().allMatch(c -> ComplianceStatus.DONE.name().equals(c.state())), cells.stream().anyMatch(Cell::sent));
        }
    }

    /**
     * Brings the rows of some units of a dispatch up to date with its events.
     *
     * @param units the units whose events changed, or null for every unit (an event of no unit concerns them all)
     * @param lock  whether to lock the units' assignment rows first ({@code SELECT … FOR UPDATE}, PostgreSQL): two
     *              transactions refreshing one unit then take turns, and the later one reads the other's events
     */
    static void refresh(Sql sql, long key, Collection<String> units, boolean lock) throws SQLException {
        refresh(sql, key, units, lock, null);
    }

    /**
     * The events of the dispatches refreshed at the earlier commits of one batch, so that each commit reads only
     * the events recorded since (a collection of thousands of mails refreshed every unit of its dispatch at each
     * commit from all its events, read and decoded again each time). Only for SQLite, where the event numbers
     * (seq, AUTOINCREMENT) of committed events only grow, whoever wrote them: another program's events between two
     * commits are read as well. Filled only at a commit point, with no savepoint open, so that it never holds an
     * event a rollback takes back; {@link #clear} after a failed commit. Bounded: past {@value #MAX_EVENTS}
     * events it starts again.
     */
    static final class EventCache {
        private static final int MAX_EVENTS = 250_000;
        private static final String SINCE = "SELECT " + LedgerQueries.COUNTED_COLUMNS + ", seq FROM ledger_event"
                + " WHERE dispatch_key = ? AND seq > ? ORDER BY seq";

        /** A dispatch's events in the order recorded, up to seq {@code last}. */
        private static final class Read {
            final List<Event> events = new ArrayList<>();
            long last = -1;
        }

        private final Map<Long, Read> dispatches = new HashMap<>();
        private int held;

        List<Event> of(Sql sql, long key) throws SQLException {
            if (held > MAX_EVENTS) {
                clear();
            }
            Read read = dispatches.computeIfAbsent(key, k -> new Read());
            int before = read.events.size();
            sql.list(SINCE, rs -> {
                read.events.add(LedgerQueries.countedEvent(rs));
                read.last = rs.getLong(10);
                return null;
            }, key, read.last);
            held += read.events.size() - before;
            return read.events;
        }

        void clear() {
            dispatches.clear();
            held = 0;
        }
    }

    /** @param cache the batch's events read before, or null to read the dispatch's events afresh */
    static void refresh(Sql sql, long key, Collection<String> units, boolean lock, EventCache cache) throws SQLException {
        List<String> sorted = units == null ? null : units.stream().distinct().sorted().toList();
        if (lock) {
            // In one fixed order (the primary key's), so that two writers never wait for each other in a circle.
            if (sorted == null) {
                sql.list("SELECT unit_code FROM dispatch_assignment WHERE dispatch_key = ? ORDER BY unit_code, req_id FOR UPDATE",
                        rs -> null, key);
            } else {
                for (String unit : sorted) {
                    sql.list("SELECT req_id FROM dispatch_assignment WHERE dispatch_key = ? AND unit_code = ? ORDER BY req_id"
                            + " FOR UPDATE", rs -> null, key, unit);
                }
            }
        }
        Map<String, Integer> positions = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        List<Event> events;
        if (sorted == null) {
            sql.list("SELECT " + ASSIGNMENT_COLUMNS + " FROM dispatch_assignment WHERE dispatch_key = ? ORDER BY position",
                    rs -> add(rs, assignments, positions), key);
            events = cache != null ? cache.of(sql, key) : sql.list(LedgerQueries.COUNTED_EVENTS_OF, LedgerQueries::countedEvent, key);
        } else {
            for (String unit : sorted) {
                sql.list("SELECT " + ASSIGNMENT_COLUMNS + " FROM dispatch_assignment WHERE dispatch_key = ? AND unit_code = ?"
                        + " ORDER BY position", rs -> add(rs, assignments, positions), key, unit);
            }
            // The projection reads only the events of the units it is given, so the whole dispatch's serve as well.
            events = cache != null ? cache.of(sql, key)
                    : sorted.size() == 1 ? sql.list(LedgerQueries.COUNTED_EVENTS_OF_UNIT, LedgerQueries::countedEvent, key, sorted.get(0))
                    : sql.list(LedgerQueries.COUNTED_EVENTS_OF, LedgerQueries::countedEvent, key);
        }
        Map<String, List<Cell>> before = new HashMap<>();
        if (sorted == null) {
            sql.list("SELECT " + CELL_COLUMNS + " FROM assignment_status WHERE dispatch_key = ?", rs -> keep(rs, before), key);
        } else {
            for (String unit : sorted) {
                sql.list("SELECT " + CELL_COLUMNS + " FROM assignment_status WHERE dispatch_key = ? AND unit_code = ?",
                        rs -> keep(rs, before), key, unit);
            }
        }
        write(sql, key, cells(key, assignments, events, positions), before);
    }

    /**
     * Recomputes every row of the ledger from its events, in the caller's transaction: after migration 14, and
     * whenever {@link #VERSION} changes.
     *
     * @return how many assignments were computed
     */
    static long rebuild(Sql sql) throws SQLException {
        sql.update("DELETE FROM assignment_status");
        sql.update("DELETE FROM dispatch_status_count");
        sql.update("DELETE FROM dispatch_unit_summary");
        long cells = 0;
        for (long key : sql.list("SELECT dispatch_key FROM tracked_dispatch ORDER BY dispatch_key", rs -> rs.getLong(1))) {
            Map<String, Integer> positions = new HashMap<>();
            List<Assignment> assignments = new ArrayList<>();
            sql.list("SELECT " + ASSIGNMENT_COLUMNS + " FROM dispatch_assignment WHERE dispatch_key = ? ORDER BY position",
                    rs -> add(rs, assignments, positions), key);
            List<Event> events = sql.list(LedgerQueries.COUNTED_EVENTS_OF, LedgerQueries::countedEvent, key);
            Map<String, List<Cell>> now = cells(key, assignments, events, positions);
            write(sql, key, now, Map.of());
            cells += assignments.size();
        }
        sql.update("UPDATE status_projection SET version = ? WHERE id = 1", VERSION);
        return cells;
    }

    /** The version the rows were computed with, read under lock on PostgreSQL so that one program rebuilds. */
    static int version(Sql sql, boolean lock) throws SQLException {
        return sql.first("SELECT version FROM status_projection WHERE id = 1" + (lock ? " FOR UPDATE" : ""),
                rs -> rs.getInt(1)).orElse(0);
    }

    /** A moment on Vietnam's wall clock as due_at is compared with it. */
    static String moment(LocalDateTime at) {
        return MOMENT.format(at);
    }

    private static Object add(java.sql.ResultSet rs, List<Assignment> assignments, Map<String, Integer> positions)
            throws SQLException {
        Assignment a = LedgerQueries.assignment(rs);
        assignments.add(a);
        positions.put(a.unitCode() + '\n' + a.requirementId(), rs.getInt("position"));
        return null;
    }

    private static Object keep(java.sql.ResultSet rs, Map<String, List<Cell>> before) throws SQLException {
        Cell c = new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10) == 1, rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getInt(14) == 1);
        before.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(c);
        return null;
    }

    /** The rows of the given assignments, unit by unit, as the projection sees them. */
    private static Map<String, List<Cell>> cells(long key, List<Assignment> assignments, List<Event> events,
                                                 Map<String, Integer> positions) {
        DispatchStatus status = StatusProjection.project(key, BEFORE_ANY_DEADLINE, assignments, events);
        Set<String> sent = new HashSet<>(); // sent once, a unit stays sent whatever came after (a failed resend)
        for (Event e : events) {
            if (e.type() == EventType.SENT && e.unitCode() != null) {
                sent.add(e.unitCode());
            }
        }
        Map<String, List<Cell>> out = new java.util.LinkedHashMap<>();
        for (UnitStatus u : status.units()) {
            List<Cell> cells = new ArrayList<>();
            int unitPosition = u.requirements().stream()
                    .mapToInt(r -> positions.get(u.unitCode() + '\n' + r.requirementId())).min().orElse(0);
            for (RequirementState r : u.requirements()) {
                LocalDate deadline = r.deadline();
                LocalTime time = r.deadlineTime();
                cells.add(new Cell(u.unitCode(), r.requirementId(), unitPosition, positions.get(u.unitCode() + '\n' + r.requirementId()),
                        u.unitName(), r.status().name(), deadline == null ? null : deadline.toString(),
                        time == null ? null : time.toString(), deadline == null ? null : moment(DueMoment.of(deadline, time)),
                        u.acknowledged(), r.lastChange() == null ? null : Sql.text(r.lastChange()),
                        r.doneOn() == null ? null : r.doneOn().toString(), r.expectedBy() == null ? null : r.expectedBy().toString(),
                        sent.contains(u.unitCode())));
            }
            out.put(u.unitCode(), cells);
        }
        return out;
    }

    /** Writes what changed between {@code before} and {@code now}, and the dispatch's counts by the difference. */
    private static void write(Sql sql, long key, Map<String, List<Cell>> now, Map<String, List<Cell>> before)
            throws SQLException {
        List<Object[]> upserts = new ArrayList<>();
        // Sorted, so that two writers add to the same counts in the same order (no deadlock on PostgreSQL).
        TreeMap<List<String>, Integer> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        int units = 0;
        int acknowledged = 0;
        int done = 0;
        int sent = 0;
        for (Map.Entry<String, List<Cell>> unit : now.entrySet()) {
            List<Cell> old = before.getOrDefault(unit.getKey(), List.of());
            Map<String, Cell> oldByRequirement = new HashMap<>();
            old.forEach(c -> oldByRequirement.put(c.requirementId(), c));
            for (Cell c : unit.getValue()) {
                Cell was = oldByRequirement.get(c.requirementId());
                if (c.equals(was)) {
                    continue;
                }
                upserts.add(c.row(key));
                counts.merge(c.countKey(), 1, Integer::sum);
                if (was != null) {
                    counts.merge(was.countKey(), -1, Integer::sum);
                }
            }
            UnitFlags after = UnitFlags.of(unit.getValue());
            if (old.isEmpty()) {
                units++;
                acknowledged += after.acknowledged() ? 1 : 0;
                done += after.allDone() ? 1 : 0;
                sent += after.sent() ? 1 : 0;
            } else {
                UnitFlags was = UnitFlags.of(old);
                acknowledged += (after.acknowledged() ? 1 : 0) - (was.acknowledged() ? 1 : 0);
                done += (after.allDone() ? 1 : 0) - (was.allDone() ? 1 : 0);
                sent += (after.sent() ? 1 : 0) - (was.sent() ? 1 : 0);
            }
        }
        sql.batch(UPSERT_CELL, upserts);
        counts.values().removeIf(n -> n == 0);
        List<Object[]> countRows = new ArrayList<>();
        counts.forEach((k, n) -> countRows.add(new Object[] {key, k.get(0), k.get(1), k.get(2), n}));
        sql.batch(ADD_COUNT, countRows);
        if (counts.values().stream().anyMatch(n -> n < 0)) {
            sql.update("DELETE FROM dispatch_status_count WHERE dispatch_key = ? AND cells = 0", key);
        }
        if (units != 0) {
            // A unit met for the first time (an import): the names list is written again with it.
            String names = unitNames(sql, key);
            sql.update(ADD_UNITS, key, units, acknowledged, done, sent, names);
            sql.update("UPDATE dispatch_unit_summary SET unit_names = ? WHERE dispatch_key = ?", names, key);
        } else if (acknowledged != 0 || done != 0 || sent != 0) {
            sql.update(ADD_UNITS, key, 0, acknowledged, done, sent, NONE);
        }
    }

    /** The names of the dispatch's units in task-set order, one per line. */
    private static String unitNames(Sql sql, long key) throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        sql.list("SELECT unit_code, unit_name FROM dispatch_assignment WHERE dispatch_key = ? ORDER BY position", rs -> {
            if (codes.add(rs.getString(1))) {
                names.add(Objects.requireNonNullElse(rs.getString(2), NONE).replace('\n', ' '));
            }
            return null;
        }, key);
        return String.join("\n", names);
    }
}
