package vn.congvan.model;

import java.time.LocalDate;

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
 */
public record Assignment(String unitCode, String unitName, String unitEmail, String requirementId, LocalDate deadline) {
}
