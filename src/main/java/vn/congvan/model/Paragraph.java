package vn.congvan.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A body paragraph. Item labels ("1.", "a)", "I.") stay in the text as written; the role tells a
 * writer how to lay the paragraph out.
 */
public record Paragraph(List<Run> runs, Role role) implements Block {

    public enum Role {
        /** Ordinary justified text with first-line indent. */
        TEXT,
        /** A legal basis (căn cứ), set in italic. */
        LEGAL_BASIS,
        /** A part heading with a Roman numeral ("I. KẾT QUẢ …"), bold. */
        HEADING,
        /** A numbered item ("1. …"). */
        ITEM,
        /** A sub-item ("a) …"). */
        SUB_ITEM
    }

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)), Role.TEXT);
    }

    public static Paragraph of(String text, Role role) {
        return new Paragraph(List.of(Run.plain(text)), role);
    }

    /** The paragraph's text without styles. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
