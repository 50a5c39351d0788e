package vn.congvan.render;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a DOCX part in reading order, each with its text, its runs' effective formats and
 * where it stands: at the top level or in a table cell (with the row, so that a checker can look at
 * the neighbouring cell, as from Nơi nhận to the signature).
 */
final class DocxParagraphs {

    /** Where a paragraph stands: in which top-level table, row and cell, or nowhere (top level). */
    record Place(Tbl table, Tr row, Tc cell, int column) {
        static final Place TOP = new Place(null, null, null, -1);

        boolean topLevel() {
            return cell == null;
        }
    }

    /** One paragraph; {@code text} has line breaks as "\n" and tabs as "\t". */
    record Para(int index, String text, List<RunFormat> runs, Place place) {
        /** Runs that print something. */
        List<RunFormat> inkRuns() {
            return runs.stream().filter(r -> !r.text().isBlank()).toList();
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    private final RunFormatResolver formats;
    private final List<Para> out = new ArrayList<>();

    private DocxParagraphs(RunFormatResolver formats) {
        this.formats = formats;
    }

    static List<Para> of(List<Object> content, RunFormatResolver formats) {
        DocxParagraphs walker = new DocxParagraphs(formats);
        walker.blocks(content, Place.TOP);
        return List.copyOf(walker.out);
    }

    private void blocks(List<Object> content, Place place) {
        for (Object o : content) {
            Object block = unwrap(o);
            if (block instanceof P p) {
                paragraph(p, place);
            } else if (block instanceof Tbl tbl) {
                table(tbl, place);
            } else if (block instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                blocks(sdt.getSdtContent().getContent(), place);
            } else if (block instanceof ContentAccessor accessor && !(block instanceof R)) {
                blocks(accessor.getContent(), place);
            }
        }
    }

    /** Nested tables keep the place of their outermost cell: the layout tables are what we locate. */
    private void table(Tbl tbl, Place outer) {
        for (Object r : tbl.getContent()) {
            if (unwrap(r) instanceof Tr tr) {
                int column = 0;
                for (Object c : tr.getContent()) {
                    if (unwrap(c) instanceof Tc tc) {
                        Place place = outer.topLevel() ? new Place(tbl, tr, tc, column) : outer;
                        blocks(tc.getContent(), place);
                        column++;
                    }
                }
            }
        }
    }

    private void paragraph(P p, Place place) {
        List<RunFormat> runs = new ArrayList<>();
        collectRuns(p, p.getContent(), runs);
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        out.add(new Para(out.size(), text.toString(), List.copyOf(runs), place));
    }

    /** Runs directly in the paragraph or inside hyperlinks, fields, content controls, insertions. */
    private void collectRuns(P p, List<Object> content, List<RunFormat> runs) {
        for (Object o : content) {
            Object item = unwrap(o);
            if (item instanceof R r) {
                runs.add(formats.resolve(text(r), p.getPPr(), r.getRPr()));
            } else if (item instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                collectRuns(p, sdt.getSdtContent().getContent(), runs);
            } else if (item instanceof RunIns inserted) {
                collectRuns(p, inserted.getCustomXmlOrSmartTagOrSdt(), runs);
            } else if (item instanceof ContentAccessor accessor) {
                collectRuns(p, accessor.getContent(), runs);
            }
        }
    }

    /** The printed text of a run: w:t, line breaks and tabs; field codes (w:instrText) are not printed. */
    private static String text(R r) {
        StringBuilder s = new StringBuilder();
        for (Object o : r.getContent()) {
            if (o instanceof JAXBElement<?> e) {
                String name = e.getName().getLocalPart();
                Object value = e.getValue();
                if (value instanceof Text t && "t".equals(name)) {
                    s.append(t.getValue());
                } else if (value instanceof R.Tab || "tab".equals(name)) {
                    s.append('\t');
                } else if (value instanceof Br) {
                    s.append('\n');
                }
            } else if (o instanceof Br) {
                s.append('\n');
            } else if (o instanceof R.Tab) {
                s.append('\t');
            }
        }
        return s.toString();
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
