package vn.congvan.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DocumentType;
import vn.congvan.model.DueMoment;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.Recipient;
import vn.congvan.model.Recurrence;
import vn.congvan.model.RequirementSeries;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitRole;

/** What the ledger holds, read back; statuses derived from the events on the day asked. */
public final class LedgerQueries {
    private static final String DISPATCH_COLUMNS =
            "dispatch_key, number_symbol, issuer, issue_date, type, subject, source_name, imported_at";
    private static final String ASSIGNMENT_COLUMNS = "unit_code, unit_name, unit_email, req_id, deadline, deadline_time, unit_role";
    private static final String EVENT_COLUMNS =
            "dispatch_key, unit_code, req_id, type, occurred_at, source, source_id, evidence, note, deadline, done_on, expected_by";

    /*
     * The queries a large ledger must answer quickly (README, "Hiệu năng"), named so that the benchmarks'
     * LedgerPlans shows the plan of exactly these: one dispatch's status, and the whole ledger's for list,
     * overdue and the window's board.
     */
    static final String DISPATCH_EXISTS = "SELECT 1 FROM tracked_dispatch WHERE dispatch_key = ?";
    static final String ALL_DISPATCHES = "SELECT " + DISPATCH_COLUMNS + " FROM tracked_dispatch ORDER BY imported_at, dispatch_key";
    static final String ASSIGNMENTS_OF = "SELECT " + ASSIGNMENT_COLUMNS + " FROM dispatch_assignment WHERE dispatch_key = ? ORDER BY position";
    static final String ASSIGNED_NAME = "SELECT unit_name FROM dispatch_assignment WHERE dispatch_key = ? AND unit_code = ?"
            + " ORDER BY position LIMIT 1";
    static final String EVENTS_RECORDED_OF = "SELECT " + EVENT_COLUMNS + " FROM ledger_event WHERE dispatch_key = ? ORDER BY seq";
    static final String EVENTS_OF_UNIT = "SELECT " + EVENT_COLUMNS
            + " FROM ledger_event WHERE dispatch_key = ? AND unit_code = ? ORDER BY occurred_at, seq";
    static final String ALL_ASSIGNMENTS = "SELECT dispatch_key, " + ASSIGNMENT_COLUMNS + " FROM dispatch_assignment"
            + " ORDER BY dispatch_key, position";
    /** Without source id, evidence and note: no view of the whole ledger shows them, and they are most of its bytes. */
    static final String COUNTED_COLUMNS = "dispatch_key, unit_code, req_id, type, occurred_at, source, deadline, done_on,"
            + " expected_by";
    static final String ALL_EVENTS = "SELECT " + COUNTED_COLUMNS + " FROM ledger_event ORDER BY seq";
    /** What the status tables compute a dispatch's rows from ({@link #countedEvent}): its events in the order recorded. */
    static final String COUNTED_EVENTS_OF = "SELECT " + COUNTED_COLUMNS + " FROM ledger_event WHERE dispatch_key = ? ORDER BY seq";
    /** The same for one unit: its events and those of no unit (which concern every unit). */
    static final String COUNTED_EVENTS_OF_UNIT = "SELECT " + COUNTED_COLUMNS + " FROM ledger_event WHERE dispatch_key = ?"
            + " AND (unit_code = ? OR unit_code IS NULL) ORDER BY seq";

    /** The counts list reads: a handful of rows per dispatch (see migration 14). */
    static final String STATUS_COUNTS = "SELECT dispatch_key, state, deadline, due_at, cells FROM dispatch_status_count";
    /**
     * unit_names NULL when the same as the dispatch before: dispatches often go to the same units, and their names
     * (thousands of characters each) cost more to read than the rest of list together.
     */
    static final String UNIT_SUMMARIES = "SELECT dispatch_key, units, acknowledged, units_done, units_sent,"
            + " CASE WHEN unit_names = LAG(unit_names) OVER (ORDER BY dispatch_key) THEN NULL ELSE unit_names END"
            + " FROM dispatch_unit_summary ORDER BY dispatch_key";
    /**
     * What overdue reads: the assignments not done whose moment has passed, from the partial index on due_at (in its
     * order, so grouping by the moment needs no sort), those of one moment as one text ({@link OverdueRow}).
     */
    static final String OVERDUE = "SELECT string_agg(concat_ws('" + JoinedRecords.FIELD + "', dispatch_key, unit_position,"
            + " position, req_id, COALESCE(deadline, ''), COALESCE(deadline_time, ''), unit_code, unit_name), '"
            + JoinedRecords.RECORD + "') FROM assignment_status WHERE state <> 'DONE' AND due_at <= ? GROUP BY due_at";

