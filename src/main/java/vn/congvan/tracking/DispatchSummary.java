package vn.congvan.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.congvan.model.ComplianceStatus;

/**
 * Where a dispatch stands as a whole at a moment, read from the status tables: what the list of dispatches shows,
 * equal to what its full {@link vn.congvan.model.DispatchStatus} would give.
 *
 * @param counts          how many (unit × requirement) assignments stand in each status; every status is a key
 * @param nearestDeadline the earliest deadline among assignments not done; null when none
 * @param units           how many units it is assigned to
 * @param acknowledged    how many of them acknowledged it
 * @param unitsDone       how many have done every requirement
 * @param unitsSent       how many it was sent to by mail (at least once, whatever happened after)
 * @param unitNames       the units' names in task-set order
 */
public record DispatchSummary(long dispatchKey, Map<ComplianceStatus, Integer> counts, LocalDate nearestDeadline, int units,
                              int acknowledged, int unitsDone, int unitsSent, List<String> unitNames) {
    public DispatchSummary {
        counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
        unitNames = List.copyOf(unitNames);
    }
}
