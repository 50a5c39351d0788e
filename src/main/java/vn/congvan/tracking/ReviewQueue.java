package vn.congvan.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;

/**
 * The clerk's review queue ("Thư cần xem", tables review_entry, review_reading and review_decision, see
 * V6): mails whose reading congvan is not sure of, kept with the mail itself until the clerk decides.
 * Append-only like the events: an entry is added once per mail, kind, dispatch and unit; a decision is a
 * new row, never an update, and at most one per entry. A decision and the events it applies are written
 * in one transaction.
 */
public final class ReviewQueue {
    /** Why the mail waits for the clerk. */
    public enum Kind {
        /** A unit's own reply whose readings are not certain enough to record by themselves. */
        READING,
        /** A mail placed on a unit's task but not from the unit itself (a forward, an outside address). */
        SUGGESTION,
        /** Not placed on any dispatch and unit. */
        UNPLACED,
        /** Looks like phishing. */
        SUSPICIOUS,
        /**
         * A scan or photo of a dispatch read by OCR, waiting for the clerk to confirm its fields before its
         * task set is made: mail_text holds the reading (as text that reads back to it), raw the file as
         * imported, subject the file's name, occurred_at the default deadline given at import (start of that
         * day) or null; no dispatch or unit until accepted.
         */
        SCAN
    }

    /** What the clerk decided. */
    public enum Decision {
        /** The proposed readings were applied as they were. */
        ACCEPTED,
        /** The clerk's own statuses were applied instead. */
        EDITED,
        /** Nothing was applied (for an unplaced or suspicious mail: dismissed). */
        REJECTED
    }

