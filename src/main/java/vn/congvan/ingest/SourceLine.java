package vn.congvan.ingest;

import vn.congvan.model.Run;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a source as a format reader delivers it: styled runs, already clean (NFC, plain spaces).
 * An empty line separates paragraphs.
 *
 * @param number where the line stands in the file: a line number in text, a paragraph number in DOCX
 */
record SourceLine(int number, List<Run> runs) {
    SourceLine {
        runs = List.copyOf(runs);
    }

    /** The text without styles, trimmed. */
    String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining()).strip();
    }

    boolean isBlank() {
        return text().isEmpty();
    }

    /** True when the line has text and all of it is bold (the issuer in the header, the signature block). */
    boolean isBold() {
        return runs.stream().filter(r -> !r.text().isBlank()).allMatch(Run::bold)
                && runs.stream().anyMatch(r -> !r.text().isBlank());
    }
}
