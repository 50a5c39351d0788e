package vn.congvan.model;

import java.util.List;

/**
 * What a dispatch asks of whom: the units it reaches, one assignment per unit and requirement, how
 * each recipient entry was resolved, and the entries that matched no unit or group (reported to the
 * clerk, never dropped).
 */
public record TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<Recipient> recipients,
                      List<String> unmatchedRecipients) {
    public TaskSet {
        units = List.copyOf(units);
        assignments = List.copyOf(assignments);
        recipients = List.copyOf(recipients);
        unmatchedRecipients = List.copyOf(unmatchedRecipients);
    }

    /** A task set without the resolution of its recipient entries (made by hand, in tests). */
    public TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<String> unmatchedRecipients) {
        this(dispatch, units, assignments, List.of(), unmatchedRecipients);
    }
}
