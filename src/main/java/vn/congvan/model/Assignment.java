package vn.congvan.model;

import java.time.LocalDate;

/** One unit's duty to carry out one requirement of a dispatch; deadline may be null when none is known. */
public record Assignment(String dispatchId, String unitCode, String requirementId, LocalDate deadline) {
}
