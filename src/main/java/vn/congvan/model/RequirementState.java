package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Where one unit stands on one requirement, as projected from the ledger on a given day.
 *
 * @param requirementId the requirement ("1", "2" …)
 * @param status        derived status; OVERDUE when not done and the deadline has passed
 * @param deadline      the effective deadline (after any change), or null when there is none
 * @param lastChange    when the latest progress report happened, or null when the unit never reported
 * @param lastNote      the note of that report, or null
 * @param lastEvidence  the evidence of that report, or null
 * @param doneOn        the day the unit says the work was done, when its latest report states one; else null
 * @param expectedBy    the day the unit expects to finish, when its latest report says so; else null
 * @param deadlineTime  the time of day on {@code deadline} it is due by, or null
 * @param role          the unit's role on this requirement (lead or support), or null when none is stated
 */
public record RequirementState(String requirementId, ComplianceStatus status, LocalDate deadline,
                               Instant lastChange, String lastNote, String lastEvidence, LocalDate doneOn,
                               LocalDate expectedBy, LocalTime deadlineTime, UnitRole role) {
    private static final ZoneId VIETNAM = DueMoment.VIETNAM;

    /** A state of a requirement with no stated role or time of day. */
    public RequirementState(String requirementId, ComplianceStatus status, LocalDate deadline, Instant lastChange,
                            String lastNote, String lastEvidence, LocalDate doneOn, LocalDate expectedBy) {
        this(requirementId, status, deadline, lastChange, lastNote, lastEvidence, doneOn, expectedBy, null, null);
    }

    /** A state without a stated done-on or expected day. */
    public RequirementState(String requirementId, ComplianceStatus status, LocalDate deadline, Instant lastChange,
                            String lastNote, String lastEvidence) {
        this(requirementId, status, deadline, lastChange, lastNote, lastEvidence, null, null);
    }

    /** For DONE: the day the work was done as the unit states it, else the day of the report in Vietnam; else null. */
    public LocalDate doneDay() {
        if (status != ComplianceStatus.DONE) {
            return null;
        }
        return doneOn != null ? doneOn : lastChange == null ? null : lastChange.atZone(VIETNAM).toLocalDate();
    }

    /**
     * Done, but after its deadline: judged by the day the work was done when the unit states it, else by the
     * moment it reported, against the deadline's time of day ({@link DueMoment}).
     */
    public boolean doneLate() {
        LocalDate day = doneDay();
        if (day == null || deadline == null) {
            return false;
        }
        return doneOn != null ? day.isAfter(deadline) : DueMoment.passed(deadline, deadlineTime, DueMoment.inVietnam(lastChange));
    }
}
