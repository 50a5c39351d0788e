package vn.congvan.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One unit's duty to carry out one requirement of a dispatch, with the unit as it was when the task
 * set was made: an old dispatch keeps the name and address it was sent to, whatever the directory
 * says today.
 *
 * @param unitCode      the unit's code
 * @param unitName      its full name then
 * @param unitEmail     its official address then; may be null
 * @param requirementId the requirement ("1", "2" …)
 * @param deadline      may be null when none is known
 * @param deadlineTime  the time of day on {@code deadline} it is due by, or null (the end of that day)
 * @param role          lead or support on a plan's task table; null when the dispatch states no role
 */
public record Assignment(String unitCode, String unitName, String unitEmail, String requirementId, LocalDate deadline,
                         LocalTime deadlineTime, UnitRole role) {

    /** An assignment of an ordinary dispatch: due by the end of its day, no role. */
    public Assignment(String unitCode, String unitName, String unitEmail, String requirementId, LocalDate deadline) {
        this(unitCode, unitName, unitEmail, requirementId, deadline, null, null);
    }
}
