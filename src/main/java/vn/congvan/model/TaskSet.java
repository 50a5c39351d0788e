package vn.congvan.model;

import java.util.List;

/**
 * What a dispatch asks of whom: the units it reaches, one assignment per unit and requirement, how
 * each recipient entry was resolved, and the entries that matched no unit or group (reported to the
 * clerk, never dropped).
 *
 * @param informationRecipients entries of Kính gửi and Nơi nhận that receive a copy for information
 *                              ("CT, PCT UBND tp", "Thường trực Thành ủy (b/c)"): never assigned, never unmatched
 * @param ambiguousRecipients   entries that name more than one unit of the directory ("TT …" read as thị trấn,
 *                              Thường trực or Trung tâm), for the clerk to decide; not assigned
 * @param series                the recurring requirements whose periods are in {@code dispatch}, to be extended later
 */
public record TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<Recipient> recipients,
                      List<String> unmatchedRecipients, List<String> informationRecipients,
                      List<String> ambiguousRecipients, List<RequirementSeries> series) {
    public TaskSet {
        series = List.copyOf(series);
        units = List.copyOf(units);
        assignments = List.copyOf(assignments);
        recipients = List.copyOf(recipients);
        unmatchedRecipients = List.copyOf(unmatchedRecipients);
        informationRecipients = List.copyOf(informationRecipients);
        ambiguousRecipients = List.copyOf(ambiguousRecipients);
    }

    public TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<Recipient> recipients,
                   List<String> unmatchedRecipients) {
        this(dispatch, units, assignments, recipients, unmatchedRecipients, List.of(), List.of());
    }

    /** A task set without recurring requirements. */
    public TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<Recipient> recipients,
                   List<String> unmatchedRecipients, List<String> informationRecipients, List<String> ambiguousRecipients) {
        this(dispatch, units, assignments, recipients, unmatchedRecipients, informationRecipients, ambiguousRecipients, List.of());
    }

    /** The copies for information, then the ambiguous entries, then the unmatched ones, as the ledger keeps them. */
    public List<CopyRecipient> copyRecipients() {
        List<CopyRecipient> copies = new java.util.ArrayList<>();
        informationRecipients.forEach(e -> copies.add(new CopyRecipient(e, CopyRecipient.Kind.INFORMATION)));
        ambiguousRecipients.forEach(e -> copies.add(new CopyRecipient(e, CopyRecipient.Kind.AMBIGUOUS)));
        unmatchedRecipients.forEach(e -> copies.add(new CopyRecipient(e, CopyRecipient.Kind.UNMATCHED)));
        return List.copyOf(copies);
    }

    /** A task set without the resolution of its recipient entries (made by hand, in tests). */
    public TaskSet(Dispatch dispatch, List<Unit> units, List<Assignment> assignments, List<String> unmatchedRecipients) {
        this(dispatch, units, assignments, List.of(), unmatchedRecipients);
    }
}