    /**
     * Every dispatch's assignments, one row per dispatch with its assignments as one text ({@link AssignmentRows}, which
     * puts them in task-set order): position, code, requirement, name, "=" and the address (empty: none), deadline,
     * time, role. No ORDER BY in the aggregate: SQLite sorted every dispatch's rows again in a temporary B-tree (a
     * quarter of the query) though it reads them in the order of their positions.
     */
    static final String EVERY_ASSIGNMENT = "SELECT dispatch_key, string_agg(concat_ws('" + JoinedRecords.FIELD + "', position,"
            + " unit_code, req_id, unit_name, COALESCE('=' || unit_email, ''), COALESCE(deadline, ''), COALESCE(deadline_time, ''),"
            + " COALESCE(unit_role, '')), '" + JoinedRecords.RECORD + "') FROM dispatch_assignment GROUP BY dispatch_key";

    /**
     * The ids of the mails read into the ledger, one row per dispatch ({@link JoinedRecords}), in the covering index's
     * own order (no sort): within a dispatch by id, so the repeats of an id (a mail's several events) come together.
     */
    static final String RECEIVED_MAIL_IDS = "SELECT string_agg(source_id, '" + JoinedRecords.RECORD + "') FROM ledger_event"
            + " WHERE type <> ? AND (source_id LIKE 'mid:%' OR source_id LIKE '<%') GROUP BY dispatch_key";

    /** Every SENT event to a unit, one row a dispatch, read by {@link SentRows} (which orders them). */
    static final String SENT_TO_UNITS = "SELECT dispatch_key, string_agg(concat_ws('" + JoinedRecords.FIELD + "', unit_code,"
            + " source_id, occurred_at, seq), '" + JoinedRecords.RECORD + "') FROM ledger_event"
            + " WHERE type = ? AND unit_code IS NOT NULL GROUP BY dispatch_key";

    private final LedgerDatabase db;

    LedgerQueries(LedgerDatabase db) {
        this.db = db;
    }

    public Optional<TrackedDispatch> dispatch(long key) {
        return db.read(() -> db.sql().first("SELECT " + DISPATCH_COLUMNS + " FROM tracked_dispatch WHERE dispatch_key = ?",
                LedgerQueries::trackedDispatch, key));
    }

    /** All dispatches, in the order they were imported. */
    public List<TrackedDispatch> dispatches() {
        return db.read(() -> db.sql().list(ALL_DISPATCHES, LedgerQueries::trackedDispatch));
    }

    /**
     * The dispatch as analysed at import; empty for one imported before analyses were kept (see
     * {@link DispatchImports#keepAnalysis}).
     *
     * @throws InputException when the stored analysis cannot be read (written by another program)
     */
    public Optional<Dispatch> analysed(long key) {
        Optional<String[]> stored = db.read(() -> db.sql().first(
                "SELECT model_version, content FROM analysed_dispatch WHERE dispatch_key = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, key));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (Integer.parseInt(stored.get()[0]) != AnalysedDispatchCodec.VERSION) {
                throw new IllegalArgumentException("model version " + stored.get()[0]);
            }
            return Optional.of(AnalysedDispatchCodec.read(stored.get()[1]));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputException(LedgerDatabase.message("ledger.badAnalysis", key, db.description(), LedgerDatabase.detail(e)), e);
        }
    }

