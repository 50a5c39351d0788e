package vn.congvan.mail;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an incoming mail means for the ledger. ReadReceipt, Reply (its certain readings) and Bounce are
 * recorded; a Reply's doubtful readings, a Suggestion, Unmatched and Suspicious go to the clerk's review queue.
 */
public sealed interface Classification {

    /**
     * An RFC 8098 read receipt ("displayed") for a mail we sent.
     *
     * @param at the date of the receipt, else when the mailbox received it; null when the mail carries neither
     */
    record ReadReceipt(long dispatchKey, String unitCode, Instant at) implements Classification {
    }

    /**
     * A unit's answer to a dispatch, from one of the unit's own addresses: it acknowledges receipt, and may
     * state per-item statuses. Certain readings are recorded; the others go to the clerk's review queue.
     *
     * @param at       the date of the reply, else when the mailbox received it; null when unknown
     * @param readings requirement id → what the mail says of it; empty when the unit named none
     * @param evidence what the unit wrote (without the quoted text), shortened, and its attachments' names
     */
    record Reply(long dispatchKey, String unitCode, Instant at, Map<String, ItemReading> readings, String evidence)
            implements Classification {
        public Reply {
            readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        }

        /** The statuses certain enough to record, in order. */
        public Map<String, ComplianceStatus> certainStatuses() {
            Map<String, ComplianceStatus> certain = new LinkedHashMap<>();
            readings.forEach((id, r) -> {
                if (r.certain()) {
                    certain.put(id, r.status());
                }
            });
            return certain;
        }

        /** Readings the clerk must confirm. */
        public Map<String, ItemReading> doubtful() {
            Map<String, ItemReading> doubtful = new LinkedHashMap<>();
            readings.forEach((id, r) -> {
                if (!r.certain()) {
                    doubtful.put(id, r);
                }
            });
            return doubtful;
        }
    }

    /**
     * A mail placed on a unit's task for a dispatch, but not from the unit itself (a colleague forwarded
     * the unit's reply; an address outside the directory): nothing is recorded, the whole reading goes to
     * the clerk as a suggestion, with the reason.
     *
     * @param receipt  whether the mail, if the clerk accepts it, acknowledges receipt
     * @param readings what it says of each item (all to be confirmed)
     * @param reason   why it is only a suggestion, Vietnamese
     */
    record Suggestion(long dispatchKey, String unitCode, Instant at, boolean receipt, Map<String, ItemReading> readings,
                      String evidence, String reason) implements Classification {
        public Suggestion {
            readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        }
    }

    /**
     * A delivery failure report (DSN) for a mail we sent to a unit: recorded, so the unit does not simply
     * look silent and the reminder tells the clerk to phone it.
     *
     * @param diagnostic the server's reason, on one line ("" when it gave none)
     */
    record Bounce(long dispatchKey, String unitCode, Instant at, String diagnostic) implements Classification {
    }

    /** Not about any dispatch we track, or not clear enough to apply; the reason is Vietnamese. */
    record Unmatched(String reason) implements Classification {
    }

    /** Looks like phishing; listed for the clerk, never applied. */
    record Suspicious(List<String> reasons) implements Classification {
        public Suspicious {
            reasons = List.copyOf(reasons);
        }
    }
}