    /**
     * A mail to put in the queue.
     *
     * @param dispatchKey  the dispatch it was placed on, or null
     * @param unitCode     the unit it was placed on, or null
     * @param receipt      whether accepting it acknowledges receipt
     * @param at           when its facts would have happened (the mail's trusted time), or null
     * @param mailSourceId the mail's stable id (as its events would carry)
     * @param reasons      why it waits, Vietnamese, one line each
     * @param evidence     how the mail is named in evidence (Message-ID, sender, subject, where read)
     * @param note         what the unit wrote, shortened (the note the applied events will carry)
     * @param mailText     the mail's text as read, for the clerk
     * @param readings     requirement id → what the mail proposes, in order
     * @param raw          the mail as read; cut to {@code maxRawBytes}
     */
    public record NewEntry(Kind kind, Long dispatchKey, String unitCode, boolean receipt, Instant at, String mailSourceId,
                           String sender, String subject, Instant mailDate, String position, List<String> reasons,
                           String evidence, String note, String mailText, Map<String, ItemReading> readings, byte[] raw) {
        public NewEntry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mailSourceId, "mailSourceId");
            reasons = List.copyOf(reasons);
            readings = new LinkedHashMap<>(readings);
        }
    }

    /** One entry as stored, with its decision when there is one (mail text and raw bytes are read apart). */
    public record Entry(long id, Kind kind, Long dispatchKey, String unitCode, boolean receipt, Instant at,
                        Instant recordedAt, String mailSourceId, String sender, String subject, Instant mailDate,
                        String position, List<String> reasons, String evidence, String note,
                        Map<String, ItemReading> readings, boolean rawTruncated, DecisionRecord decision) {
        public boolean open() {
            return decision == null;
        }
    }

    /**
     * A decision on an entry.
     *
     * @param statuses       for EDITED: requirement → the status the clerk chose; else empty
     * @param dispatchKey    for EDITED on an unplaced mail: where the clerk placed it; else null
     * @param unitCode       likewise the unit
     * @param trustedAddress the sender's address the clerk trusted for the unit with this decision, or null
     */
    public record DecisionRecord(Decision decision, Instant at, String clerk, String reason,
                                 Map<String, ComplianceStatus> statuses, Long dispatchKey, String unitCode,
                                 String trustedAddress) {
        public DecisionRecord {
            statuses = new LinkedHashMap<>(statuses);
        }
    }

    /** @param fresh false when the same mail was queued before (the id is then the earlier entry's) */
    public record Added(long id, boolean fresh) {
    }

    private static final String ENTRY_COLUMNS = "e.entry_id, e.kind, e.dispatch_key, e.unit_code, e.receipt, e.occurred_at,"
            + " e.recorded_at, e.mail_source_id, e.sender, e.subject, e.mail_date, e.position, e.reasons, e.evidence,"
            + " e.note, e.raw_truncated, d.decision, d.decided_at, d.clerk, d.reason, d.statuses, d.dispatch_key,"
            + " d.unit_code, d.trusted_address";

    private final LedgerDatabase db;
    private final EventLog events;

    ReviewQueue(LedgerDatabase db, EventLog events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Queues a mail, unless the same one (source id, kind, dispatch, unit) is queued already.
     *
     * @param maxRawBytes how much of the raw mail to keep
     */
    public Added add(NewEntry e, long maxRawBytes) {
        byte[] raw = e.raw() == null ? null
                : e.raw().length > maxRawBytes ? Arrays.copyOf(e.raw(), (int) maxRawBytes) : e.raw();
        boolean truncated = e.raw() != null && e.raw().length > maxRawBytes;
        return db.write(() -> {
            Sql sql = db.sql();
            // The new entry's number comes back with the insert; only a mail queued before is looked up.
            Optional<Long> inserted = sql.first("INSERT INTO review_entry (kind, dispatch_key, unit_code, receipt, occurred_at, recorded_at,"
                            + " mail_source_id, sender, subject, mail_date, position, reasons, evidence, note, mail_text, raw,"
                            + " raw_truncated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                            + " RETURNING entry_id", rs -> rs.getLong(1),
                    e.kind(), Sql.key(e.dispatchKey()), e.unitCode(), e.receipt() ? 1 : 0, e.at(), db.clock().instant(), e.mailSourceId(),
                    e.sender(), e.subject(), e.mailDate(), e.position(), String.join("\n", e.reasons()),
                    e.evidence(), e.note(), e.mailText(), raw != null ? raw : new Sql.TypedNull(java.sql.Types.BINARY),
                    truncated ? 1 : 0);
            boolean fresh = inserted.isPresent();
            long id = fresh ? inserted.get() : sql.first("SELECT entry_id FROM review_entry WHERE mail_source_id = ? AND kind = ?"
                            + " AND COALESCE(dispatch_key, 0) = ? AND COALESCE(unit_code, '') = ?",
                    rs -> rs.getLong(1), e.mailSourceId(), e.kind(), e.dispatchKey() == null ? 0L : e.dispatchKey(),
                    e.unitCode() == null ? "" : e.unitCode()).orElseThrow();
            if (fresh) {
                int position = 0;
                for (Map.Entry<String, ItemReading> r : e.readings().entrySet()) {
                    ItemReading reading = r.getValue();
                    sql.update("INSERT INTO review_reading (entry_id, req_id, position, status, sentence, done_on, expected_by)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, r.getKey(), position++, reading.status(),
                            reading.sentence(), reading.doneOn(), reading.expectedBy());
                }
            }
            return new Added(id, fresh);
        }, db::databaseError);
    }

    /**
     * Entries oldest first.
     *
     * @param openOnly    only those without a decision
     * @param dispatchKey only those placed on this dispatch; null for all
     */
    public List<Entry> entries(boolean openOnly, Long dispatchKey) {
        String where = " WHERE 1 = 1" + (openOnly ? " AND d.decision IS NULL" : "")
                + (dispatchKey != null ? " AND e.dispatch_key = ?" : "");
        Object[] params = dispatchKey != null ? new Object[] {dispatchKey} : new Object[0];
        return db.read(() -> {
            List<Entry> found = db.sql().list(select() + where + " ORDER BY e.entry_id", this::entry, params);
            List<Entry> withReadings = new ArrayList<>();
            for (Entry e : found) {
                withReadings.add(withReadings(e));
            }
            return withReadings;
        });
    }

    public Optional<Entry> entry(long id) {
        return db.read(() -> {
            Optional<Entry> e = db.sql().first(select() + " WHERE e.entry_id = ?", this::entry, id);
            return e.isPresent() ? Optional.of(withReadings(e.get())) : e;
        });
    }

    /** The mail's text as it was read; empty for an unknown entry. */
    public Optional<String> mailText(long id) {
        return db.read(() -> db.sql().first("SELECT COALESCE(mail_text, '') FROM review_entry WHERE entry_id = ?", rs -> rs.getString(1), id));
    }

    /** The mail as it was read (cut when it was larger than the limit); empty for an unknown entry or one without it. */
    public Optional<byte[]> raw(long id) {
        return db.read(() -> db.sql().first("SELECT raw FROM review_entry WHERE entry_id = ? AND raw IS NOT NULL",
                rs -> rs.getBytes(1), id));
    }

    /**
     * Records the clerk's decision and appends the events it applies, in one transaction; a trusted
     * address is recorded with it (table address_trust, as the trust use case does).
     *
     * @return how many of the events were new
     * @throws InputException when the entry does not exist or was decided before (nothing is written then)
     */
    public int decide(long id, DecisionRecord d, List<Event> applied) {
        return db.write(() -> {
            Sql sql = db.sql();
            if (!sql.exists("SELECT 1 FROM review_entry WHERE entry_id = ?", id)) {
                throw new InputException(LedgerDatabase.message("review.unknownEntry", id));
            }
            if (sql.exists("SELECT 1 FROM review_decision WHERE entry_id = ?", id)) {
                throw new InputException(LedgerDatabase.message("review.alreadyDecided", id));
            }
            int added = events.appendWithin(applied);
            sql.update("INSERT INTO review_decision (entry_id, decision, decided_at, clerk, reason, statuses, dispatch_key,"
                            + " unit_code, trusted_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, d.decision(), d.at(), d.clerk(), d.reason(), statuses(d.statuses()), Sql.key(d.dispatchKey()), d.unitCode(),
                    d.trustedAddress());
            if (d.trustedAddress() != null && d.unitCode() != null) {
                AddressTrust.insert(sql, d.unitCode(), d.trustedAddress(), true, d.at(), "review",
                        LedgerDatabase.message("review.trustNote", id));
            }
            return added;
        }, db::databaseError);
    }

    private static String select() {
        return "SELECT " + ENTRY_COLUMNS + " FROM review_entry e LEFT JOIN review_decision d ON d.entry_id = e.entry_id";
    }

    private Entry entry(ResultSet rs) throws SQLException {
        DecisionRecord decision = rs.getString("decision") == null ? null
                : new DecisionRecord(Decision.valueOf(rs.getString("decision")), Sql.instant(rs.getString("decided_at")),
                rs.getString("clerk"), rs.getString(20), statuses(rs.getString("statuses")), nullableLong(rs, 22),
                rs.getString(23), rs.getString("trusted_address"));
        String reasons = rs.getString("reasons");
        return new Entry(rs.getLong(1), Kind.valueOf(rs.getString("kind")), nullableLong(rs, 3), rs.getString(4),
                rs.getInt("receipt") == 1, Sql.instant(rs.getString("occurred_at")), Sql.instant(rs.getString("recorded_at")),
                rs.getString("mail_source_id"), rs.getString("sender"), rs.getString("subject"),
                Sql.instant(rs.getString("mail_date")), rs.getString("position"),
                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")), rs.getString("evidence"),
                rs.getString("note"),
                Map.of(), rs.getInt("raw_truncated") == 1, decision);
    }

    private Entry withReadings(Entry e) throws SQLException {
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        db.sql().list("SELECT req_id, status, sentence, done_on, expected_by FROM review_reading WHERE entry_id = ? ORDER BY position",
                rs -> readings.put(rs.getString(1), new ItemReading(ComplianceStatus.valueOf(rs.getString(2)), false,
                        rs.getString(3), Sql.date(rs.getString(4)), Sql.date(rs.getString(5)))), e.id());
        return new Entry(e.id(), e.kind(), e.dispatchKey(), e.unitCode(), e.receipt(), e.at(), e.recordedAt(), e.mailSourceId(),
                e.sender(), e.subject(), e.mailDate(), e.position(), e.reasons(), e.evidence(), e.note(), readings,
                e.rawTruncated(), e.decision());
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String statuses(Map<String, ComplianceStatus> statuses) {
        if (statuses.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        statuses.forEach((id, s) -> parts.add(id + "=" + s.name()));
        return String.join(";", parts);
    }

    private static Map<String, ComplianceStatus> statuses(String stored) {
        Map<String, ComplianceStatus> out = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split(";")) {
                int eq = part.indexOf('=');
                out.put(part.substring(0, eq), ComplianceStatus.valueOf(part.substring(eq + 1)));
            }
        }
        return out;
    }
}
