package vn.congvan.ingest;

import vn.congvan.model.Run;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a source as a format reader delivers it: styled runs, already clean (NFC, plain spaces).
 * An empty line separates paragraphs.
 *
 * @param page   the page of a PDF the line stands on (1-based), or 0 in formats without pages
 * @param number where the line stands in the file: a line number in text, a paragraph number in DOCX,
 *               the line on its page in a PDF
 */
record SourceLine(int page, int number, List<Run> runs) {
    SourceLine {
        runs = List.copyOf(runs);
    }

    SourceLine(int number, List<Run> runs) {
        this(0, number, runs);
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
