package vn.congvan.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;
import vn.congvan.tracking.Ledger;

/** Use cases "ack" and "mark": what a clerk records by hand, each as a new ledger event. */
final class ClerkEntries {
    private static final Messages MSG = Messages.of(ClerkEntries.class);
    private final Ledger ledger;
    private final UnitDirectory directory;
    private final Clock clock;

    ClerkEntries(Ledger ledger, UnitDirectory directory, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /** Records that {@code unit} (code, name or alias) confirmed receipt of the dispatch; returns the unit's code. */
    String acknowledge(TrackedDispatch dispatch, String unit, String note) {
        String code = assignedUnit(dispatch, unit);
        append(Event.of(dispatch.key(), EventType.ACKNOWLEDGED, clock.instant()).unit(code), note);
        return code;
    }

    /** Records a unit's progress on a requirement; OVERDUE is derived, never entered. Returns the unit's code. */
    String mark(TrackedDispatch dispatch, String unit, String requirementId, ComplianceStatus status, String note) {
        String code = assignedUnit(dispatch, unit);
        EventType type = switch (status) {
            case NOT_STARTED -> EventType.NOT_STARTED;
            case IN_PROGRESS -> EventType.PROGRESS;
            case DONE -> EventType.DONE;
            case OVERDUE -> throw new InputException(MSG.get("mark.overdueIsDerived"));
        };
        String req = requirementId.strip();
        boolean known = ledger.queries().assignments(dispatch.key()).stream()
                .anyMatch(a -> a.unitCode().equals(code) && a.requirementId().equals(req));
        if (!known) {
            throw new InputException(MSG.get("mark.unknownRequirement", req, dispatch.numberSymbol()));
        }
        append(Event.of(dispatch.key(), type, clock.instant()).unit(code).requirement(req), note);
        return code;
    }

    private void append(Event.Builder event, String note) {
        // Each entry by a clerk is its own fact: a fresh source id, so repeating it is recorded again.
        String cleanNote = note == null ? null : VietnameseText.oneLine(note);
        ledger.events().append(event.source("clerk", "clerk:" + UUID.randomUUID()).note(cleanNote).build());
    }

    private String assignedUnit(TrackedDispatch dispatch, String unit) {
        return assignedUnit(ledger, directory, dispatch, unit);
    }

    /**
     * The code of the assigned unit that {@code unit} names: by code, or by the name it was assigned
     * under, or by a name or alias the directory knows.
     */
    static String assignedUnit(Ledger ledger, UnitDirectory directory, TrackedDispatch dispatch, String unit) {
        List<Assignment> assignments = ledger.queries().assignments(dispatch.key());
        String wanted = unit.strip();
        String folded = VietnameseText.fold(wanted);
        for (Assignment a : assignments) {
            if (a.unitCode().equalsIgnoreCase(wanted) || VietnameseText.fold(a.unitName()).equals(folded)) {
                return a.unitCode();
            }
        }
        String code = directory.find(wanted).map(Unit::code)
                .orElseThrow(() -> new InputException(MSG.get("unit.unknown", wanted)));
        if (assignments.stream().noneMatch(a -> a.unitCode().equals(code))) {
            throw new InputException(MSG.get("unit.notAssigned", wanted, dispatch.numberSymbol()));
        }
        return code;
    }
}
