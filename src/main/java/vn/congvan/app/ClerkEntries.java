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
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;
import vn.congvan.tracking.Ledger;

/** Use cases "ack" and "mark": what a clerk records by hand, each as a new ledger event. */
public final class ClerkEntries {
    private static final Messages MSG = Messages.of(ClerkEntries.class);
    private final Ledger ledger;
    private final UnitDirectory directory;
    private final Clock clock;

    public ClerkEntries(Ledger ledger, UnitDirectory directory, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /** Records that {@code unit} (code, name or alias) confirmed receipt of the dispatch. */
    public String acknowledge(String dispatchId, String unit, String note) {
        String code = assignedUnit(dispatchId, unit);
        append(dispatchId, code, null, EventType.ACKNOWLEDGED, note);
        return code;
    }

    /** Records a unit's progress on a requirement; OVERDUE is derived, never entered. */
    public String mark(String dispatchId, String unit, String requirementId, ComplianceStatus status, String note) {
        String code = assignedUnit(dispatchId, unit);
        EventType type = switch (status) {
            case NOT_STARTED -> EventType.NOT_STARTED;
            case IN_PROGRESS -> EventType.PROGRESS;
            case DONE -> EventType.DONE;
            case OVERDUE -> throw new InputException(MSG.get("mark.overdueIsDerived"));
        };
        String req = requirementId.strip();
        boolean known = ledger.assignments(dispatchId).stream()
                .anyMatch(a -> a.unitCode().equals(code) && a.requirementId().equals(req));
        if (!known) {
            throw new InputException(MSG.get("mark.unknownRequirement", req, dispatchId));
        }
        append(dispatchId, code, req, type, note);
        return code;
    }

    private void append(String dispatchId, String unitCode, String req, EventType type, String note) {
        // Each entry by a clerk is its own fact: a fresh source id, so repeating it is recorded again.
        String sourceId = "clerk:" + UUID.randomUUID();
        String cleanNote = note == null ? null : VietnameseText.oneLine(note);
        ledger.append(new Event(dispatchId, unitCode, req, type, clock.instant(), "clerk", sourceId, null, cleanNote, null));
    }

    private String assignedUnit(String dispatchId, String unit) {
        return assignedUnit(ledger, directory, dispatchId, unit);
    }

    /** The code of the assigned unit that {@code unit} names, by code, name or alias. */
    static String assignedUnit(Ledger ledger, UnitDirectory directory, String dispatchId, String unit) {
        if (ledger.dispatch(dispatchId).isEmpty()) {
            throw new InputException(MSG.get("dispatch.unknown", dispatchId));
        }
        List<Assignment> assignments = ledger.assignments(dispatchId);
        String wanted = unit.strip();
        for (Assignment a : assignments) {
            if (a.unitCode().equalsIgnoreCase(wanted)) {
                return a.unitCode();
            }
        }
        String code = directory.find(wanted).map(Unit::code)
                .orElseThrow(() -> new InputException(MSG.get("unit.unknown", wanted)));
        if (assignments.stream().noneMatch(a -> a.unitCode().equals(code))) {
            throw new InputException(MSG.get("unit.notAssigned", wanted, dispatchId));
        }
        return code;
    }
}
