package vn.congvan.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.congvan.model.Assignment;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Delivery;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DueMoment;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;

/**
 * Derives statuses from a dispatch's assignments and events. What it derives for a day is not stored: the same
 * ledger projected on another day may show other deadlines passed ({@link StatusTables} stores what it derives
 * before any deadline, which no day changes, and leaves "overdue" to a query).
 *
 * <p>An event without a unit concerns every unit, one without a requirement every requirement of its
 * unit(s). Among the events that concern a (unit, requirement), the latest by time, then by order of
 * recording, wins — with one exception for reports: the clerk's entry recorded later always counts.
 * A report entered by the clerk (source "clerk") supersedes every report recorded before it, whatever
 * times those state: the clerk has seen them and decided. Reports recorded after it (a mail collected
 * later) compete with it, and among themselves, by time as before. A report's time is when the unit
 * said it (a reading confirmed from the review queue keeps its mail's time); the day it says the work
 * was done, when given, is carried beside it for judging lateness.
 *
 * <p>Delivery per unit: the latest SENT, SEND_FAILED or DELIVERY_FAILED decides.
 */
final class StatusProjection {
    /** The source of what a clerk entered by hand (see app's ClerkEntries). */
    private static final String CLERK = "clerk";
    private static final Set<EventType> REPORTS = EnumSet.of(EventType.NOT_STARTED, EventType.PROGRESS, EventType.DONE);
    /** A unit that reports work has obviously received the dispatch. */
    private static final Set<EventType> DELIVERY =
            EnumSet.of(EventType.SENT, EventType.SEND_FAILED, EventType.DELIVERY_FAILED);
    private static final Set<EventType> RECEIPTS = EnumSet.of(EventType.ACKNOWLEDGED, EventType.PROGRESS, EventType.DONE);

    private StatusProjection() {
    }

    /**
     * @param now         the moment on Vietnam's clock the statuses hold for
     * @param assignments in task-set order
     * @param events      in the order they were recorded
     */
    static DispatchStatus project(long dispatchKey, LocalDateTime now, List<Assignment> assignments, List<Event> events) {
        Map<String, List<Assignment>> byUnit = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byUnit.computeIfAbsent(a.unitCode(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Event>> eventsByUnit = eventsByUnit(byUnit.keySet(), events);
        List<UnitStatus> units = byUnit.values().stream()
                .map(rows -> unit(rows, eventsByUnit.get(rows.get(0).unitCode()), now)).toList();
        return new DispatchStatus(dispatchKey, now.toLocalDate(), units, now);
    }

    /**
     * The events that concern each unit (its own and those of no unit), still in the order recorded: every
     * rule below looks only at a unit's events, so each unit reads its own few instead of the whole dispatch's
     * (a dispatch to 200 units has thousands).
     */
    private static Map<String, List<Event>> eventsByUnit(Set<String> unitCodes, List<Event> events) {
        Map<String, List<Event>> out = new java.util.HashMap<>();
        for (String code : unitCodes) {
            out.put(code, new ArrayList<>());
        }
        for (Event e : events) {
            if (e.unitCode() == null) {
                out.values().forEach(list -> list.add(e));
            } else {
                List<Event> of = out.get(e.unitCode());
                if (of != null) {
                    of.add(e);
                }
            }
        }
        return out;
    }

    /** @param events those that concern the unit (its own and those of no unit), in the order recorded */
    private static UnitStatus unit(List<Assignment> rows, List<Event> events, LocalDateTime now) {
        Assignment first = rows.get(0);
        Instant acknowledgedAt = null;
        // One pass over the unit's events, each handed to the requirements it concerns, in the order recorded: the
        // status tables project every unit again at each commit of a collect, where a pass per requirement and two
        // more for the receipt and delivery took a third of the recording thread's Java samples.
        Event[] reports = new Event[rows.size()];
        Event[] deadlineChanges = new Event[rows.size()];
        for (Event e : events) {
            EventType type = e.type();
            if (RECEIPTS.contains(type) && (acknowledgedAt == null || e.at().isBefore(acknowledgedAt))) {
                acknowledgedAt = e.at();
            }
            boolean report = REPORTS.contains(type);
            if (!report && type != EventType.DEADLINE_CHANGED) {
                continue;
            }
            for (int i = 0; i < reports.length; i++) {
                if (!concernsRequirement(e, rows.get(i).requirementId())) {
                    continue;
                }
                if (report) {
                    reports[i] = CLERK.equals(e.source()) ? e : latest(reports[i], e);
                } else {
                    deadlineChanges[i] = latest(deadlineChanges[i], e);
                }
            }
        }
        List<RequirementState> requirements = new ArrayList<>(rows.size());
        for (int i = 0; i < reports.length; i++) {
            requirements.add(requirement(rows.get(i), reports[i], deadlineChanges[i], now));
        }
        return new UnitStatus(first.unitCode(), first.unitName(), first.unitEmail(), acknowledgedAt != null,
                acknowledgedAt, List.copyOf(requirements), delivery(first.unitCode(), events));
    }

    /**
     * The latest sending or failure to the unit decides (by time, then by order of recording): a unit
     * sent again after a failure counts as sent. A failure's reason is its note.
     */
    private static Delivery delivery(String unitCode, List<Event> events) {
        Event last = null;
        for (Event e : events) {
            if (DELIVERY.contains(e.type()) && unitCode.equals(e.unitCode())) {
                last = latest(last, e);
            }
        }
        if (last == null) {
            return Delivery.NONE;
        }
        return last.type() == EventType.SENT ? new Delivery(Delivery.State.SENT, null, last.at())
                : new Delivery(Delivery.State.FAILED, last.note(), last.at());
    }

    /**
     * @param report         the report that counts for the requirement, or null
     * @param deadlineChange the latest change of its deadline, or null
     */
    private static RequirementState requirement(Assignment a, Event report, Event deadlineChange, LocalDateTime now) {
        LocalDate deadline = deadlineChange != null ? deadlineChange.deadline() : a.deadline();
        ComplianceStatus status = report == null ? ComplianceStatus.NOT_STARTED : switch (report.type()) {
            case PROGRESS -> ComplianceStatus.IN_PROGRESS;
            case DONE -> ComplianceStatus.DONE;
            default -> ComplianceStatus.NOT_STARTED;
        };
        // A changed deadline is a day: the time of day stated in the dispatch no longer applies.
        java.time.LocalTime time = deadlineChange != null ? null : a.deadlineTime();
        // A day the unit expects to finish by is shown beside the status; it never hides that the deadline passed.
        if (status != ComplianceStatus.DONE && DueMoment.passed(deadline, time, now)) {
            status = ComplianceStatus.OVERDUE;
        }
        return report == null
                ? new RequirementState(a.requirementId(), status, deadline, null, null, null, null, null, time, a.role())
                : new RequirementState(a.requirementId(), status, deadline, report.at(), report.note(), report.evidence(),
                        report.doneOn(), report.expectedBy(), time, a.role());
    }

    /** Of the one chosen so far and one recorded after it: the later by time; on equal times the one recorded later. */
    private static Event latest(Event sofar, Event next) {
        return sofar == null || !next.at().isBefore(sofar.at()) ? next : sofar;
    }

    private static boolean concernsRequirement(Event e, String requirementId) {
        return e.requirementId() == null || Objects.equals(e.requirementId(), requirementId);
    }
}
