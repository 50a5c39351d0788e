-- Issue 13: list and overdue of a ledger with a million events must not replay them all. Where each
-- assignment stands is kept beside the events, written in the same transaction as each event by the same
-- Java projection that status uses (tracking.StatusTables), never by rules written again in SQL. These
-- tables are derived: they are rewritten, the events stay append-only, and they can be rebuilt from the
-- events at any time (they are, at open, when status_projection's version differs from the program's).
--
-- One row per assignment (dispatch × unit × requirement or period): what the projection derives without
-- today's date. state: NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is a query: not DONE and due_at passed).
-- deadline (after changes) and deadline_time (HH:MM, NULL for the end of the day); due_at the moment it falls
-- on Vietnam's wall clock (model.DueMoment) as fixed-width text "yyyy-MM-ddTHH:mm", NULL without a deadline;
-- acknowledged 0/1 (the unit's); last_change, done_on, expected_by of the latest report. unit_name and
-- position are the assignment's, unit_position its unit's first, copied so that the overdue list reads this
-- table alone, in the order status shows (units in task-set order, each unit's requirements in order).
CREATE TABLE assignment_status (
    dispatch_key  BIGINT  NOT NULL,
    unit_code     TEXT    NOT NULL,
    req_id        TEXT    NOT NULL,
    unit_position INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    unit_name     TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    deadline      TEXT,
    deadline_time TEXT,
    due_at        TEXT,
    acknowledged  INTEGER NOT NULL,
    last_change   TEXT,
    done_on       TEXT,
    expected_by   TEXT,
    PRIMARY KEY (dispatch_key, unit_code, req_id)
);

-- The overdue list: assignments not done whose moment has passed, up to now, read from this index alone (it
-- holds every column the list shows: a hundred thousand late rows are not looked up one by one in the table).
CREATE INDEX assignment_status_open_due ON assignment_status
    (due_at, dispatch_key, unit_code, req_id, unit_name, deadline, deadline_time, unit_position, position, state)
    WHERE state <> 'DONE';

-- What list shows per dispatch without reading its 600 assignments: how many assignments stand in each state
-- by deadline (a handful of rows per dispatch; overdue = not DONE and due_at passed, counted at query time),
-- and its units: how many, how many acknowledged, how many have done everything, their names in task-set
-- order (one per line).
-- deadline and due_at are '' when there is none (a key column cannot be NULL on PostgreSQL).
CREATE TABLE dispatch_status_count (
    dispatch_key BIGINT  NOT NULL,
    state        TEXT    NOT NULL,
    deadline     TEXT    NOT NULL,
    due_at       TEXT    NOT NULL,
    cells        INTEGER NOT NULL,
    PRIMARY KEY (dispatch_key, state, deadline, due_at)
);

CREATE TABLE dispatch_unit_summary (
    dispatch_key BIGINT  NOT NULL PRIMARY KEY,
    units        INTEGER NOT NULL,
    acknowledged INTEGER NOT NULL,
    units_done   INTEGER NOT NULL,
    unit_names   TEXT    NOT NULL
);

-- The version of the projection the tables above were computed with; none yet, so the first open rebuilds them.
CREATE TABLE status_projection (
    id      INTEGER NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO status_projection (id, version) VALUES (1, 0);
