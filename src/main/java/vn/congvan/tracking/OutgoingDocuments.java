package vn.congvan.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.congvan.model.DocumentKind;
import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.OutgoingDocument;

/**
 * The documents congvan wrote and their workflow (tables outgoing_document and document_event, see V8):
 * a draft is stored with its document model, and every later step is appended, never changed.
 */
public final class OutgoingDocuments {
    /** Lists of codes and files are kept in one text column; neither a unit code nor our file names hold it. */
    private static final String SEPARATOR = "\n";

    private final LedgerDatabase db;

    OutgoingDocuments(LedgerDatabase db) {
        this.db = db;
    }

    /** What a new draft is: which dispatch it follows up, its kind, and what it says. */
    public record Draft(long dispatchKey, DocumentKind kind, String series, OfficialDocument document,
                        List<String> unitCodes, LocalDate newDeadline, List<String> files) {
    }

    /** Stores a draft with its DRAFTED step; returns its number (the id the clerk names it by). */
    public long addDraft(Draft d, Instant at, String by) {
        return db.write(() -> {
            Sql sql = db.sql();
            String content = AnalysedDispatchCodec.write(d.document());
            sql.update("INSERT INTO outgoing_document (dispatch_key, kind, issuer, series, excerpt, content, unit_codes,"
                            + " new_deadline, files, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.dispatchKey(), d.kind(), d.document().issuer(), d.series(), d.document().subject(), content,
                    String.join(SEPARATOR, d.unitCodes()), d.newDeadline(), String.join(SEPARATOR, d.files()), at, by);
            long id = sql.first("SELECT MAX(doc_id) FROM outgoing_document WHERE created_at = ? AND created_by = ?",
                    rs -> rs.getLong(1), at, by).orElseThrow();
            insertStep(sql, id, DocumentStage.DRAFTED, at, by, null, null, null, List.of());
            return id;
        }, db::databaseError);
    }

    /** Appends a step; the caller has checked that it may follow the document's current one. */
    public void append(long docId, DocumentStage stage, Instant at, String actor, String person, String note, Long entryId,
                       List<String> files) {
        db.write(() -> insertStep(db.sql(), docId, stage, at, actor, person, note, entryId, files), db::databaseError);
    }

    private static int insertStep(Sql sql, long docId, DocumentStage stage, Instant at, String actor, String person,
                                  String note, Long entryId, List<String> files) throws SQLException {
        return sql.update("INSERT INTO document_event (doc_id, type, occurred_at, actor, person, note, entry_id, files)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docId, stage, at, actor, person, note, Sql.key(entryId),
                files.isEmpty() ? null : String.join(SEPARATOR, files));
    }

    public Optional<OutgoingDocument> document(long docId) {
        return all(docId).stream().findFirst();
    }

    /** Every document, oldest first. */
    public List<OutgoingDocument> documents() {
        return all(null);
    }

    private List<OutgoingDocument> all(Long only) {
        return db.read(() -> {
            Sql sql = db.sql();
            String where = only == null ? "" : " WHERE doc_id = ?";
            Object[] params = only == null ? new Object[0] : new Object[] {only};
            Map<Long, List<DocumentStep>> steps = new LinkedHashMap<>();
            for (Object[] row : sql.list("SELECT doc_id, type, occurred_at, actor, person, note, entry_id, files FROM document_event"
                    + where + " ORDER BY seq", OutgoingDocuments::stepRow, params)) {
                steps.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((DocumentStep) row[1]);
            }
            return sql.list("SELECT doc_id, dispatch_key, kind, issuer, series, excerpt, unit_codes, new_deadline, files,"
                    + " created_at, created_by FROM outgoing_document" + where + " ORDER BY doc_id", rs -> new OutgoingDocument(
                    rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                    rs.getString(6), split(rs.getString(7)), Sql.date(rs.getString(8)), split(rs.getString(9)),
                    Sql.instant(rs.getString(10)), rs.getString(11), steps.getOrDefault(rs.getLong(1), List.of())), params);
        });
    }

    private static Object[] stepRow(ResultSet rs) throws SQLException {
        long entry = rs.getLong(7);
        Long entryId = rs.wasNull() ? null : entry;
        return new Object[] {rs.getLong(1), new DocumentStep(DocumentStage.valueOf(rs.getString(2)), Sql.instant(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), entryId, split(rs.getString(8)))};
    }

    /** The draft's document model, as it was submitted. */
    public OfficialDocument content(long docId) {
        String json = db.read(() -> db.sql().first("SELECT content FROM outgoing_document WHERE doc_id = ?",
                rs -> rs.getString(1), docId)).orElseThrow(() -> new InputException(LedgerDatabase.message("document.unknown", docId)));
        try {
            return AnalysedDispatchCodec.readDocument(json);
        } catch (JsonProcessingException e) {
            throw new InputException(LedgerDatabase.message("document.unreadable", docId, LedgerDatabase.detail(e)), e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