    /** The text the dispatch was imported from (a .docx or .pdf as the text written back from its analysis). */
    public String sourceText(long key) {
        return db.read(() -> db.sql().first("SELECT source_text FROM tracked_dispatch WHERE dispatch_key = ?",
                rs -> rs.getString(1), key)).orElseThrow(() -> unknown(key));
    }

    /** The file the dispatch was imported from, byte for byte; empty when it was imported without one. */
    public Optional<OriginalFile> originalFile(long key) {
        return db.read(() -> db.sql().first("SELECT file_name, content FROM original_file WHERE dispatch_key = ?",
                rs -> new OriginalFile(rs.getString(1), rs.getBytes(2)), key));
    }

    /** The dispatch's assignments in the order of its task set, units as they were at import; empty for an unknown dispatch. */
    public List<Assignment> assignments(long key) {
        return db.read(() -> assignmentsOf(key));
    }

    /**
     * {@link #assignments} of every dispatch at once (those with none are absent), for a collection that matches
     * mails against all of them: one query, the texts the dispatches share made once. The rows are cut
     * {@link CutAside}: on the large ledger (600,000 assignments) reading the rows and cutting them took about a
     * second each, one after the other.
     */
    public Map<Long, List<Assignment>> everyAssignment() {
        return db.read(() -> {
            AssignmentRows rows = new AssignmentRows();
            Map<Long, List<Assignment>> all = new HashMap<>();
            try (CutAside aside = new CutAside()) {
                db.sql().list(EVERY_ASSIGNMENT, rs -> {
                    long key = rs.getLong(1);
                    String row = rs.getString(2);
                    aside.cut(() -> all.put(key, rows.read(row)));
                    return null;
                });
                aside.await();
                return all;
            }
        });
    }

    /**
     * The name the unit was assigned under in the dispatch (at its first assignment); empty when it is not assigned.
     * One unit's rows by the primary key, where {@link #assignments} reads the dispatch's hundreds.
     */
    public Optional<String> assignedName(long key, String unitCode) {
        return db.read(() -> db.sql().first(ASSIGNED_NAME, rs -> rs.getString(1), key, unitCode));
    }

