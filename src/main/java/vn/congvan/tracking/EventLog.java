package vn.congvan.tracking;

import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;

/** Appends events to the ledger: never an update, never a delete; a repeated fact is a no-op. */
public final class EventLog {
    /** Events only a unit can cause. */
    private static final Set<EventType> UNIT_REPORTS =
            EnumSet.of(EventType.ACKNOWLEDGED, EventType.NOT_STARTED, EventType.PROGRESS, EventType.DONE);

    private final LedgerDatabase db;

    EventLog(LedgerDatabase db) {
        this.db = db;
    }

    /**
     * Records an event unless the same one (same dispatch, source id, type, unit and requirement) is
     * already there.
     *
     * @return true when it was added, false when it was a repeat
     * @throws InputException when the dispatch is not in the ledger, or the unit or requirement is not
     *                        among its assignments, a receipt or progress report names no unit, or a
     *                        deadline change carries no deadline
     */
    public boolean append(Event e) {
        return appendAll(List.of(e)) == 1;
    }

    /**
     * Appends several events as one fact (a reply's acknowledgement and its per-item reports): all of
     * them or, when one is refused, none.
     *
     * @return how many were new (repeats of recorded events are skipped, as by {@link #append})
     */
    public int appendAll(List<Event> events) {
        events.forEach(EventLog::validate);
        return db.write(() -> appendWithin(events), db::databaseError);
    }

    /** Within a transaction the caller holds (a review decision and the events it applies are one fact). */
    int appendWithin(List<Event> events) throws SQLException {
        events.forEach(EventLog::validate);
        int added = 0;
        for (Event e : events) {
            checkKnown(e);
            added += insert(e) ? 1 : 0;
        }
        return added;
    }

    private static void validate(Event e) {
        Objects.requireNonNull(e.type(), "type");
        Objects.requireNonNull(e.at(), "at");
        Objects.requireNonNull(e.source(), "source");
        Objects.requireNonNull(e.sourceId(), "sourceId");
    }

    /** Refuses an event whose dispatch, unit or requirement the ledger does not have, or that lacks what its type needs. */
    private void checkKnown(Event e) throws SQLException {
        Sql sql = db.sql();
        // The mails of a batch name the same dispatches and units: the transaction looks each up once.
        KnownAssignments known = db.knownAssignments();
        long key = e.dispatchKey();
        String name = known.dispatchName(sql, key)
                .orElseThrow(() -> new InputException(LedgerDatabase.message("event.unknownDispatch", key, db.description())));
        if (e.type() == EventType.DEADLINE_CHANGED && e.deadline() == null) {
            throw new InputException(LedgerDatabase.message("event.noDeadline", name));
        }
        // Without a unit such a report would count for every unit (see StatusProjection); a delivery failure is one unit's.
        if ((UNIT_REPORTS.contains(e.type()) || e.type() == EventType.DELIVERY_FAILED) && e.unitCode() == null) {
            throw new InputException(LedgerDatabase.message("event.noUnit", name));
        }
        String unit = e.unitCode();
        String requirement = e.requirementId();
        if (unit != null) {
            if (known.assigned(sql, key, unit, requirement)) {
                return;
            }
            if (requirement == null || !known.assigned(sql, key, unit, null)) {
                throw new InputException(LedgerDatabase.message("event.unknownUnit", name, unit));
            }
        } else if (requirement == null) {
            return;
        }
        if (!sql.exists("SELECT 1 FROM dispatch_assignment WHERE dispatch_key = ? AND req_id = ?", key, requirement)) {
            throw new InputException(LedgerDatabase.message("event.unknownRequirement", name, requirement));
        }
        if (unit != null) {
            throw new InputException(LedgerDatabase.message("event.unassigned", name, unit, requirement));
        }
    }

    /**
     * The one way an event enters the ledger, within an open transaction; shared with the import, whose IMPORTED
     * event enters with it, and the periods added to a series. A new event marks its unit (or, without one, its
     * whole dispatch) for the status tables, which the transaction brings up to date before it commits.
     */
    static boolean insert(LedgerDatabase db, Event e, Instant recordedAt) throws SQLException {
        boolean added = db.sql().update("INSERT INTO ledger_event (dispatch_key, unit_code, req_id, type, occurred_at, recorded_at, source,"
                        + " source_id, evidence, note, deadline, done_on, expected_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                e.dispatchKey(), e.unitCode(), e.requirementId(), e.type(), e.at(), recordedAt, e.source(), e.sourceId(),
                e.evidence(), e.note(), e.deadline(), e.doneOn(), e.expectedBy()) == 1;
        if (added) {
            db.statusChanged(e.dispatchKey(), e.unitCode());
        }
        return added;
    }

    /**
     * Brings the status tables of one dispatch up to date with its events, in the caller's transaction on
     * {@code connection}: for bulk loaders that write events with their own SQL (the benchmarks' generator), which
     * must call it before they commit.
     */
    public static void refreshStatuses(java.sql.Connection connection, long dispatchKey) throws SQLException {
        try (Sql sql = new Sql(connection)) {
            StatusTables.refresh(sql, dispatchKey, null, !connection.getMetaData().getURL().startsWith("jdbc:sqlite:"));
        }
    }

    private boolean insert(Event e) throws SQLException {
        return insert(db, e, db.clock().instant());
    }
}
