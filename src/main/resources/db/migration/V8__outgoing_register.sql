-- Issue 11: documents congvan writes are drafts until a leader signs them; the number comes from the
-- outgoing register (sổ văn bản đi) at the signing step, so that it is inside the signed bytes.
--
-- A document congvan wrote as a draft (the BÁO CÁO, the công văn đôn đốc). content is the draft's
-- document model as JSON (the same shape as analysed_dispatch), so that signing renders exactly what was
-- submitted with only the number, date and signer filled in. unit_codes: the units a reminder names
-- (';'-separated, '' for a report); new_deadline: the deadline a reminder sets; files: the draft files.
CREATE TABLE outgoing_document (
    doc_id       ${key_seq},
    dispatch_key BIGINT REFERENCES tracked_dispatch (dispatch_key),
    kind         TEXT NOT NULL,
    issuer       TEXT NOT NULL,
    series       TEXT NOT NULL,
    excerpt      TEXT NOT NULL,
    content      TEXT NOT NULL,
    unit_codes   TEXT NOT NULL,
    new_deadline TEXT,
    files        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);

-- The counter per issuer, calendar year and series: taking a number increments its row inside one
-- transaction, so two clerks on one PostgreSQL ledger wait for each other (row lock) and SQLite writers
-- take turns; the unique key of register_number is the backstop.
CREATE TABLE register_counter (
    issuer      TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    series      TEXT    NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (issuer, year, series)
);

-- Every number ever taken, append-only. A number whose document was never written (the program stopped
-- between taking it and writing the files) has no SIGNED document_event: the register says so.
CREATE TABLE register_number (
    entry_id  ${event_seq},
    issuer    TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    series    TEXT    NOT NULL,
    number    INTEGER NOT NULL,
    doc_id    BIGINT  NOT NULL REFERENCES outgoing_document (doc_id),
    taken_at  TEXT    NOT NULL,
    taken_by  TEXT    NOT NULL
);

CREATE UNIQUE INDEX register_number_once ON register_number (issuer, year, series, number);

-- The workflow of a document, append-only; its state is the latest event. type: DRAFTED, SUBMITTED
-- (person = the leader), RETURNED (note = the comment), SIGNED (person = the signer, entry_id = its
-- number, files = the final files, note = whether the PDF carries a signature), ISSUED, DISTRIBUTED,
-- WITHDRAWN (note = why).
CREATE TABLE document_event (
    seq         ${event_seq},
    doc_id      BIGINT NOT NULL REFERENCES outgoing_document (doc_id),
    type        TEXT   NOT NULL,
    occurred_at TEXT   NOT NULL,
    actor       TEXT   NOT NULL,
    person      TEXT,
    note        TEXT,
    entry_id    BIGINT REFERENCES register_number (entry_id),
    files       TEXT
);

CREATE INDEX document_event_by_doc ON document_event (doc_id, seq);
