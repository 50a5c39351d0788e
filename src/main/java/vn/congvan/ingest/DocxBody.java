package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What the readers take from a Word document's body: paragraphs of runs (raw text, bold, italic, the font as
 * {@link DocxRunFont} resolves it) and tables of cells, in document order. Made either from POI's
 * {@link XWPFDocument} ({@link #of}) or by {@link StreamedDocx} from the XML itself; both give equal bodies.
 */
record DocxBody(List<Element> elements) {
    sealed interface Element permits Paragraph, Table {
    }

    /** A run's text as POI's {@code XWPFRun.text()} gives it (tabs and breaks as characters), before any conversion. */
    record Run(String text, boolean bold, boolean italic, String font) {
    }

    record Paragraph(List<Run> runs) implements Element {
        Paragraph {
            runs = List.copyOf(runs);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (Run run : runs) {
                text.append(run.text());
            }
            return text.toString();
        }
    }

    /** Rows of cells; a cell holds paragraphs and tables, as a body does. */
    record Table(List<List<Cell>> rows) implements Element {
        Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    record Cell(List<Element> elements) {
        Cell {
            elements = List.copyOf(elements);
        }

        List<Paragraph> paragraphs() {
            return elements.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        }
    }

    DocxBody {
        elements = List.copyOf(elements);
    }

    /** The body of a document POI opened: its paragraphs and tables (content controls are not read). */
    static DocxBody of(XWPFDocument docx) {
        return new DocxBody(elements(docx.getBodyElements(), docx));
    }

    private static List<Element> elements(List<IBodyElement> from, XWPFDocument docx) {
        List<Element> elements = new ArrayList<>();
        for (IBodyElement element : from) {
            ReadWatchdog.stopIfAbandoned();
            if (element instanceof XWPFParagraph paragraph) {
                List<Run> runs = new ArrayList<>();
                for (XWPFRun run : paragraph.getRuns()) {
                    runs.add(new Run(run.text(), run.isBold(), run.isItalic(), DocxRunFont.of(run, paragraph, docx)));
                }
                elements.add(new Paragraph(runs));
            } else if (element instanceof XWPFTable table) {
                List<List<Cell>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(new Cell(elements(cell.getBodyElements(), docx)));
                    }
                    rows.add(cells);
                }
                elements.add(new Table(rows));
            }
        }
        return elements;
    }

    /**
     * The text POI's {@code XWPFWordExtractor} gives for a document that is only this body (no headers, footers,
     * notes, comments or content controls, which {@link StreamedDocx} leaves to POI): each paragraph and each
     * table row on a line, a row's cells separated by tabs, a blank line after each table.
     */
    String extractorText() {
        StringBuilder text = new StringBuilder(64);
        for (Element element : elements) {
            if (element instanceof Paragraph paragraph) {
                text.append(paragraph.text());
            } else if (element instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        cellText(text, row.get(i).elements());
                        if (i < row.size() - 1) {
                            text.append('\t');
                        }
                    }
                    text.append('\n');
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A cell's text as POI's {@code XWPFTableCell.getTextRecursively()} gives it. */
    private static void cellText(StringBuilder text, List<Element> elements) {
        for (int i = 0; i < elements.size(); i++) {
            boolean last = i == elements.size() - 1;
            if (elements.get(i) instanceof Paragraph paragraph) {
                text.append(paragraph.text());
                if (!last) {
                    text.append('\t');
                }
            } else if (elements.get(i) instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    for (Cell cell : row) {
                        cellText(text, cell.elements());
                    }
                }
                if (!last) {
                    text.append('\n');
                }
            }
        }
    }
}
