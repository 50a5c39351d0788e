-- Issue 9: what a reply says that congvan is not sure of waits for the clerk ("Thư cần xem"), and a
-- report may state the day the work was done apart from the day it was reported.
--
-- A report's own days: done_on (the unit says the work was done that day; lateness is judged by it,
-- occurred_at stays the time of the mail) and expected_by ("sẽ hoàn thành trước ngày …").
ALTER TABLE ledger_event ADD COLUMN done_on TEXT;
ALTER TABLE ledger_event ADD COLUMN expected_by TEXT;

-- One entry per mail that needs the clerk, append-only like ledger_event. kind: READING (a unit's reply
-- with readings not certain enough), SUGGESTION (placed, but not from the unit itself), UNPLACED,
-- SUSPICIOUS. dispatch_key and unit_code are null when the mail could not be placed. The raw mail is kept
-- (capped; raw_truncated = 1 when cut) so that the clerk can open it; mail_text is what was read of it.
CREATE TABLE review_entry (
    entry_id       ${event_seq},
    kind           TEXT    NOT NULL,
    dispatch_key   BIGINT REFERENCES tracked_dispatch (dispatch_key),
    unit_code      TEXT,
    receipt        INTEGER NOT NULL,
    occurred_at    TEXT,
    recorded_at    TEXT    NOT NULL,
    mail_source_id TEXT    NOT NULL,
    sender         TEXT,
    subject        TEXT,
    mail_date      TEXT,
    position       TEXT,
    reasons        TEXT,
    evidence       TEXT,
    note           TEXT,
    mail_text      TEXT,
    raw            ${blob},
    raw_truncated  INTEGER NOT NULL
);

-- Collecting the same mail again adds no second entry. NULLs are distinct in unique keys, so the
-- optional dispatch and unit are compared as 0 and ''.
CREATE UNIQUE INDEX review_entry_once
    ON review_entry (mail_source_id, kind, (COALESCE(dispatch_key, 0)), (COALESCE(unit_code, '')));

-- What the entry proposes per requirement.
CREATE TABLE review_reading (
    entry_id    BIGINT NOT NULL REFERENCES review_entry (entry_id),
    req_id      TEXT   NOT NULL,
    position    INTEGER NOT NULL,
    status      TEXT   NOT NULL,
    sentence    TEXT   NOT NULL,
    done_on     TEXT,
    expected_by TEXT,
    PRIMARY KEY (entry_id, req_id)
);

-- The clerk's decision on an entry, never changed: ACCEPTED, EDITED or REJECTED; at most one per entry
-- (an entry with a decision is no longer open). For EDITED, statuses holds what the clerk chose
-- ("1=DONE;2=PROGRESS") and dispatch_key/unit_code where the clerk placed an unplaced mail.
CREATE TABLE review_decision (
    seq            ${event_seq},
    entry_id       BIGINT NOT NULL REFERENCES review_entry (entry_id),
    decision       TEXT   NOT NULL,
    decided_at     TEXT   NOT NULL,
    clerk          TEXT,
    reason         TEXT,
    statuses       TEXT,
    dispatch_key   BIGINT REFERENCES tracked_dispatch (dispatch_key),
    unit_code      TEXT,
    trusted_address TEXT
);

CREATE UNIQUE INDEX review_decision_once ON review_decision (entry_id);
