package vn.congvan.render;

import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.util.List;

/**
 * The body of the DOCX, top to bottom, as LAYOUT.md draws it: header table, type and excerpt,
 * Kính gửi, body blocks, footer table. Formatting comes from the named styles of docx-styles.xml;
 * the fixed parts break their lines where {@link DocumentLines} says, as the PDF does, and only
 * geometry that depends on the text (the short rules, the Kính gửi block) is set here. The content is
 * written as it is laid out, straight into the main document part.
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
    private final Wml out;

    private DocxContent(OfficialDocument doc, Wml out) {
        this.doc = doc;
        this.text = new DocumentLines(doc, LineBreaker.standard());
        this.out = out;
    }

    /** Writes the block-level content of the main document part for {@code doc}. */
    static void write(OfficialDocument doc, Wml out) throws IOException {
        DocxContent content = new DocxContent(doc, out);
        content.header();
        content.title();
        content.recipients();
        content.body();
        content.footer();
        content.appendix();
        // Word wants a paragraph after a final table; this one is 1 pt high.
        out.paragraph("CvSpacer");
    }

    private void header() throws IOException {
        out.startTable(new int[]{HEADER_LEFT, HEADER_RIGHT}, Wml.Borders.NONE, 0, 0);

        out.startRow(false);
        out.startCell(HEADER_LEFT, HEADER_INSET);
        lines("CvParentIssuer", text.parentIssuer());
        List<TextLine> issuer = text.issuer();
        lines("CvIssuer", issuer);
        rule(TextLine.widest(issuer) / 3, HEADER_LEFT - 2 * HEADER_INSET, false);
        out.endCell();
        out.startCell(HEADER_RIGHT);
        lines("CvNational", text.nationalName());
        List<TextLine> motto = text.motto();
        lines("CvMotto", motto);
        rule(TextLine.widest(motto), HEADER_RIGHT, false);
        out.endCell();
        out.endRow();

        // Số and the date open the second row, so that they stand level whatever the first row holds.
        out.startRow(false);
        out.startCell(HEADER_LEFT, HEADER_INSET);
        lines("CvNumber", text.number());
        lines("CvExcerpt", text.excerpt());
        out.endCell();
        out.startCell(HEADER_RIGHT);
        lines("CvPlaceDate", text.placeDate());
        out.endCell();
        out.endRow();
        out.endTable();
    }

    /** Position 5a for every type but công văn: the type name, the excerpt and a short line under it. */
    private void title() throws IOException {
        if (!text.titled()) {
            return;
        }
        lines("CvTypeTitle", text.typeTitle());
        List<TextLine> excerpt = text.titleExcerpt();
        lines("CvTitleExcerpt", excerpt);
        rule(TextLine.widest(excerpt) / 3, TEXT_WIDTH, true);
    }

    /**
     * Kính gửi, placed as {@link DocumentLines.Recipients} says: one recipient centred on the label's
     * line; several as "- X;" paragraphs indented to where the entries start, the first holding the
     * label in its hanging indent and a tab to the entry.
     */
    private void recipients() throws IOException {
        DocumentLines.Recipients block = text.recipients();
        if (block == null) {
            return;
        }
        if (block.single()) {
            out.paragraph(Wml.para("CvRecipients").centred(), Wml.Run.plain(block.singleLine()));
            return;
        }
        int entries = Wml.twipsOfPoints(block.entryStart());
        int label = Wml.twipsOfPoints(block.labelWidth());
        List<String> lines = block.entries();
        out.paragraph(Wml.para("CvRecipients").tabStop(entries).indent(entries, 0, -label),
                Wml.Run.plain(DocumentLines.RECIPIENTS_LABEL), Wml.Run.tab(), Wml.Run.plain(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            out.paragraph(Wml.para("CvRecipients").indent(entries, 0, 0), Wml.Run.plain(lines.get(i)));
        }
    }

    private void body() throws IOException {
        blocks(doc.body(), hasFooter());
    }

    /** Pages of their own after the signature block: the title, the note in italics, then the blocks. */
    private void appendix() throws IOException {
        Appendix appendix = doc.appendix();
        if (appendix == null) {
            return;
        }
        out.paragraph(Wml.para("CvTypeTitle").pageBreakBefore(), Wml.Run.plain(VietnameseText.oneLine(appendix.title())));
        if (DocumentLines.present(appendix.note())) {
            out.paragraph(Wml.para("CvBody").keepNext().indent(0, 0, 0).centred(),
                    new Wml.Run(VietnameseText.oneLine(appendix.note()), false, true));
        }
        blocks(appendix.body(), false);
    }

    private void blocks(List<Block> blocks, boolean keepClosingWithFooter) throws IOException {
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Paragraph paragraph) {
                Wml.Para format = Wml.para(style(paragraph));
                if (b == blocks.size() - 1 && keepClosingWithFooter) {
                    // The closing paragraph goes with the signature block, whole, as the PDF keeps them.
                    format.keepNext().keepLines();
                }
                out.paragraph(format, paragraph.runs().stream()
                        .map(r -> new Wml.Run(r.text(), r.bold(), r.italic()))
                        .toArray(Wml.Run[]::new));
            } else if (block instanceof Table table && !table.header().isEmpty()) {
                table(table);
                // the gap a paragraph leaves after itself; it also keeps Word from joining two tables
                out.paragraph("CvTableGap");
            }
        }
    }

    private static String style(Paragraph paragraph) {
        return switch (paragraph.role()) {
            case LEGAL_BASIS -> "CvLegalBasis";
            case HEADING -> "CvHeading";
            case TEXT, ITEM, SUB_ITEM -> "CvBody";
        };
    }

    private void table(Table table) throws IOException {
        // The cells' texts come with the widths (TableColumns.cellText, made once per distinct cell).
        TableColumns.Sizing sizing = new TableColumns(text.breaker()).sizing(table);
        int[] widths = sizing.twips();
        out.startTable(widths, Wml.Borders.THIN, CELL_PADDING, CELL_PADDING);
        out.startRow(true);
        for (int i = 0; i < widths.length; i++) {
            out.cell(Wml.cellOpening(widths[i], "CvTableHeader"), sizing.headerText(i));
        }
        out.endRow();
        // A report's rows differ only in their text: each column's cell markup is made once.
        byte[][] openings = new byte[widths.length][];
        for (int i = 0; i < widths.length; i++) {
            openings[i] = Wml.cellOpening(widths[i], "CvTable");
        }
        for (List<String> cells : table.rows()) {
            out.startRow(false);
            for (int i = 0; i < cells.size(); i++) {
                out.cell(openings[i], sizing.text(i, cells.get(i)));
            }
            out.endRow();
        }
        out.endTable();
    }

    private boolean hasFooter() {
        return doc.signer() != null || !DocumentLines.listLines(doc.distribution()).isEmpty();
    }

    /** Nơi nhận on the left, the signature block on the right, in one row that never splits. */
    private void footer() throws IOException {
        List<String> distribution = DocumentLines.listLines(doc.distribution());
        List<List<TextLine>> titles = text.signerTitles();
        List<TextLine> name = text.signerName();
        if (!hasFooter()) {
            return;
        }
        out.startTable(new int[]{FOOTER_LEFT, FOOTER_RIGHT}, Wml.Borders.NONE, 0, 0);
        out.startRow(false);
        out.startCell(FOOTER_LEFT);
        if (!distribution.isEmpty()) {
            out.paragraph("CvNoiNhanLabel", DocumentLines.DISTRIBUTION_LABEL);
            for (String line : distribution) {
                out.paragraph("CvNoiNhan", line);
            }
        } else {
            out.paragraph("CvNoiNhan");
        }
        out.endCell();
        out.startCell(FOOTER_RIGHT);
        boolean empty = name.isEmpty() && titles.stream().allMatch(List::isEmpty);
        for (List<TextLine> lines : titles) {
            lines("CvSignature", lines);
        }
        lines("CvSignerName", name);
        if (empty) {
            out.paragraph("CvSignature");
        }
        out.endCell();
        out.endRow();
        out.endTable();
    }

    /** One paragraph of {@code style} holding {@code lines} with a line break between them; nothing for no lines. */
    private void lines(String style, List<TextLine> lines) throws IOException {
        if (!lines.isEmpty()) {
            out.paragraph(style, String.join("\n", TextLine.texts(lines)));
        }
    }

    /**
     * A short solid line, {@code lengthPt} long and centred in a column {@code columnTwips} wide: the
     * top border of an empty 1 pt paragraph whose indents leave the line that long. Word and
     * LibreOffice draw paragraph borders alike, where a DrawingML shape is placed differently.
     */
    private void rule(double lengthPt, int columnTwips, boolean keepNext) throws IOException {
        int side = Math.max(0, (columnTwips - Wml.twipsOfPoints(lengthPt)) / 2);
        Wml.Para format = Wml.para("CvRule").indent(side, side, 0);
        out.paragraph(keepNext ? format.keepNext() : format);
    }
}
