package vn.congvan.tracking;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.congvan.model.Assignment;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.Dispatch;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Recipient;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementSeries;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.TaskSet;
import vn.congvan.model.Unit;
import vn.congvan.text.Untrusted;

/**
 * Brings dispatches into the ledger with what was decided at import — the analysed document, its
 * requirements with their deadlines, the assignments with each unit's name and address as they were —
 * so that nothing later depends on reading the text again or on today's directory.
 */
public final class DispatchImports {
    private final LedgerDatabase db;

    DispatchImports(LedgerDatabase db) {
        this.db = db;
    }

    /**
     * Stores a dispatch, its analysis, requirements and assignments, the original file and an
     * {@link EventType#IMPORTED} event, all in one transaction. The dispatch is identified by issuer,
     * year and number/symbol: the same number/symbol from another year or issuer is another dispatch.
     * Importing the same text again changes nothing, except that it keeps the original file when the
     * ledger had none (an import made before originals were kept).
     *
     * @param sourceName the file or mail the dispatch came from, as the user knows it
     * @param sourceText its text (already cleaned by the reader); its SHA-256 identifies the import
     * @param original   the file exactly as received; null when there is none (a dispatch typed in)
     * @param at         when the import happens
     * @throws InputException when the dispatch has no number, the ledger already holds another text for
     *                        the same dispatch, or the task set names a unit or requirement it lacks
     */
    public ImportResult importTaskSet(TaskSet taskSet, String sourceName, String sourceText, byte[] original, Instant at) {
        return importTaskSet(taskSet, sourceName, sourceText, original, at, sourceName);
    }

    /**
     * As {@link #importTaskSet(TaskSet, String, String, byte[], Instant)}, with the evidence of receipt the
     * import event keeps: the file's name, or the attachment and the mail (sender, date, Message-ID) it came in.
     */
    public ImportResult importTaskSet(TaskSet taskSet, String sourceName, String sourceText, byte[] original, Instant at,
                                      String evidence) {
        return importTaskSet(taskSet, sourceName, sourceText, original, at, evidence, List.of());
    }

    /**
     * As above, with the signatures the original arrived with (a signed PDF), kept with the dispatch in the
     * same transaction; a dispatch imported again keeps what was found the first time, and one imported
     * before signatures were kept gains them.
     *
     * @param signatures the checks of the original's signatures; empty for an unsigned file
     */
    public ImportResult importTaskSet(TaskSet taskSet, String sourceName, String sourceText, byte[] original, Instant at,
                                      String evidence, List<SignatureCheck> signatures) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(at, "at");
        Dispatch dispatch = taskSet.dispatch();
        OfficialDocument document = dispatch.document();
        if (document.numberSymbol() == null) {
            throw new InputException(LedgerDatabase.message("import.noNumber", Objects.requireNonNullElse(document.subject(), sourceName)));
        }
        String numberSymbol = document.numberSymbol().text();
        String issuerKey = DispatchIdentity.issuerKey(document.issuer());
        int year = document.date() == null ? 0 : document.date().getYear();
        String sha256 = LedgerDatabase.sha256(sourceText);
        Sql sql = db.sql();
        return db.write(() -> {
            Optional<Long> existing = key(issuerKey, year, numberSymbol);
            if (existing.isPresent()) {
                long key = existing.get();
                String[] before = sql.first("SELECT source_sha256, source_name FROM tracked_dispatch WHERE dispatch_key = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2)}, key).orElseThrow();
                if (!before[0].equals(sha256)) {
                    throw new InputException(LedgerDatabase.message("import.otherContent", numberSymbol, db.description(),
                            before[1], sourceName));
                }
                if (original != null && !sql.exists("SELECT 1 FROM original_file WHERE dispatch_key = ?", key)) {
                    insertOriginal(key, sourceName, original);
                }
                insertSignatures(key, signatures, at, original);
                // What the ledger holds, assigned when it was first imported: a directory changed since does not alter it.
                return new ImportResult(false, key, unitCount(key), assignmentCount(key));
            }
            sql.update("INSERT INTO tracked_dispatch (number_symbol, issuer, issuer_key, issue_year, type, issue_date, subject,"
                            + " source_name, source_sha256, source_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    numberSymbol, document.issuer(), issuerKey, year, document.type(), document.date(), document.subject(),
                    sourceName, sha256, sourceText, at);
            long key = key(issuerKey, year, numberSymbol).orElseThrow();
            insertAnalysis(key, dispatch);
            if (original != null) {
                insertOriginal(key, sourceName, original);
            }
            insertSignatures(key, signatures, at, original);
            insertRequirements(key, dispatch.requirements());
            insertAssignments(key, numberSymbol, taskSet);
            insertRecipients(key, taskSet.recipients());
            insertCopyRecipients(key, taskSet.copyRecipients());
            insertSeries(key, taskSet.series());
            EventLog.insert(db, Event.of(key, EventType.IMPORTED, at).source("import", sha256).evidence(evidence).build(),
                    db.clock().instant());
            return new ImportResult(true, key, (int) taskSet.assignments().stream().map(Assignment::unitCode).distinct().count(),
                    taskSet.assignments().size());
        }, e -> new InputException(LedgerDatabase.message("import.failed", numberSymbol, db.description(),
                LedgerDatabase.detail(e)), e));
    }

