-- Issue 10: every history line from a mail opens that mail. The mail a recorded reply, receipt or bounce
-- came from is kept as it was read, once per source id (the id its events carry), written in the same
-- transaction as those events. Append-only like ledger_event. The raw mail is capped like the review
-- queue's (raw_truncated = 1 when cut). Events recorded before this version have no row here.
CREATE TABLE mail_original (
    source_id     TEXT    NOT NULL PRIMARY KEY,
    recorded_at   TEXT    NOT NULL,
    raw           ${blob} NOT NULL,
    raw_truncated INTEGER NOT NULL
);
