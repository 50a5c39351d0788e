package vn.congvan.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A numbered requirement of a dispatch ("1.", "2." …) or one of its sub-items ("a)", "b)" …).
 *
 * @param id        "1", "2" … for a requirement; "a", "b" … for a sub-item
 * @param text      the text without its label
 * @param deadlines deadlines found in this text, in order of appearance (not those of sub-items)
 * @param items     sub-items; empty for a sub-item
 * @param lead      the units that lead the work (chủ trì) as a plan's task table names them; empty when the
 *                  document does not say (every recipient then does the same)
 * @param support   the units that support it (phối hợp), as written; empty when none are named
 * @param dueTime   the time of day of the deadline ("trước 16 giờ 30 ngày 12/3/2021"), or null
 * @param recurrence how the requirement recurs ("trước ngày 20 hằng tháng"), or null when it is due once
 */
public record Requirement(String id, String text, List<LocalDate> deadlines, List<Requirement> items,
                          List<String> lead, List<String> support, LocalTime dueTime, Recurrence recurrence) {
    public Requirement {
        deadlines = List.copyOf(deadlines);
        items = List.copyOf(items);
        // Analyses stored before roles existed have none.
        lead = lead == null ? List.of() : List.copyOf(lead);
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** A requirement of an ordinary dispatch: no roles, due once, at no stated time. */
    public Requirement(String id, String text, List<LocalDate> deadlines, List<Requirement> items) {
        this(id, text, deadlines, items, List.of(), List.of(), null, null);
    }

    /** The time of day on {@link #dueDate()}, when the text (or the sub-item) that sets that date states one. */
    public Optional<LocalTime> dueTimeOfDay() {
        Optional<LocalDate> due = dueDate();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(this), items.stream())
                .filter(r -> r.dueTime() != null && r.deadlines().stream().max(Comparator.naturalOrder()).equals(due))
                .map(Requirement::dueTime).findFirst();
    }

    /** The date by which the whole requirement is due: the latest deadline in it or its sub-items. */
    public Optional<LocalDate> dueDate() {
        return Stream.concat(deadlines.stream(), items.stream().flatMap(i -> i.deadlines().stream()))
                .max(Comparator.naturalOrder());
    }
}
