package vn.congvan.render;

import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of the DOCX, top to bottom, as LAYOUT.md draws it: header table, type and excerpt,
 * Kính gửi, body blocks, footer table. Formatting comes from the named styles of docx-styles.xml;
 * the fixed parts break their lines where {@link DocumentLines} says, as the PDF does, and only
 * geometry that depends on the text (the short rules, the Kính gửi block) is set here.
 */
final class DocxContent {
    /** Text width: A4 210 mm less margins of 30 and 15 mm, as Word computes it from the section. */
    static final int TEXT_WIDTH = 9355;
    static final int HEADER_LEFT = 3742; // 40 %
    static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    static final int FOOTER_LEFT = TEXT_WIDTH / 2;
    static final int FOOTER_RIGHT = TEXT_WIDTH - FOOTER_LEFT;
    /** Table cell padding 1.5 mm. */
    static final int CELL_PADDING = Wml.twips(1.5);
    /** Side margins of the header's left cells: the PDF's column inset. */
    static final int HEADER_INSET = Wml.twipsOfPoints(Layout.COLUMN_INSET);

    private final OfficialDocument doc;
    private final DocumentLines text;
    private final List<Object> out = new ArrayList<>();

    private DocxContent(OfficialDocument doc) {
        this.doc = doc;
        this.text = new DocumentLines(doc, LineBreaker.standard());
    }

    /** The block-level content of the main document part for {@code doc}. */
    static List<Object> of(OfficialDocument doc) {
        DocxContent content = new DocxContent(doc);
        content.header();
        content.title();
        content.recipients();
        content.body();
        content.footer();
        content.appendix();
        // Word wants a paragraph after a final table; this one is 1 pt high.
        content.out.add(Wml.paragraph("CvSpacer"));
        return content.out;
    }

    private void header() {
        Tbl table = Wml.table(new int[]{HEADER_LEFT, HEADER_RIGHT}, Wml.NO_BORDERS, 0, 0);

        List<P> issuerCell = new ArrayList<>();
        lines(issuerCell, "CvParentIssuer", text.parentIssuer());
        List<TextLine> issuer = text.issuer();
        lines(issuerCell, "CvIssuer", issuer);
        issuerCell.add(rule(TextLine.widest(issuer) / 3, HEADER_LEFT - 2 * HEADER_INSET));

        List<P> nationalCell = new ArrayList<>();
        lines(nationalCell, "CvNational", text.nationalName());
        List<TextLine> motto = text.motto();
        lines(nationalCell, "CvMotto", motto);
        nationalCell.add(rule(TextLine.widest(motto), HEADER_RIGHT));

        // Số and the date open the second row, so that they stand level whatever the first row holds.
        List<P> numberCell = new ArrayList<>();
        lines(numberCell, "CvNumber", text.number());
        lines(numberCell, "CvExcerpt", text.excerpt());
        List<P> dateCell = new ArrayList<>();
        lines(dateCell, "CvPlaceDate", text.placeDate());

        table.getContent().add(row(Wml.cell(HEADER_LEFT, HEADER_INSET, issuerCell), Wml.cell(HEADER_RIGHT, nationalCell)));
        table.getContent().add(row(Wml.cell(HEADER_LEFT, HEADER_INSET, numberCell), Wml.cell(HEADER_RIGHT, dateCell)));
        out.add(Wml.block(table));
    }

    /** Position 5a for every type but công văn: the type name, the excerpt and a short line under it. */
    private void title() {
        if (!text.titled()) {
            return;
        }
        lines(out, "CvTypeTitle", text.typeTitle());
        List<TextLine> excerpt = text.titleExcerpt();
        lines(out, "CvTitleExcerpt", excerpt);
        P line = rule(TextLine.widest(excerpt) / 3, TEXT_WIDTH);
        line.getPPr().setKeepNext(new org.docx4j.wml.BooleanDefaultTrue());
        out.add(line);
    }

    /**
     * Kính gửi, placed as {@link DocumentLines.Recipients} says: one recipient centred on the label's
     * line; several as "- X;" paragraphs indented to where the entries start, the first holding the
     * label in its hanging indent and a tab to the entry.
     */
    private void recipients() {
        DocumentLines.Recipients block = text.recipients();
        if (block == null) {
            return;
        }
        if (block.single()) {
            P p = Wml.paragraph("CvRecipients", block.singleLine());
            Jc centre = Wml.FACTORY.createJc();
            centre.setVal(JcEnumeration.CENTER);
            p.getPPr().setJc(centre);
            out.add(p);
            return;
        }
        int entries = Wml.twipsOfPoints(block.entryStart());
        int label = Wml.twipsOfPoints(block.labelWidth());
        List<String> lines = block.entries();
        for (int i = 0; i < lines.size(); i++) {
            P p = i == 0
                    ? Wml.paragraph("CvRecipients", Wml.run(DocumentLines.RECIPIENTS_LABEL, false, false), Wml.tab(),
                    Wml.run(lines.get(0), false, false))
                    : Wml.paragraph("CvRecipients", lines.get(i));
            Wml.indent(p, entries, 0, i == 0 ? -label : 0);
            if (i == 0) {
                Wml.tabStop(p, entries);
            }
            out.add(p);
        }
    }

    private void body() {
        blocks(doc.body(), hasFooter());
    }

