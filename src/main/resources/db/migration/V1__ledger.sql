-- The tracking ledger. The same SQL runs on SQLite and PostgreSQL: dates are ISO text (yyyy-MM-dd),
-- instants fixed-width ISO text in UTC (so they sort as text). The one vendor difference, the
-- auto-numbered event key, comes in as the placeholder ${event_seq} (see Ledger).

CREATE TABLE dispatch (
    id            TEXT NOT NULL PRIMARY KEY,
    type          TEXT,
    issuer        TEXT,
    issue_date    TEXT,
    subject       TEXT,
    source_name   TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    source_text   TEXT NOT NULL,
    imported_at   TEXT NOT NULL
);

CREATE TABLE requirement (
    dispatch_id TEXT    NOT NULL REFERENCES dispatch (id),
    req_id      TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    deadline    TEXT,
    PRIMARY KEY (dispatch_id, req_id)
);

-- One row per (unit × requirement); the unit's name and address as they were at import.
CREATE TABLE assignment (
    dispatch_id TEXT    NOT NULL,
    unit_code   TEXT    NOT NULL,
    req_id      TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    unit_name   TEXT    NOT NULL,
    unit_email  TEXT,
    deadline    TEXT,
    PRIMARY KEY (dispatch_id, unit_code, req_id),
    FOREIGN KEY (dispatch_id, req_id) REFERENCES requirement (dispatch_id, req_id)
);

-- Append-only: the program inserts and never updates or deletes.
CREATE TABLE event (
    seq         ${event_seq},
    dispatch_id TEXT NOT NULL REFERENCES dispatch (id),
    unit_code   TEXT,
    req_id      TEXT,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    evidence    TEXT,
    note        TEXT,
    deadline    TEXT
);

-- A repeated event is a no-op. NULLs are distinct in unique keys on both databases, so the
-- optional unit and requirement are compared as ''.
CREATE UNIQUE INDEX event_once
    ON event (dispatch_id, source_id, type, (COALESCE(unit_code, '')), (COALESCE(req_id, '')));

CREATE INDEX event_by_dispatch ON event (dispatch_id, occurred_at);
