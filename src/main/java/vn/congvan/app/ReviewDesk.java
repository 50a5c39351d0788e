package vn.congvan.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.InputLimits;
import vn.congvan.mail.IncomingMail;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseDates;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.ReviewQueue;
import vn.congvan.tracking.ReviewQueue.Decision;
import vn.congvan.tracking.ReviewQueue.DecisionRecord;
import vn.congvan.tracking.ReviewQueue.Entry;
import vn.congvan.tracking.ReviewQueue.Kind;

/**
 * The review queue ("Thư cần xem") from the app's side: what collecting puts in it, and the clerk's
 * decisions, which apply the readings as ledger events (source "review", source id "review:N") or
 * nothing. Events from a mail keep the mail's time: the clerk confirms what the unit said then.
 */
final class ReviewDesk {
    private static final Messages MSG = Messages.of(ReviewDesk.class);
    /** The source of the events a review decision applies. */
    static final String SOURCE = "review";

    private final Ledger ledger;
    private final Clock clock;

    ReviewDesk(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Puts a mail in the queue (once: the same mail collected again finds its entry).
     *
     * @param placed   the dispatch and unit it was placed on, both null when unplaced
     * @param at       when its facts would have happened, or null
     * @param evidence how the mail is named in evidence
     * @param note     what the unit wrote, shortened; may be null
     */
    ReviewQueue.Added queue(Kind kind, IncomingMail mail, String sourceId, Long dispatchKey, String unitCode, boolean receipt,
                            Instant at, List<String> reasons, String evidence, String note, Map<String, ItemReading> readings) {
        String text = mail.text() == null ? "" : mail.text();
        if (text.length() > InputLimits.TEXT_CHARS) {
            text = text.substring(0, InputLimits.TEXT_CHARS);
        }
        return ledger.review().add(new ReviewQueue.NewEntry(kind, dispatchKey, unitCode, receipt, at, sourceId,
                mail.fromAddress(), mail.subject(), mail.sentDate(), mail.position(), reasons, evidence, note,
                Untrusted.text(text), readings, mail.raw()), InputLimits.DEFAULT.maxFileBytes());
    }

    /** The events a reading of a mail records: its status, the day the work was done, the day expected. */
    static Event.Builder reading(long dispatchKey, String unitCode, String requirementId, ItemReading r, Instant at,
                                 String note) {
        EventType type = type(r.status());
        String withExpected = r.expectedBy() == null ? note
                : join(note, MSG.get("review.expectedBy", VietnameseDates.formatShort(r.expectedBy())));
        return Event.of(dispatchKey, type, at).unit(unitCode).requirement(requirementId).note(withExpected)
                .doneOn(r.doneOn()).expectedBy(r.expectedBy());
    }

    static EventType type(ComplianceStatus s) {
        return switch (s) {
            case DONE -> EventType.DONE;
            case IN_PROGRESS -> EventType.PROGRESS;
            case NOT_STARTED -> EventType.NOT_STARTED;
            case OVERDUE -> throw new InputException(MSG.get("review.overdueIsDerived"));
        };
    }

    // ---- decisions --------------------------------------------------------------------------------

    /** What a decision did: the entry as it now stands and how many events it added. */
    record Decided(Entry entry, int newEvents, String trustedAddress) {
    }

    Entry entry(long id) {
        return ledger.review().entry(id).orElseThrow(() -> new InputException(MSG.get("review.unknown", id)));
    }

    /**
     * Applies the proposed readings as they are (and the receipt, when the mail gives one); with
     * {@code trust}, a suggestion's sender is trusted for the unit from now on.
     */
    Decided accept(long id, boolean trust) {
        Entry e = open(id);
        if (e.kind() == Kind.UNPLACED || e.kind() == Kind.SUSPICIOUS) {
            throw e.kind() == Kind.UNPLACED
                    ? new ShellProblem(ShellProblem.Kind.REVIEW_UNPLACED, MSG.get("review.acceptUnplaced", id), id)
                    : new ShellProblem(ShellProblem.Kind.REVIEW_SUSPICIOUS, MSG.get("review.acceptSuspicious", id), id);
        }
        if (e.readings().isEmpty() && !e.receipt()) {
            throw new ShellProblem(ShellProblem.Kind.REVIEW_NOTHING_TO_ACCEPT, MSG.get("review.nothingToAccept", id), id);
        }
        String trusted = null;
        if (trust) {
            if (e.kind() != Kind.SUGGESTION || e.sender() == null) {
                throw new InputException(MSG.get("review.trustOnlySuggestion", id));
            }
            trusted = e.sender();
        }
        List<Event> events = events(e, e.dispatchKey(), e.unitCode(), e.readings(), MSG.get("review.note.accepted"));
        int added = ledger.review().decide(id, new DecisionRecord(Decision.ACCEPTED, clock.instant(), clerk(), null, Map.of(),
                null, e.unitCode(), trusted), events);
        return new Decided(entry(id), added, trusted);
    }

    /**
     * Applies the clerk's statuses instead of the proposed ones. An unplaced mail needs a dispatch and
     * unit; for a placed one they must be left out or be the same.
     *
     * @param statuses requirement id → status (at least one)
     */
    Decided edit(long id, Map<String, ComplianceStatus> statuses, TrackedDispatch dispatch, String unitCode) {
        Entry e = open(id);
        if (e.kind() == Kind.SCAN) {
            throw new InputException(MSG.get("review.editScan", id));
        }
        if (e.kind() == Kind.SUSPICIOUS) {
            throw new InputException(MSG.get("review.acceptSuspicious", id));
        }
        if (statuses.isEmpty()) {
            throw new InputException(MSG.get("review.noStatuses"));
        }
        long key;
        String unit;
        if (e.dispatchKey() == null) {
            if (dispatch == null || unitCode == null) {
                throw new ShellProblem(ShellProblem.Kind.REVIEW_PLACE_FIRST, MSG.get("review.placeFirst", id), id);
            }
            key = dispatch.key();
            unit = unitCode;
        } else {
            if ((dispatch != null && dispatch.key() != e.dispatchKey()) || (unitCode != null && !unitCode.equals(e.unitCode()))) {
                throw new InputException(MSG.get("review.alreadyPlaced", id));
            }
            key = e.dispatchKey();
            unit = e.unitCode();
        }
        List<Assignment> assignments = ledger.queries().assignments(key);
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        for (Map.Entry<String, ComplianceStatus> s : statuses.entrySet()) {
            if (assignments.stream().noneMatch(a -> a.unitCode().equals(unit) && a.requirementId().equals(s.getKey()))) {
                throw new InputException(MSG.get("review.unknownRequirement", s.getKey(), id));
            }
            type(s.getValue());
            ItemReading proposed = e.readings().get(s.getKey());
            // The sentence and the days the unit stated stay with the item; only the status is the clerk's.
            readings.put(s.getKey(), proposed == null ? new ItemReading(s.getValue(), true, "", null, null)
                    : new ItemReading(s.getValue(), true, proposed.sentence(), proposed.doneOn(), proposed.expectedBy()));
        }
        Entry placed = e.dispatchKey() != null ? e : new Entry(e.id(), e.kind(), key, unit, true, e.at(), e.recordedAt(),
                e.mailSourceId(), e.sender(), e.subject(), e.mailDate(), e.position(), e.reasons(), e.evidence(), e.note(),
                e.readings(), e.rawTruncated(), null);
        List<Event> events = events(placed, key, unit, readings, MSG.get("review.note.edited"));
        int added = ledger.review().decide(id, new DecisionRecord(Decision.EDITED, clock.instant(), clerk(), null, statuses,
                e.dispatchKey() == null ? key : null, e.dispatchKey() == null ? unit : e.unitCode(), null), events);
        return new Decided(entry(id), added, null);
    }

    /** Applies nothing; the entry is closed with the clerk's reason (may be null). */
    Decided reject(long id, String reason) {
        open(id);
        String clean = reason == null || reason.isBlank() ? null : Untrusted.line(reason);
        ledger.review().decide(id, new DecisionRecord(Decision.REJECTED, clock.instant(), clerk(), clean, Map.of(), null,
                null, null), List.of());
        return new Decided(entry(id), 0, null);
    }

    Entry open(long id) {
        Entry e = entry(id);
        if (!e.open()) {
            throw new InputException(MSG.get("review.decided", id));
        }
        return e;
    }

    /** The receipt (when the mail gives one) and one report per reading, at the mail's time. */
    private List<Event> events(Entry e, long key, String unit, Map<String, ItemReading> readings, String confirmed) {
        Instant at = e.at() != null ? e.at() : e.mailDate() != null ? e.mailDate() : clock.instant();
        String sourceId = SOURCE + ":" + e.id();
        String evidence = MSG.get("review.evidence", e.evidence() == null ? "" : e.evidence(), clerk());
        String note = join(confirmed, e.note());
        List<Event> events = new ArrayList<>();
        if (e.receipt()) {
            events.add(Event.of(key, EventType.ACKNOWLEDGED, at).unit(unit).source(SOURCE, sourceId).evidence(evidence)
                    .note(note).build());
        }
        readings.forEach((req, r) -> events.add(reading(key, unit, req, r, at, note).source(SOURCE, sourceId)
                .evidence(evidence).build()));
        return events;
    }

    /** Who decides: the name the operating system knows the clerk by. */
    static String clerk() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? MSG.get("review.unknownClerk") : Untrusted.line(name);
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        return b == null || b.isEmpty() ? a : a + "; " + b;
    }
}