    /**
     * Keeps the analysis of a dispatch imported before analyses were kept, read once from its stored
     * text. It only inserts: a dispatch that has its analysis keeps it.
     *
     * @return true when it was added
     */
    public boolean keepAnalysis(long key, Dispatch dispatch) {
        return db.write(() -> !db.sql().exists("SELECT 1 FROM analysed_dispatch WHERE dispatch_key = ?", key)
                && insertAnalysis(key, dispatch), db::databaseError);
    }

    private boolean insertAnalysis(long key, Dispatch dispatch) throws SQLException {
        return db.sql().update("INSERT INTO analysed_dispatch (dispatch_key, model_version, content) VALUES (?, ?, ?)",
                key, AnalysedDispatchCodec.VERSION, AnalysedDispatchCodec.write(dispatch)) == 1;
    }

    private void insertOriginal(long key, String name, byte[] content) throws SQLException {
        db.sql().update("INSERT INTO original_file (dispatch_key, file_name, content, sha256) VALUES (?, ?, ?, ?)",
                key, name, content, LedgerDatabase.sha256(content));
    }

    private void insertSignatures(long key, List<SignatureCheck> signatures, Instant at, byte[] original) throws SQLException {
        if (original != null) {
            ReceivedSignatureLog.insertWithin(db.sql(), key, signatures, at, LedgerDatabase.sha256(original));
        }
    }

    private Optional<Long> key(String issuerKey, int year, String numberSymbol) throws SQLException {
        return db.sql().first("SELECT dispatch_key FROM tracked_dispatch WHERE issuer_key = ? AND issue_year = ? AND number_symbol = ?",
                rs -> rs.getLong(1), issuerKey, year, numberSymbol);
    }

    private void insertRequirements(long key, List<Requirement> requirements) throws SQLException {
        int position = 0;
        for (Requirement r : requirements) {
            db.sql().update("INSERT INTO dispatch_requirement (dispatch_key, req_id, position, text, deadline) VALUES (?, ?, ?, ?, ?)",
                    key, r.id(), position++, requirementText(r), r.dueDate().orElse(null));
        }
    }

    /** A requirement's text with its sub-items, one per line with their labels, as a reader would quote it. */
    private static String requirementText(Requirement r) {
        StringBuilder text = new StringBuilder(r.text());
        for (Requirement item : r.items()) {
            text.append('\n').append(item.id()).append(") ").append(item.text());
        }
        return text.toString();
    }

    private void insertAssignments(long key, String numberSymbol, TaskSet taskSet) throws SQLException {
        Set<String> units = taskSet.units().stream().map(Unit::code).collect(Collectors.toSet());
        Set<String> requirementIds = taskSet.dispatch().requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        int position = 0;
        // Checked row by row, not up front: a bad row after good ones must still leave no trace.
        for (Assignment a : taskSet.assignments()) {
            if (!units.contains(a.unitCode())) {
                throw new InputException(LedgerDatabase.message("import.unknownUnit", numberSymbol, a.unitCode()));
            }
            if (!requirementIds.contains(a.requirementId())) {
                throw new InputException(LedgerDatabase.message("import.unknownRequirement", numberSymbol, a.requirementId()));
            }
            requireNoControlCharacters(numberSymbol, a);
            db.sql().update("INSERT INTO dispatch_assignment (dispatch_key, unit_code, req_id, position, unit_name, unit_email,"
                            + " deadline, deadline_time, unit_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    key, a.unitCode(), a.requirementId(), position++, a.unitName(), a.unitEmail(), a.deadline(),
                    a.deadlineTime() == null ? null : a.deadlineTime().toString(), a.role() == null ? null : a.role().name());
        }
    }

