package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
            lines = flatten(docx);
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
        List<SourceLine> lines;
        try {
            lines = flatten(docx);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return lines.stream().allMatch(SourceLine::isBlank) ? Optional.empty() : Optional.of(lines);
    }

    private static List<SourceLine> flatten(XWPFDocument docx) {
        List<SourceLine> lines = new ArrayList<>();
        Flattener flattener = new Flattener(lines, docx);
        flattener.sampling = true;
        flattener.elements(docx.getBodyElements());
        flattener.sampling = false;
        flattener.elements(docx.getBodyElements());
        return lines;
    }

    private static final class Flattener {
        private final List<SourceLine> lines;
        private final XWPFDocument docx;
        private final LegacyRuns legacy = new LegacyRuns();
        /** The first pass only samples the runs' text for a legacy encoding ({@link LegacyRuns}). */
        private boolean sampling;
        private int paragraphs;

        Flattener(List<SourceLine> lines, XWPFDocument docx) {
            this.lines = lines;
            this.docx = docx;
        }

        void elements(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                ReadWatchdog.stopIfAbandoned();
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table && isBodyTable(table)) {
                    pipeRows(table);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            elements(cell.getBodyElements());
                        }
                    }
                }
            }
        }

        private static boolean isBodyTable(XWPFTable table) {
            return table.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0) >= 3;
        }

        private void pipeRows(XWPFTable table) {
            if (sampling) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(this::paragraph);
                    }
                }
                return;
            }
            int number = ++paragraphs;
            lines.add(new SourceLine(number, List.of()));
            for (XWPFTableRow row : table.getRows()) {
                ReadWatchdog.stopIfAbandoned();
                StringBuilder text = new StringBuilder("|");
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> parts = new ArrayList<>();
                    for (XWPFParagraph p : cell.getParagraphs()) {
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
        private String unicodeText(XWPFParagraph paragraph) {
            StringBuilder text = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                text.append(legacy.unicode(run.text(), DocxRunFont.of(run, paragraph, docx)));
            }
            return text.toString();
        }

        private void paragraph(XWPFParagraph paragraph) {
            if (sampling) {
                for (XWPFRun run : paragraph.getRuns()) {
                    legacy.sample(run.text(), DocxRunFont.of(run, paragraph, docx));
                }
                return;
            }
            int number = ++paragraphs;
            List<Run> current = new ArrayList<>();
            for (XWPFRun run : paragraph.getRuns()) {
                String text = legacy.unicode(run.text(), DocxRunFont.of(run, paragraph, docx));
                String[] parts = VietnameseText.clean(text).split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lines.add(new SourceLine(number, current));
                        current = new ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        current.add(new Run(parts[i], run.isBold(), run.isItalic()));
                    }
                }
            }
            lines.add(new SourceLine(number, current));
            lines.add(new SourceLine(number, List.of()));
        }
    }
}
