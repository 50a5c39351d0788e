-- Issue 11: a dispatch that arrives as a signed PDF shows its signatures beside its fields. They are
-- checked once, when the dispatch is imported (against the roots the office trusted then), and kept as
-- found, one row per signature, in the same transaction as the dispatch; never updated. A dispatch that
-- arrived unsigned, or was imported before this version, has no row.
--
-- file_sha256: the bytes checked (as original_file.sha256), the evidence of what was verified.
-- coverage: WHOLE_DOCUMENT, LATER_SIGNATURES_ONLY, CHANGED_AFTER or INVALID_RANGE. The four checks are
-- 1/0. problems: what failed, in Vietnamese, as a JSON array of strings ('[]' when the signature is good).
CREATE TABLE received_signature (
    dispatch_key      BIGINT  NOT NULL REFERENCES tracked_dispatch (dispatch_key),
    number            INTEGER NOT NULL,
    checked_at        TEXT    NOT NULL,
    file_sha256       TEXT    NOT NULL,
    field             TEXT,
    level             TEXT,
    signer_name       TEXT,
    subject           TEXT,
    issuer            TEXT,
    claimed_time      TEXT,
    timestamp_time    TEXT,
    coverage          TEXT    NOT NULL,
    digest_valid      INTEGER NOT NULL,
    signature_valid   INTEGER NOT NULL,
    certificate_valid INTEGER NOT NULL,
    trusted           INTEGER NOT NULL,
    problems          TEXT    NOT NULL,
    PRIMARY KEY (dispatch_key, number)
);
