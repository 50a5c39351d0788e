-- A dispatch is identified by its issuer, its year and its number/symbol, not by the number/symbol
-- alone: numbers restart every year and many issuers use the same symbols. Each dispatch gets a
-- surrogate key that every other table refers to. The ledger also keeps what was decided at import:
-- the analysed document (analysed_dispatch) beside the requirements and assignments, so that reports
-- never read the text again nor match against today's directory.
--
-- The tables get new names and the old ones are dropped once copied; every event is kept, in order.
-- issuer_key is the issuer folded for comparison; SQL cannot fold Vietnamese, so it is filled here
-- with a stand-in (the old number/symbol was unique, so the identity index holds) and computed by the
-- Java migration that follows (IssuerKeys, version 4).

CREATE TABLE tracked_dispatch (
    dispatch_key  ${key_seq},
    number_symbol TEXT    NOT NULL,
    issuer        TEXT,
    issuer_key    TEXT    NOT NULL,
    issue_year    INTEGER NOT NULL,
    type          TEXT,
    issue_date    TEXT,
    subject       TEXT,
    source_name   TEXT    NOT NULL,
    source_sha256 TEXT    NOT NULL,
    source_text   TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL
);

-- issue_year is 0 when the date is unknown.
CREATE UNIQUE INDEX tracked_dispatch_identity ON tracked_dispatch (issuer_key, issue_year, number_symbol);

INSERT INTO tracked_dispatch (number_symbol, issuer, issuer_key, issue_year, type, issue_date, subject,
                              source_name, source_sha256, source_text, imported_at)
SELECT id, issuer, COALESCE(issuer, ''),
       CASE WHEN issue_date IS NULL THEN 0 ELSE CAST(SUBSTR(issue_date, 1, 4) AS INTEGER) END,
       type, issue_date, subject, source_name, source_sha256, source_text, imported_at
FROM dispatch
ORDER BY imported_at, id;

-- The analysed document as the reader gave it at import (JSON of the document model). Dispatches
-- imported before this version have none until the program first needs it; it is then inserted once.
CREATE TABLE analysed_dispatch (
    dispatch_key  BIGINT  NOT NULL PRIMARY KEY REFERENCES tracked_dispatch (dispatch_key),
    model_version INTEGER NOT NULL,
    content       TEXT    NOT NULL
);

CREATE TABLE dispatch_requirement (
    dispatch_key BIGINT  NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    req_id       TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    deadline     TEXT,
    PRIMARY KEY (dispatch_key, req_id)
);

INSERT INTO dispatch_requirement (dispatch_key, req_id, position, text, deadline)
SELECT d.dispatch_key, r.req_id, r.position, r.text, r.deadline
FROM requirement r JOIN tracked_dispatch d ON d.number_symbol = r.dispatch_id;

-- One row per (unit × requirement); the unit's name and address as they were at import.
CREATE TABLE dispatch_assignment (
    dispatch_key BIGINT  NOT NULL,
    unit_code    TEXT    NOT NULL,
    req_id       TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    unit_name    TEXT    NOT NULL,
    unit_email   TEXT,
    deadline     TEXT,
    PRIMARY KEY (dispatch_key, unit_code, req_id),
    FOREIGN KEY (dispatch_key, req_id) REFERENCES dispatch_requirement (dispatch_key, req_id)
);

INSERT INTO dispatch_assignment (dispatch_key, unit_code, req_id, position, unit_name, unit_email, deadline)
SELECT d.dispatch_key, a.unit_code, a.req_id, a.position, a.unit_name, a.unit_email, a.deadline
FROM assignment a JOIN tracked_dispatch d ON d.number_symbol = a.dispatch_id;

-- How each "Kính gửi" entry was resolved at import: the units it reached, so that a reminder can
-- still name a whole group ("UBND các phường, xã") after the directory changed. Older dispatches have
-- no rows; their reminders name the late units one by one.
CREATE TABLE dispatch_recipient (
    dispatch_key BIGINT  NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    position     INTEGER NOT NULL,
    entry        TEXT    NOT NULL,
    is_group     INTEGER NOT NULL,
    unit_position INTEGER NOT NULL,
    unit_code    TEXT    NOT NULL,
    PRIMARY KEY (dispatch_key, position, unit_code)
);

-- Append-only: the program inserts and never updates or deletes.
CREATE TABLE ledger_event (
    seq          ${event_seq},
    dispatch_key BIGINT NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    unit_code    TEXT,
    req_id       TEXT,
    type         TEXT   NOT NULL,
    occurred_at  TEXT   NOT NULL,
    recorded_at  TEXT   NOT NULL,
    source       TEXT   NOT NULL,
    source_id    TEXT   NOT NULL,
    evidence     TEXT,
    note         TEXT,
    deadline     TEXT
);

INSERT INTO ledger_event (dispatch_key, unit_code, req_id, type, occurred_at, recorded_at, source, source_id,
                          evidence, note, deadline)
SELECT d.dispatch_key, e.unit_code, e.req_id, e.type, e.occurred_at, e.recorded_at, e.source, e.source_id,
       e.evidence, e.note, e.deadline
FROM event e JOIN tracked_dispatch d ON d.number_symbol = e.dispatch_id
ORDER BY e.seq;

CREATE UNIQUE INDEX ledger_event_once
    ON ledger_event (dispatch_key, source_id, type, (COALESCE(unit_code, '')), (COALESCE(req_id, '')));
CREATE INDEX ledger_event_by_dispatch ON ledger_event (dispatch_key, occurred_at);

CREATE TABLE original_file (
    dispatch_key BIGINT  NOT NULL PRIMARY KEY REFERENCES tracked_dispatch (dispatch_key),
    file_name    TEXT    NOT NULL,
    content      ${blob} NOT NULL,
    sha256       TEXT    NOT NULL
);

INSERT INTO original_file (dispatch_key, file_name, content, sha256)
SELECT d.dispatch_key, f.file_name, f.content, f.sha256
FROM source_file f JOIN tracked_dispatch d ON d.number_symbol = f.dispatch_id;

DROP TABLE source_file;
DROP TABLE event;
DROP TABLE assignment;
DROP TABLE requirement;
DROP TABLE dispatch;