    /**
     * The queries that read many assignments at once join their texts with control characters
     * ({@link JoinedRecords}); texts from outside are cleaned of them on input, and the ledger refuses any that
     * still hold one rather than have it read back wrong.
     */
    private static void requireNoControlCharacters(String numberSymbol, Assignment a) {
        String field = hasControl(a.unitCode()) ? "import.field.unitCode" : hasControl(a.unitName()) ? "import.field.unitName"
                : hasControl(a.unitEmail()) ? "import.field.unitEmail"
                : hasControl(a.requirementId()) ? "import.field.requirementId" : null;
        if (field != null) {
            throw new InputException(LedgerDatabase.message("import.controlCharacter", numberSymbol,
                    LedgerDatabase.message(field), Untrusted.line(a.unitCode())));
        }
    }

    private static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    private void insertRecipients(long key, List<Recipient> recipients) throws SQLException {
        int position = 0;
        for (Recipient r : recipients) {
            int unitPosition = 0;
            for (String unit : new java.util.LinkedHashSet<>(r.unitCodes())) {
                db.sql().update("INSERT INTO dispatch_recipient (dispatch_key, position, entry, is_group, unit_position, unit_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", key, position, r.entry(), r.group() ? 1 : 0, unitPosition++, unit);
            }
            position++;
        }
    }

    private void insertCopyRecipients(long key, List<CopyRecipient> copies) throws SQLException {
        int position = 0;
        for (CopyRecipient c : copies) {
            db.sql().update("INSERT INTO dispatch_copy_recipient (dispatch_key, position, entry, kind) VALUES (?, ?, ?, ?)",
                    key, position++, c.entry(), c.kind().name());
        }
    }

    private void insertSeries(long key, List<RequirementSeries> series) throws SQLException {
        for (RequirementSeries s : series) {
            Recurrence r = s.recurrence();
            db.sql().update("INSERT INTO requirement_series (dispatch_key, req_id, text, period, day_of_month, first_month, due_time,"
                            + " first_req_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", key, s.requirementId(), s.text(), r.period().name(),
                    r.dayOfMonth(), r.start().toString(), s.dueTime() == null ? null : s.dueTime().toString(), s.firstPeriodId());
        }
    }

    /**
     * Adds the next periods of a recurring requirement: each period's requirement, the same units as its first
     * period with their name, address and role as they were at import, and one {@link EventType#PERIOD_ADDED}
     * event, all in one transaction. It only inserts; a period the ledger holds already is left as it is, so
     * extending twice, or from two programs at once, adds each period once.
     *
     * @param periods the periods' requirements (id "2.2021-06", text, deadline)
     * @return how many periods were added
     */
    public int extendSeries(long key, RequirementSeries series, List<Requirement> periods, Instant at) {
        Sql sql = db.sql();
        return db.write(() -> {
            List<Assignment> template = sql.list("SELECT unit_code, unit_name, unit_email, req_id, deadline, deadline_time, unit_role"
                    + " FROM dispatch_assignment WHERE dispatch_key = ? AND req_id = ? ORDER BY position",
                    LedgerQueries::assignment, key, series.firstPeriodId());
            int added = 0;
            for (Requirement period : periods) {
                int position = sql.first("SELECT COALESCE(MAX(position), -1) + 1 FROM dispatch_requirement WHERE dispatch_key = ?",
                        rs -> rs.getInt(1), key).orElse(0);
                if (sql.update("INSERT INTO dispatch_requirement (dispatch_key, req_id, position, text, deadline) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", key, period.id(), position, period.text(), period.dueDate().orElse(null)) == 0) {
                    continue;
                }
                int unitPosition = sql.first("SELECT COALESCE(MAX(position), -1) + 1 FROM dispatch_assignment WHERE dispatch_key = ?",
                        rs -> rs.getInt(1), key).orElse(0);
                for (Assignment a : template) {
                    sql.update("INSERT INTO dispatch_assignment (dispatch_key, unit_code, req_id, position, unit_name, unit_email,"
                                    + " deadline, deadline_time, unit_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            key, a.unitCode(), period.id(), unitPosition++, a.unitName(), a.unitEmail(), period.dueDate().orElse(null),
                            series.dueTime() == null ? null : series.dueTime().toString(), a.role() == null ? null : a.role().name());
                }
                EventLog.insert(db, Event.of(key, EventType.PERIOD_ADDED, at).requirement(period.id())
                        .source("series", "series:" + period.id()).evidence(period.text()).build(), db.clock().instant());
                added++;
            }
            return added;
        }, db::databaseError);
    }

    private int unitCount(long key) throws SQLException {
        return db.sql().first("SELECT COUNT(DISTINCT unit_code) FROM dispatch_assignment WHERE dispatch_key = ?", rs -> rs.getInt(1), key)
                .orElse(0);
    }

    private int assignmentCount(long key) throws SQLException {
        return db.sql().first("SELECT COUNT(*) FROM dispatch_assignment WHERE dispatch_key = ?", rs -> rs.getInt(1), key).orElse(0);
    }
}
