package vn.congvan.ingest;

import vn.congvan.model.Paragraph;
import vn.congvan.model.Requirement;
import vn.congvan.text.VietnameseDates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The numbered requirements of a body ("1.", "2." …) with their sub-items ("a)", "b)" …). Dash
 * bullets after an item or sub-item belong to it; any other paragraph (the closing "Yêu cầu …", a
 * contact line) ends the list. Part headings ("I.", "II.") are not requirements.
 */
final class RequirementFinder {
    private final String documentId;
    private final List<Draft> items = new ArrayList<>();

    /** A requirement while its paragraphs are collected. */
    private static final class Draft {
        final String heading;
        final String label;
        final List<String> texts = new ArrayList<>();
        final List<Draft> subItems = new ArrayList<>();
        String id;

        Draft(String heading, String label, String text) {
            this.heading = heading;
            this.label = label;
            this.id = label;
            texts.add(text);
        }
    }

    private RequirementFinder(String documentId) {
        this.documentId = documentId;
    }

    /**
     * @param documentId names the document in the message of an impossible date
     */
    static List<Requirement> find(List<Paragraph> paragraphs, String documentId) {
        RequirementFinder finder = new RequirementFinder(documentId);
        finder.collect(paragraphs);
        finder.makeIdsUnique();
        return finder.items.stream().map(finder::toRequirement).toList();
    }

    private void collect(List<Paragraph> paragraphs) {
        String heading = null;
        Draft item = null;
        Draft subItem = null;
        for (Paragraph paragraph : paragraphs) {
            String text = paragraph.text();
            Optional<Labels.Label> label = Labels.of(text);
            Paragraph.Role role = label.map(Labels.Label::role).orElse(Paragraph.Role.TEXT);
            if (role == Paragraph.Role.HEADING) {
                heading = label.get().id();
                item = null;
                subItem = null;
            } else if (role == Paragraph.Role.ITEM) {
                item = new Draft(heading, label.get().id(), label.get().rest());
                subItem = null;
                items.add(item);
            } else if (role == Paragraph.Role.SUB_ITEM && item != null) {
                subItem = new Draft(heading, label.get().id(), label.get().rest());
                item.subItems.add(subItem);
            } else if (item != null && Labels.isBullet(text)) {
                (subItem != null ? subItem : item).texts.add(text);
            } else {
                item = null;
                subItem = null;
            }
        }
    }

    /**
     * A body in parts may number its items afresh in each part ("I. 1. 2. II. 1."): ids then carry the
     * part ("II.1") so that every assignment still names one requirement.
     */
    private void makeIdsUnique() {
        Set<String> seen = new HashSet<>();
        boolean repeated = items.stream().anyMatch(d -> !seen.add(d.label));
        if (!repeated) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Draft item : items) {
            String id = item.heading == null ? item.label : item.heading + "." + item.label;
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "#" + n;
            }
            item.id = unique;
        }
    }

    private Requirement toRequirement(Draft draft) {
        String text = String.join("\n", draft.texts);
        List<Requirement> subItems = draft.subItems.stream().map(this::toRequirement).toList();
        try {
            DeadlineFinder.Found due = DeadlineFinder.read(text);
            return new Requirement(draft.id, text, due.deadlines(), subItems, List.of(), List.of(), due.dueTime(),
                    due.recurrence());
        } catch (VietnameseDates.InvalidDate e) {
            throw InputErrors.of(e, "dispatch.invalidDate", documentId, draft.id, e.written());
        }
    }
}