    /** Pages of their own after the signature block: the title, the note in italics, then the blocks. */
    private void appendix() {
        Appendix appendix = doc.appendix();
        if (appendix == null) {
            return;
        }
        P title = Wml.paragraph("CvTypeTitle", VietnameseText.oneLine(appendix.title()));
        title.getPPr().setPageBreakBefore(new org.docx4j.wml.BooleanDefaultTrue());
        out.add(title);
        if (DocumentLines.present(appendix.note())) {
            P note = Wml.paragraph("CvBody", Wml.run(VietnameseText.oneLine(appendix.note()), false, true));
            Wml.indent(note, 0, 0, 0);
            Jc centre = Wml.FACTORY.createJc();
            centre.setVal(JcEnumeration.CENTER);
            note.getPPr().setJc(centre);
            note.getPPr().setKeepNext(new org.docx4j.wml.BooleanDefaultTrue());
            out.add(note);
        }
        blocks(appendix.body(), false);
    }

    private void blocks(List<Block> blocks, boolean keepClosingWithFooter) {
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Paragraph paragraph) {
                P p = paragraph(paragraph);
                if (b == blocks.size() - 1 && keepClosingWithFooter) {
                    // The closing paragraph goes with the signature block, whole, as the PDF keeps them.
                    p.getPPr().setKeepNext(new org.docx4j.wml.BooleanDefaultTrue());
                    p.getPPr().setKeepLines(new org.docx4j.wml.BooleanDefaultTrue());
                }
                out.add(p);
            } else if (block instanceof Table table && !table.header().isEmpty()) {
                out.add(Wml.block(table(table)));
                // the gap a paragraph leaves after itself; it also keeps Word from joining two tables
                out.add(Wml.paragraph("CvTableGap"));
            }
        }
    }

    private static P paragraph(Paragraph paragraph) {
        String style = switch (paragraph.role()) {
            case LEGAL_BASIS -> "CvLegalBasis";
            case HEADING -> "CvHeading";
            case TEXT, ITEM, SUB_ITEM -> "CvBody";
        };
        R[] runs = paragraph.runs().stream()
                .map(r -> Wml.run(r.text(), r.bold(), r.italic()))
                .toArray(R[]::new);
        return Wml.paragraph(style, runs);
    }

    private Tbl table(Table table) {
        int[] widths = new TableColumns(text.breaker()).twips(table);
        Tbl tbl = Wml.table(widths, Wml.THIN_BORDERS, CELL_PADDING, CELL_PADDING);
        tbl.getContent().add(tableRow(table, table.header(), widths, true));
        for (List<String> cells : table.rows()) {
            tbl.getContent().add(tableRow(table, cells, widths, false));
        }
        return tbl;
    }

    private static Tr tableRow(Table table, List<String> cells, int[] widths, boolean header) {
        Tr tr = Wml.row(header);
        for (int i = 0; i < cells.size(); i++) {
            String text = TableColumns.cellText(table, cells.get(i));
            tr.getContent().add(Wml.cell(widths[i], List.of(Wml.paragraph(header ? "CvTableHeader" : "CvTable", text))));
        }
        return tr;
    }

    private boolean hasFooter() {
        return doc.signer() != null || !DocumentLines.listLines(doc.distribution()).isEmpty();
    }

    /** Nơi nhận on the left, the signature block on the right, in one row that never splits. */
    private void footer() {
        List<String> distribution = DocumentLines.listLines(doc.distribution());
        List<List<TextLine>> titles = text.signerTitles();
        List<TextLine> name = text.signerName();
        if (!hasFooter()) {
            return;
        }
        List<P> left = new ArrayList<>();
        if (!distribution.isEmpty()) {
            left.add(Wml.paragraph("CvNoiNhanLabel", DocumentLines.DISTRIBUTION_LABEL));
            distribution.forEach(line -> left.add(Wml.paragraph("CvNoiNhan", line)));
        } else {
            left.add(Wml.paragraph("CvNoiNhan"));
        }
        List<P> right = new ArrayList<>();
        titles.forEach(lines -> lines(right, "CvSignature", lines));
        lines(right, "CvSignerName", name);
        if (right.isEmpty()) {
            right.add(Wml.paragraph("CvSignature"));
        }
        Tbl table = Wml.table(new int[]{FOOTER_LEFT, FOOTER_RIGHT}, Wml.NO_BORDERS, 0, 0);
        table.getContent().add(row(Wml.cell(FOOTER_LEFT, left), Wml.cell(FOOTER_RIGHT, right)));
        out.add(Wml.block(table));
    }

    /** One paragraph of {@code style} holding {@code lines} with a line break between them; nothing for no lines. */
    private static void lines(List<? super P> to, String style, List<TextLine> lines) {
        if (!lines.isEmpty()) {
            to.add(Wml.paragraph(style, String.join("\n", TextLine.texts(lines))));
        }
    }

    private static Tr row(org.docx4j.wml.Tc left, org.docx4j.wml.Tc right) {
        Tr tr = Wml.row(false);
        tr.getContent().add(left);
        tr.getContent().add(right);
        return tr;
    }

    /**
     * A short solid line, {@code lengthPt} long and centred in a column {@code columnTwips} wide: the
     * top border of an empty 1 pt paragraph whose indents leave the line that long. Word and
     * LibreOffice draw paragraph borders alike, where a DrawingML shape is placed differently.
     */
    private static P rule(double lengthPt, int columnTwips) {
        P p = Wml.paragraph("CvRule");
        int side = Math.max(0, (columnTwips - Wml.twipsOfPoints(lengthPt)) / 2);
        Wml.indent(p, side, side, 0);
        return p;
    }
}