    /** How the dispatch's "Kính gửi" entries were resolved at import; empty for one imported before that was kept. */
    public List<Recipient> recipients(long key) {
        return db.read(() -> {
            Map<Integer, Recipient> byPosition = new LinkedHashMap<>();
            for (Object[] row : db.sql().list("SELECT position, entry, is_group, unit_code FROM dispatch_recipient"
                            + " WHERE dispatch_key = ? ORDER BY position, unit_position",
                    rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4)}, key)) {
                Recipient before = byPosition.get((Integer) row[0]);
                List<String> units = new ArrayList<>(before == null ? List.of() : before.unitCodes());
                units.add((String) row[3]);
                byPosition.put((Integer) row[0], new Recipient((String) row[1], (Boolean) row[2], units));
            }
            return List.copyOf(byPosition.values());
        });
    }

    /**
     * The entries that receive the dispatch without being assigned it (copies for information, then names the
     * directory reads more than one way), as the import resolved them; empty for one imported before they were kept.
     */
    public List<CopyRecipient> copyRecipients(long key) {
        return db.read(() -> db.sql().list("SELECT entry, kind FROM dispatch_copy_recipient WHERE dispatch_key = ? ORDER BY position",
                rs -> new CopyRecipient(rs.getString(1), CopyRecipient.Kind.valueOf(rs.getString(2))), key));
    }

    /** Every recurring requirement of the ledger: dispatch key → its series, in the order imported. */
    public Map<Long, List<RequirementSeries>> series() {
        return db.read(() -> {
            Map<Long, List<RequirementSeries>> all = new LinkedHashMap<>();
            db.sql().list("SELECT dispatch_key, req_id, text, period, day_of_month, first_month, due_time, first_req_id"
                    + " FROM requirement_series ORDER BY dispatch_key, req_id", rs -> {
                        String time = rs.getString("due_time");
                        Recurrence recurrence = new Recurrence(Recurrence.Period.valueOf(rs.getString("period")),
                                rs.getInt("day_of_month"), YearMonth.parse(rs.getString("first_month")));
                        all.computeIfAbsent(rs.getLong("dispatch_key"), k -> new ArrayList<>()).add(new RequirementSeries(
                                rs.getString("req_id"), rs.getString("text"), recurrence, time == null ? null : LocalTime.parse(time),
                                rs.getString("first_req_id")));
                        return null;
                    });
            return all;
        });
    }

    /** The ids of the dispatch's requirements as the ledger holds them, periods added later included. */
    public List<String> requirementIds(long key) {
        return db.read(() -> db.sql().list("SELECT req_id FROM dispatch_requirement WHERE dispatch_key = ? ORDER BY position",
                rs -> rs.getString(1), key));
    }

    /** The dispatch's events in the order they happened (then in the order they were recorded). */
    public List<Event> events(long key) {
        return db.read(() -> eventsOf(key));
    }

    /** The events recorded for one unit of a dispatch (not those of the whole dispatch), in the order they happened. */
    public List<Event> events(long key, String unitCode) {
        return db.read(() -> db.sql().list(EVENTS_OF_UNIT, LedgerQueries::event, key, unitCode));
    }

    /**
     * The source ids of the events recorded from received mails: "mid:…" ids and bare Message-IDs (as older
     * versions recorded them), not those of the mails sent; an id may come more than once. Read once per collection
     * instead of once per mail. One row per dispatch, each id taken once where its repeats come together (SQLite
     * reads them in the index's order; PostgreSQL may not, which only leaves more repeats): on the large ledger
     * (461,677 ids among 1.2 million events), 1.1 s as one row per distinct id, 0.6 s so (a probe over the driver).
     * Message-IDs hold no control character ({@code Untrusted.line}), so none holds the separator. The rows are cut
     * {@link CutAside}.
     */
    public List<String> receivedMailSourceIds() {
        return db.read(() -> {
            List<String> ids = new ArrayList<>();
            try (CutAside aside = new CutAside()) {
                db.sql().list(RECEIVED_MAIL_IDS, rs -> {
                    String row = rs.getString(1);
                    aside.cut(() -> {
                        String last = "";
                        for (int start = 0; start < row.length(); ) {
                            int end = JoinedRecords.end(row, start);
                            if (end - start != last.length() || !row.startsWith(last, start)) {
                                last = row.substring(start, end);
                                ids.add(last);
                            }
                            start = end + 1;
                        }
                    });
                    return null;
                }, EventType.SENT);
                aside.await();
                return ids;
            }
        });
    }

    /**
     * Every dispatch mail sent to a unit, in the order sent (by time, then as recorded): four fields of the SENT events,
     * not the whole events (on a ledger of 198,000 sent mails reading every column was a sixth of a collection's
     * start), joined into one row per dispatch ({@link SentRows}) and cut {@link CutAside}.
     */
    public List<SentToUnit> sentToUnits() {
        return db.read(() -> {
            SentRows rows = new SentRows();
            try (CutAside aside = new CutAside()) {
                db.sql().list(SENT_TO_UNITS, rs -> {
                    long key = rs.getLong(1);
                    String row = rs.getString(2);
                    aside.cut(() -> rows.read(key, row));
                    return null;
                }, EventType.SENT);
                aside.await();
            }
            return rows.inOrderSent();
        });
    }

    /** Every event of one type across the ledger. */
    public List<Event> eventsOfType(EventType type) {
        return db.read(() -> db.sql().list("SELECT " + EVENT_COLUMNS + " FROM ledger_event WHERE type = ? ORDER BY occurred_at, seq",
                LedgerQueries::event, type));
    }

    /**
     * Where every unit stands on the dispatch on {@code today} (a day in Vietnam, as the caller sees
     * it): the latest report per requirement, deadlines after changes, overdue, acknowledged.
     *
     * @throws InputException when the dispatch is not in the ledger
     */
    public DispatchStatus status(long key, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return status(key, DueMoment.endOf(today));
    }

    /**
     * The same at a moment on Vietnam's clock: a deadline with a time of day ("trước 16 giờ 30") has passed
     * from that time on (see {@link DueMoment}).
     */
    public DispatchStatus status(long key, LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        return db.read(() -> {
            if (!db.sql().exists(DISPATCH_EXISTS, key)) {
                throw unknown(key);
            }
            return StatusProjection.project(key, now, assignmentsOf(key), eventsInRecordedOrder(key));
        });
    }

    /**
     * Where every unit stands on every dispatch on {@code today}: the same as {@link #status} for each, read
     * with three queries for the whole ledger and projected from every event, except that the reports' and
     * failures' evidence and notes are left out (null). Seconds on a large ledger: list and overdue read
     * {@link #summaries} and {@link #overdue} instead; this stays as the projection from scratch they are checked
     * against.
     *
     * @return dispatch key → its status, in the order imported
     */
    public Map<Long, DispatchStatus> statuses(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return statuses(DueMoment.endOf(today));
    }

    /** The same at a moment on Vietnam's clock. */
    public Map<Long, DispatchStatus> statuses(LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        return db.read(() -> {
            Map<Long, List<Assignment>> assignments = new LinkedHashMap<>();
            for (TrackedDispatch d : db.sql().list(ALL_DISPATCHES, LedgerQueries::trackedDispatch)) {
                assignments.put(d.key(), new ArrayList<>());
            }
            db.sql().list(ALL_ASSIGNMENTS, rs -> {
                        List<Assignment> of = assignments.get(rs.getLong(1));
                        if (of != null) {
                            of.add(assignment(rs));
                        }
                        return null;
                    });
            Map<Long, List<Event>> events = new java.util.HashMap<>();
            db.sql().list(ALL_EVENTS, rs -> {
                Event e = countedEvent(rs);
                events.computeIfAbsent(e.dispatchKey(), k -> new ArrayList<>()).add(e);
                return null;
            });
            Map<Long, DispatchStatus> statuses = new LinkedHashMap<>();
            assignments.forEach((key, rows) -> statuses.put(key,
                    StatusProjection.project(key, now, rows, events.getOrDefault(key, List.of()))));
            return statuses;
        });
    }

    /**
     * Where every dispatch stands as a whole at a moment on Vietnam's clock, read from the status tables kept
     * with the events (a few rows per dispatch, not its events): the same counts, nearest open deadline and units
     * as {@link #statuses} would give.
     *
     * @return dispatch key → its summary; a dispatch with no assignment is absent
     */
    public Map<Long, DispatchSummary> summaries(LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        String moment = StatusTables.moment(now);
        return db.read(() -> {
            db.refreshStatuses();
            Map<Long, Map<ComplianceStatus, Integer>> counts = new java.util.HashMap<>();
            Map<Long, String> nearest = new java.util.HashMap<>();
            db.sql().list(STATUS_COUNTS, rs -> {
                long key = rs.getLong(1);
                ComplianceStatus state = ComplianceStatus.valueOf(rs.getString(2));
                String deadline = rs.getString(3);
                String dueAt = rs.getString(4);
                if (state != ComplianceStatus.DONE) {
                    if (!dueAt.isEmpty() && dueAt.compareTo(moment) <= 0) {
                        state = ComplianceStatus.OVERDUE;
                    }
                    if (!deadline.isEmpty()) {
                        nearest.merge(key, deadline, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
                counts.computeIfAbsent(key, k -> zeroCounts()).merge(state, rs.getInt(5), Integer::sum);
                return null;
            });
            Map<Long, DispatchSummary> out = new java.util.HashMap<>();
            List<List<String>> previous = new ArrayList<>(List.of(List.of()));
            db.sql().list(UNIT_SUMMARIES, rs -> {
                long key = rs.getLong(1);
                String names = rs.getString(6);
                if (names != null) { // else the same names as the row before: its (unmodifiable) list is shared
                    previous.set(0, names.isEmpty() ? List.of() : List.of(names.split("\n", -1)));
                }
                out.put(key, new DispatchSummary(key, counts.getOrDefault(key, zeroCounts()), Sql.date(nearest.get(key)),
                        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), previous.get(0)));
                return null;
            });
            return out;
        });
    }

    /**
     * Every assignment across the ledger that is not done and whose deadline has passed at {@code now} (Vietnam's
     * clock; {@link DueMoment}), read from the status tables by an index, in no particular order.
     */
    public List<OverdueAssignment> overdue(LocalDateTime now) {
        Objects.requireNonNull(now, "now");
        return db.read(() -> {
            db.refreshStatuses();
            OverdueRow row = new OverdueRow();
            List<OverdueAssignment> late = new ArrayList<>();
            db.sql().list(OVERDUE, rs -> {
                row.read(rs.getString(1), late);
                return null;
            }, StatusTables.moment(now));
            return late;
        });
    }

    private static Map<ComplianceStatus, Integer> zeroCounts() {
        Map<ComplianceStatus, Integer> zero = new java.util.EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            zero.put(s, 0);
        }
        return zero;
    }

    private InputException unknown(long key) {
        return new InputException(LedgerDatabase.message("event.unknownDispatch", key, db.description()));
    }

    private List<Assignment> assignmentsOf(long key) throws SQLException {
        return db.sql().list(ASSIGNMENTS_OF, LedgerQueries::assignment, key);
    }

    static Assignment assignment(ResultSet rs) throws SQLException {
        String time = rs.getString("deadline_time");
        String role = rs.getString("unit_role");
        return new Assignment(rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_email"),
                rs.getString("req_id"), Sql.date(rs.getString("deadline")), time == null ? null : LocalTime.parse(time),
                role == null ? null : UnitRole.valueOf(role));
    }

    private List<Event> eventsOf(long key) throws SQLException {
        return db.sql().list("SELECT " + EVENT_COLUMNS + " FROM ledger_event WHERE dispatch_key = ? ORDER BY occurred_at, seq",
                LedgerQueries::event, key);
    }

    /** The dispatch's events in the order they were recorded, whatever times they state. */
    private List<Event> eventsInRecordedOrder(long key) throws SQLException {
        return db.sql().list(EVENTS_RECORDED_OF, LedgerQueries::event, key);
    }

    private static TrackedDispatch trackedDispatch(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new TrackedDispatch(rs.getLong("dispatch_key"), rs.getString("number_symbol"), rs.getString("issuer"),
                Sql.date(rs.getString("issue_date")), type == null ? null : DocumentType.valueOf(type), rs.getString("subject"),
                rs.getString("source_name"), Sql.instant(rs.getString("imported_at")));
    }

    /**
     * A row of {@link #ALL_EVENTS} or {@link #COUNTED_EVENTS_OF}, read by position (a million of them): without its
     * source id, evidence and note, which no count, state or deadline depends on.
     */
    static Event countedEvent(ResultSet rs) throws SQLException {
        return Event.of(rs.getLong(1), EventType.valueOf(rs.getString(4)), Sql.instant(rs.getString(5)))
                .unit(rs.getString(2)).requirement(rs.getString(3)).source(rs.getString(6), null)
                .deadline(Sql.date(rs.getString(7))).doneOn(Sql.date(rs.getString(8))).expectedBy(Sql.date(rs.getString(9))).build();
    }

    static Event event(ResultSet rs) throws SQLException {
        return Event.of(rs.getLong("dispatch_key"), EventType.valueOf(rs.getString("type")), Sql.instant(rs.getString("occurred_at")))
                .unit(rs.getString("unit_code")).requirement(rs.getString("req_id"))
                .source(rs.getString("source"), rs.getString("source_id")).evidence(rs.getString("evidence"))
                .note(rs.getString("note")).deadline(Sql.date(rs.getString("deadline")))
                .doneOn(Sql.date(rs.getString("done_on"))).expectedBy(Sql.date(rs.getString("expected_by"))).build();
    }
}
