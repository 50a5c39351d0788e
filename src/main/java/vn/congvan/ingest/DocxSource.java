package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.congvan.model.Run;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Word documents (.docx) through POI XWPF. Paragraphs and table cells come in document order, so the
 * two-column header and footer tables flatten to lines (left cell, then right cell). A table of three or
 * more columns is a table of the body (a plan's task table): each row becomes one pipe row
 * ("| 1 | Nội dung | Phòng … |"), the paragraphs of a cell joined with "; ", for {@link PipeTable}. Each paragraph is
 * followed by an empty line, as paragraphs are in text; a line break inside a paragraph starts a new line.
 * Line numbers count paragraphs. Text in a legacy encoding (TCVN3, VNI) is converted run by run
 * ({@link LegacyRuns}).
 */
final class DocxSource implements TextSource {

    @Override
    public SourceText read(Path file, byte[] content) {
        List<SourceLine> lines;
        try (XWPFDocument docx = UnpackGuard.openOoxml(content, InputLimits.DEFAULT, XWPFDocument::new)) {
            lines = flatten(DocxBody.of(docx));
        } catch (UnpackRefused refused) {
            throw refused.bomb() ? InputErrors.bomb(file, InputLimits.DEFAULT, refused) : InputErrors.of(refused, "file.docx", InputErrors.name(file));
        } catch (IOException | RuntimeException e) {
            // POI reports a non-DOCX file with several unchecked exceptions; all mean the same to the user,
            // and POI's English detail stays in the cause for the log.
            throw InputErrors.of(e, "file.docx", InputErrors.name(file));
        }
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw InputErrors.of("file.empty", InputErrors.name(file));
        }
        return new SourceText(file, lines, true);
    }

    /**
     * The lines of a .docx another reader opened already ({@link PlainText#reportText}), as {@link #read} gives
     * them; empty where {@link #read} refuses the file (nothing but blank lines, content POI cannot walk).
     */
    static Optional<List<SourceLine>> lines(Path file, XWPFDocument docx) {
        DocxBody body;
        try {
            body = DocxBody.of(docx);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return lines(body);
    }

    /** As {@link #lines(Path, XWPFDocument)}, from a body already read. */
    static Optional<List<SourceLine>> lines(DocxBody body) {
        List<SourceLine> lines;
        try {
            lines = flatten(body);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return lines.stream().allMatch(SourceLine::isBlank) ? Optional.empty() : Optional.of(lines);
    }

    private static List<SourceLine> flatten(DocxBody body) {
        List<SourceLine> lines = new ArrayList<>();
        Flattener flattener = new Flattener(lines);
        flattener.sampling = true;
        flattener.elements(body.elements());
        flattener.sampling = false;
        flattener.elements(body.elements());
        return lines;
    }

    private static final class Flattener {
        private final List<SourceLine> lines;
        private final LegacyRuns legacy = new LegacyRuns();
        /** The first pass only samples the runs' text for a legacy encoding ({@link LegacyRuns}). */
        private boolean sampling;
        private int paragraphs;

        Flattener(List<SourceLine> lines) {
            this.lines = lines;
        }

        void elements(List<DocxBody.Element> elements) {
            for (DocxBody.Element element : elements) {
                ReadWatchdog.stopIfAbandoned();
                if (element instanceof DocxBody.Paragraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof DocxBody.Table table && isBodyTable(table)) {
                    pipeRows(table);
                } else if (element instanceof DocxBody.Table table) {
                    for (List<DocxBody.Cell> row : table.rows()) {
                        for (DocxBody.Cell cell : row) {
                            elements(cell.elements());
                        }
                    }
                }
            }
        }

        private static boolean isBodyTable(DocxBody.Table table) {
            return table.rows().stream().mapToInt(List::size).max().orElse(0) >= 3;
        }

        private void pipeRows(DocxBody.Table table) {
            if (sampling) {
                for (List<DocxBody.Cell> row : table.rows()) {
                    for (DocxBody.Cell cell : row) {
                        cell.paragraphs().forEach(this::paragraph);
                    }
                }
                return;
            }
            int number = ++paragraphs;
            lines.add(new SourceLine(number, List.of()));
            for (List<DocxBody.Cell> row : table.rows()) {
                ReadWatchdog.stopIfAbandoned();
                StringBuilder text = new StringBuilder("|");
                for (DocxBody.Cell cell : row) {
                    List<String> parts = new ArrayList<>();
                    for (DocxBody.Paragraph p : cell.paragraphs()) {
                        String part = VietnameseText.oneLine(VietnameseText.clean(unicodeText(p))).strip();
                        if (!part.isEmpty()) {
                            parts.add(PipeTable.escape(part));
                        }
                    }
                    text.append(' ').append(String.join("; ", parts)).append(" |");
                }
                lines.add(new SourceLine(number, List.of(new Run(text.toString(), false, false))));
            }
            lines.add(new SourceLine(number, List.of()));
        }

        /** A cell paragraph's text, each run converted from a legacy encoding where its font says so. */
        private String unicodeText(DocxBody.Paragraph paragraph) {
            StringBuilder text = new StringBuilder();
            for (DocxBody.Run run : paragraph.runs()) {
                text.append(legacy.unicode(run.text(), run.font()));
            }
            return text.toString();
        }

        private void paragraph(DocxBody.Paragraph paragraph) {
            if (sampling) {
                for (DocxBody.Run run : paragraph.runs()) {
                    legacy.sample(run.text(), run.font());
                }
                return;
            }
            int number = ++paragraphs;
            List<Run> current = new ArrayList<>();
            for (DocxBody.Run run : paragraph.runs()) {
                String text = legacy.unicode(run.text(), run.font());
                String[] parts = VietnameseText.clean(text).split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lines.add(new SourceLine(number, current));
                        current = new ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        current.add(new Run(parts[i], run.bold(), run.italic()));
                    }
                }
            }
            lines.add(new SourceLine(number, current));
            lines.add(new SourceLine(number, List.of()));
        }
    }
}
