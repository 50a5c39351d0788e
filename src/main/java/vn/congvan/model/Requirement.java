package vn.congvan.model;

import java.time.LocalDate;
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
 */
public record Requirement(String id, String text, List<LocalDate> deadlines, List<Requirement> items) {
    public Requirement {
        deadlines = List.copyOf(deadlines);
        items = List.copyOf(items);
    }

    /** The date by which the whole requirement is due: the latest deadline in it or its sub-items. */
    public Optional<LocalDate> dueDate() {
        return Stream.concat(deadlines.stream(), items.stream().flatMap(i -> i.deadlines().stream()))
                .max(Comparator.naturalOrder());
    }
}
