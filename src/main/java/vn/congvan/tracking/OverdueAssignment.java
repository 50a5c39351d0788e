package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An assignment not done whose deadline has passed, read from the status tables.
 *
 * @param unitPosition the position of the unit's first assignment in the task set, {@code position} this one's:
 *                     sorting by both gives the order status shows (units in order, each unit's requirements in order)
 * @param deadlineTime the time of day on {@code deadline}, or null
 */
public record OverdueAssignment(long dispatchKey, String unitCode, String unitName, String requirementId, LocalDate deadline,
                                LocalTime deadlineTime, int unitPosition, int position) {
}
