package vn.congvan.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Dispatch;
import vn.congvan.model.ItemReading;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.tracking.ReviewQueue;

/** The review queue ("Thư cần xem") as the shells see it: entries, one shown with its mail, decisions. */
public final class Review {
    private Review() {
    }

    /** Why a mail waits for the clerk. */
    public enum Kind {
        /** A unit's own reply whose readings are not certain ("Đã hoàn thành." naming no item). */
        READING,
        /** Placed on a unit's task, but not from the unit itself (a forward, an outside address). */
        SUGGESTION,
        /** Not placed on any dispatch and unit. */
        UNPLACED,
        /** Looks like phishing. */
        SUSPICIOUS,
        /** A scan or photo of a dispatch read by OCR: its fields wait for the clerk before a task set is made. */
        SCAN
    }

    /** What the clerk decided. */
    public enum Decision {
        ACCEPTED, EDITED, REJECTED
    }

    /**
     * One entry.
     *
     * @param number     how the clerk names it ({@code review accept N})
     * @param dispatch   the dispatch it was placed on, or null
     * @param unitCode   the unit it was placed on, or null
     * @param unitName   that unit's name as assigned, or null
     * @param receipt    whether accepting it acknowledges receipt
     * @param reasons    why it waits, Vietnamese
     * @param note       what the unit wrote, shortened; may be null
     * @param readings   requirement → what the mail proposes
     * @param decision   null while open
     * @param decidedBy  who decided (the clerk's user name), or null
     * @param reason     the clerk's reason for a rejection, or null
     * @param statuses   for EDITED: what the clerk chose
     * @param scan       for a scan: the dispatch as OCR read it (number/symbol, date, issuer, recipients,
     *                   requirements); else null
     */
    public record Item(long number, Kind kind, TrackedDispatch dispatch, String unitCode, String unitName, boolean receipt,
                       Instant at, String sender, String subject, Instant mailDate, String position, List<String> reasons,
                       String note, Map<String, ItemReading> readings, boolean rawTruncated, Decision decision,
                       Instant decidedAt, String decidedBy, String reason, Map<String, ComplianceStatus> statuses,
                       Dispatch scan) {
        public Item {
            reasons = List.copyOf(reasons);
            readings = new LinkedHashMap<>(readings);
            statuses = new LinkedHashMap<>(statuses);
        }

        public boolean open() {
            return decision == null;
        }
    }

    /** One entry with the mail: its text as read and its bytes as received (cut at the size limit). */
    public record Shown(Item item, String mailText, byte[] raw) {
    }

    /**
     * @param newEvents      how many ledger events the decision added
     * @param trustedAddress the address trusted for the unit with it, or null
     */
    public record Decided(Item item, int newEvents, String trustedAddress) {
    }

    static Item item(ReviewQueue.Entry e, TrackedDispatch dispatch, String unitCode, String unitName, Dispatch scan) {
        ReviewQueue.DecisionRecord d = e.decision();
        return new Item(e.id(), Kind.valueOf(e.kind().name()), dispatch, unitCode, unitName, e.receipt(), e.at(),
                e.sender(), e.subject(), e.mailDate(), e.position(), e.reasons(), e.note(), e.readings(), e.rawTruncated(),
                d == null ? null : Decision.valueOf(d.decision().name()), d == null ? null : d.at(),
                d == null ? null : d.clerk(), d == null ? null : d.reason(), d == null ? Map.of() : d.statuses(), scan);
    }
}
