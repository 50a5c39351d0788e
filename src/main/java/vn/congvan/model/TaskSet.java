package vn.congvan.model;

import java.util.List;

/**
 * What a dispatch asks of whom: the units it reaches, one assignment per unit and requirement, and
 * the recipients that matched no unit or group (reported to the clerk, never dropped).
 */
public record TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<String> unmatchedRecipients) {
    public TaskSet {
        units = List.copyOf(units);
        assignments = List.copyOf(assignments);
        unmatchedRecipients = List.copyOf(unmatchedRecipients);
    }
}
