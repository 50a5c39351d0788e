package vn.congvan.tracking;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.congvan.model.Event;

/**
 * The mails that recorded events came from, as they were read (table mail_original, see V7), so that a
 * history line opens its mail. Kept once per source id, in the same transaction as the mail's events:
 * the events and their mail enter the ledger together or not at all. Never updated.
 */
public final class MailOriginals {
    /**
     * A kept mail: its bytes, whether they were cut at the limit, and a short key safe in a file name
     * (from the source id, which may hold any character a Message-ID does).
     */
    public record Original(byte[] raw, boolean truncated, String fileKey) {
    }

    private final LedgerDatabase db;
    private final EventLog events;

    MailOriginals(LedgerDatabase db, EventLog events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Appends a mail's events (as {@link EventLog#appendAll}) and keeps the mail under {@code sourceId}
     * unless it is kept already; a mail recorded by an older version gets its original on a repeat.
     *
     * @param raw         the mail as read; null keeps nothing
     * @param maxRawBytes how much of it to keep
     * @return how many of the events were new
     */
    public int appendWithMail(List<Event> mailEvents, String sourceId, byte[] raw, long maxRawBytes) {
        Objects.requireNonNull(sourceId, "sourceId");
        return db.write(() -> {
            int added = events.appendWithin(mailEvents);
            if (raw != null) {
                boolean truncated = raw.length > maxRawBytes;
                db.sql().update("INSERT INTO mail_original (source_id, recorded_at, raw, raw_truncated) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING", sourceId, db.clock().instant(),
                        truncated ? Arrays.copyOf(raw, (int) maxRawBytes) : raw, truncated ? 1 : 0);
            }
            return added;
        }, db::databaseError);
    }

    /** The mail kept under the source id; empty when none was (events recorded by an older version). */
    public Optional<Original> original(String sourceId) {
        return db.read(() -> db.sql().first("SELECT raw, raw_truncated FROM mail_original WHERE source_id = ?",
                rs -> new Original(rs.getBytes(1), rs.getInt(2) == 1, LedgerDatabase.sha256(sourceId).substring(0, 16)), sourceId));
    }
}
