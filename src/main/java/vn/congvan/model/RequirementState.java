package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one unit stands on one requirement, as projected from the ledger on a given day.
 *
 * @param requirementId the requirement ("1", "2" …)
 * @param status        derived status; OVERDUE when not done and the deadline has passed
 * @param deadline      the effective deadline (after any change), or null when there is none
 * @param lastChange    when the latest progress report happened, or null when the unit never reported
 * @param lastNote      the note of that report, or null
 * @param lastEvidence  the evidence of that report, or null
 */
public record RequirementState(String requirementId, ComplianceStatus status, LocalDate deadline,
                               Instant lastChange, String lastNote, String lastEvidence) {
}
