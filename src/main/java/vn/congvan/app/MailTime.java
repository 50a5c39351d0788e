package vn.congvan.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import vn.congvan.text.Messages;

/**
 * When the fact a mail reports happened, as far as the time it states deserves trust. Anyone can
 * write any Date header: a reply dated 9999 would fix a status for good, one dated 1900 would sink
 * below every later report. So the stated time is kept only inside the plausible window: not before
 * the dispatch reached the unit (see {@link #of}) and not after the moment of collecting plus
 * {@link #CLOCK_SKEW}. Outside it, the time the mailbox received the mail is used (when that lies in
 * the window itself), else the moment of collecting, and the decision says why in Vietnamese, for
 * the event's evidence and the clerk.
 */
final class MailTime {
    private static final Messages MSG = Messages.of(MailTime.class);
    /** How far a sender's or a mail server's clock may run ahead of ours and still be believed. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /**
     * Times are shown in Vietnam's offset today: the zone's history would show a mail dated 1900 at
     * 08:00 +07:00 as 08:06 (local mean time then), which is not what the mail says.
     */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneOffset.ofHours(7));

    /**
     * @param at       the time to record
     * @param distrust why the stated time was not used (Vietnamese), or null when it was (or none was stated)
     */
    record Decision(Instant at, String distrust) {
    }

    private MailTime() {
    }

    /**
     * @param stated    the mail's Date header, or null
     * @param received  when the mailbox received it, or null
     * @param earliest  the earliest plausible moment: when the dispatch was sent to the unit, else its
     *                  issue day, else its import
     * @param collected the moment of collecting (the service's clock)
     */
    static Decision of(Instant stated, Instant received, Instant earliest, Instant collected) {
        if (stated != null && plausible(stated, earliest, collected)) {
            return new Decision(stated, null);
        }
        boolean useReceived = received != null && plausible(received, earliest, collected);
        Instant at = useReceived ? received : collected;
        if (stated == null) {
            return new Decision(at, null);
        }
        return new Decision(at, MSG.get(useReceived ? "collect.time.usedReceived" : "collect.time.usedCollected", shown(stated), shown(at)));
    }

    private static boolean plausible(Instant t, Instant earliest, Instant collected) {
        return !t.isBefore(earliest) && !t.isAfter(collected.plus(CLOCK_SKEW));
    }

    private static String shown(Instant t) {
        return SHOWN.format(t);
    }
}
