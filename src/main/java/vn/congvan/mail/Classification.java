package vn.congvan.mail;

import vn.congvan.model.ComplianceStatus;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an incoming mail means for the ledger. Only ReadReceipt and Reply may change anything. */
public sealed interface Classification {

    /**
     * An RFC 8098 read receipt ("displayed") for a mail we sent.
     *
     * @param at the date of the receipt, else when the mailbox received it; null when the mail carries neither
     */
    record ReadReceipt(long dispatchKey, String unitCode, Instant at) implements Classification {
    }

    /**
     * A unit's answer to a dispatch: it acknowledges receipt, and may state per-item statuses.
     *
     * @param at       the date of the reply, else when the mailbox received it; null when unknown
     * @param statuses requirement id → stated status; empty when the unit named none clearly
     * @param evidence what the unit wrote (without the quoted text), shortened, and its attachments' names
     */
    record Reply(long dispatchKey, String unitCode, Instant at, Map<String, ComplianceStatus> statuses, String evidence)
            implements Classification {
        public Reply {
            statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        }
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
