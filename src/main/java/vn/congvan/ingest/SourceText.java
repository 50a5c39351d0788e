package vn.congvan.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole source as lines, with what the user needs to find a line again.
 *
 * @param file       the file read
 * @param lines      the lines in reading order (table cells flattened in order)
 * @param paragraphs true when {@link SourceLine#number()} counts paragraphs (DOCX), false for text lines
 */
record SourceText(Path file, List<SourceLine> lines, boolean paragraphs) {
    SourceText {
        lines = List.copyOf(lines);
    }

    /** "dòng 12", "đoạn 12" or "trang 2, dòng 5", for messages. */
    String where(SourceLine line) {
        return InputErrors.where(this, line);
    }
}
