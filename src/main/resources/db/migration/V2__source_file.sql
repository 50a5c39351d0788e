-- The imported file itself, byte for byte: for a signed PDF or a .docx the text in dispatch.source_text
-- is only a rendering, and the original is what carries legal weight. One row per dispatch, written in
-- the import's transaction; dispatches imported before this version have none. The column type for
-- bytes is the vendor difference here: ${blob} (BLOB on SQLite, BYTEA on PostgreSQL).

CREATE TABLE source_file (
    dispatch_id TEXT    NOT NULL PRIMARY KEY REFERENCES dispatch (id),
    file_name   TEXT    NOT NULL,
    content     ${blob} NOT NULL,
    sha256      TEXT    NOT NULL
);
