package vn.congvan.model;

import java.time.Instant;

/**
 * Whether the dispatch reached a unit's mailbox, as far as the ledger knows: the latest of its sendings
 * and failures decides, so a unit sent again after a failure counts as sent.
 *
 * @param state  where it stands
 * @param reason for {@link State#FAILED}: the server's or the sender's reason; else null
 * @param at     when it was sent or failed; null for {@link State#NOT_SENT}
 */
public record Delivery(State state, String reason, Instant at) {
    public enum State {
        /** Nothing was sent to the unit yet. */
        NOT_SENT,
        /** Sent (or put in the outbox), and no failure reported since. */
        SENT,
        /** Sending failed, or the unit's server returned it (a bounce). */
        FAILED
    }

    public static final Delivery NONE = new Delivery(State.NOT_SENT, null, null);

    public boolean failed() {
        return state == State.FAILED;
    }
}
