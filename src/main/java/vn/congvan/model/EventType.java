package vn.congvan.model;

/** What happened, as the ledger records it. Statuses are derived from these, never stored. */
public enum EventType {
    /** The dispatch and its task set entered the ledger. */
    IMPORTED,
    /** The dispatch was sent to a unit (mail or outbox). */
    SENT,
    /** Sending to a unit failed; the reason is in the note. */
    SEND_FAILED,
    /** The unit's mail server reported that the dispatch could not be delivered (a DSN); the reason is in the evidence. */
    DELIVERY_FAILED,
    /** The unit confirmed receipt. */
    ACKNOWLEDGED,
    /** The unit reported that work on a requirement has not started. */
    NOT_STARTED,
    /** The unit reported work in progress on a requirement. */
    PROGRESS,
    /** The unit reported a requirement done. */
    DONE,
    /** A reminder (đôn đốc) went to the unit. */
    REMINDED,
    /** A requirement's deadline for the unit changed. */
    DEADLINE_CHANGED,
    /** The next period of a recurring requirement was assigned (to the units of its first period) as time passed. */
    PERIOD_ADDED,
    /** The clerk trusts an address for a unit (kept in its own table, not per dispatch; see AddressTrust). */
    ADDRESS_TRUSTED,
    /** The clerk withdrew the trust in an address for a unit. */
    ADDRESS_UNTRUSTED
}
