package vn.congvan.tracking;

import java.time.Instant;

/**
 * A dispatch mail sent to one unit, as the ledger's SENT event keeps it: what a collection needs to know of it
 * (the Message-ID a reply answers, and when the unit first had the dispatch), without the rest of the event.
 */
public record SentToUnit(long dispatchKey, String unitCode, String messageId, Instant at) {
}
