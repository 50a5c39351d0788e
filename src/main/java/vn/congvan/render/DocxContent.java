package vn.congvan.render;

import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;

import static vn.congvan.render.TextMeasure.Face.BOLD;
import static vn.congvan.render.TextMeasure.Face.REGULAR;

/**
 * The body of the DOCX, top to bottom, as LAYOUT.md draws it: header table, type and excerpt,
 * Kính gửi, body blocks, footer table. Formatting comes from the named styles of docx-styles.xml;
 * only geometry that depends on the text (indents that size a line, the Kính gửi block) is set here.
 */
final class DocxContent {
    /** Text width: A4 210 mm less margins of 30 and 15 mm. */
    static final int TEXT_WIDTH = 9355;
    static final int HEADER_LEFT = 3742; // 40 %
    static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    static final int FOOTER_LEFT = TEXT_WIDTH / 2;
    static final int FOOTER_RIGHT = TEXT_WIDTH - FOOTER_LEFT;
    /** Table cell padding 1.5 mm. */
    static final int CELL_PADDING = Wml.twips(1.5);

    static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Kính gửi:";
    static final String DISTRIBUTION_LABEL = "Nơi nhận:";

    private final OfficialDocument doc;
    private final List<Object> out = new ArrayList<>();

    private DocxContent(OfficialDocument doc) {
        this.doc = doc;
    }

    /** The block-level content of the main document part for {@code doc}. */
    static List<Object> of(OfficialDocument doc) {
        DocxContent content = new DocxContent(doc);
        content.header();
        content.title();
        content.recipients();
        content.body();
        content.footer();
        // Word wants a paragraph after a final table; this one is 1 pt high.
        content.out.add(Wml.paragraph("CvSpacer"));
        return content.out;
    }

    private void header() {
        Tbl table = Wml.table(new int[]{HEADER_LEFT, HEADER_RIGHT}, Wml.NO_BORDERS, 0, 0);

        List<P> issuerCell = new ArrayList<>();
        if (present(doc.parentIssuer())) {
            issuerCell.add(Wml.paragraph("CvParentIssuer", upperLine(doc.parentIssuer())));
        }
        List<String> issuerLines = TextMeasure.wrapBalanced(upperLine(doc.issuer()), BOLD, 13, columnPoints(HEADER_LEFT));
        issuerCell.add(Wml.paragraph("CvIssuer", String.join("\n", issuerLines)));
        issuerCell.add(rule(TextMeasure.widest(issuerLines, BOLD, 13) / 3, HEADER_LEFT));

        List<P> nationalCell = List.of(
                Wml.paragraph("CvNational", NATIONAL),
                Wml.paragraph("CvMotto", MOTTO),
                rule(TextMeasure.width(MOTTO, BOLD, 14), HEADER_RIGHT));

        // Số and the date open the second row, so that they stand level whatever the first row holds.
        List<P> numberCell = new ArrayList<>();
        numberCell.add(Wml.paragraph("CvNumber", numberLine(doc.numberSymbol())));
        if (doc.type() == DocumentType.CONG_VAN) {
            numberCell.add(Wml.paragraph("CvExcerpt", "V/v " + VietnameseText.oneLine(doc.subject())));
        }
        String placeDate = VietnameseText.oneLine(doc.place()) + ", " + VietnameseDates.formatLong(doc.date());

        table.getContent().add(row(Wml.cell(HEADER_LEFT, issuerCell), Wml.cell(HEADER_RIGHT, nationalCell)));
        table.getContent().add(row(Wml.cell(HEADER_LEFT, numberCell),
                Wml.cell(HEADER_RIGHT, List.of(Wml.paragraph("CvPlaceDate", placeDate)))));
        out.add(Wml.block(table));
    }

    /** Position 5a for every type but công văn: the type name, the excerpt and a short line under it. */
    private void title() {
        if (doc.type() == DocumentType.CONG_VAN) {
            return;
        }
        String excerpt = VietnameseText.oneLine(doc.subject());
        out.add(Wml.paragraph("CvTypeTitle", doc.type().title()));
        out.add(Wml.paragraph("CvTitleExcerpt", excerpt));
        List<String> lines = TextMeasure.wrapGreedy(excerpt, BOLD, 14, TEXT_WIDTH / 20.0);
        P line = rule(TextMeasure.widest(lines, BOLD, 14) / 3, TEXT_WIDTH);
        line.getPPr().setKeepNext(new org.docx4j.wml.BooleanDefaultTrue());
        out.add(line);
    }

    /**
     * Kính gửi: one recipient on the label's line, centred; several as "- X;" lines that start after
     * "Kính gửi: ", the block centred on the text width.
     */
    private void recipients() {
        List<String> names = doc.recipients().stream().map(DocxContent::entry).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return;
        }
        if (names.size() == 1) {
            P p = Wml.paragraph("CvRecipients", RECIPIENTS_LABEL + " " + names.get(0) + ".");
            Jc centre = Wml.FACTORY.createJc();
            centre.setVal(JcEnumeration.CENTER);
            p.getPPr().setJc(centre);
            out.add(p);
            return;
        }
        List<String> lines = listLines(names);
        int label = Wml.twipsOfPoints(TextMeasure.width(RECIPIENTS_LABEL + " ", REGULAR, 14)) + 20;
        int widest = Wml.twipsOfPoints(TextMeasure.widest(lines, REGULAR, 14));
        int start = Math.max(0, (TEXT_WIDTH - label - widest) / 2);
        for (int i = 0; i < lines.size(); i++) {
            P p = i == 0
                    ? Wml.paragraph("CvRecipients", Wml.run(RECIPIENTS_LABEL, false, false), Wml.tab(), Wml.run(lines.get(0), false, false))
                    : Wml.paragraph("CvRecipients", lines.get(i));
            Wml.indent(p, start + label, 0, i == 0 ? -label : 0);
            if (i == 0) {
                Wml.tabStop(p, start + label);
            }
            out.add(p);
        }
    }

    private void body() {
        for (Block block : doc.body()) {
            if (block instanceof Paragraph paragraph) {
                out.add(paragraph(paragraph));
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

    private static Tbl table(Table table) {
        int[] widths = columnWidths(table.widths());
        Tbl tbl = Wml.table(widths, Wml.THIN_BORDERS, CELL_PADDING, CELL_PADDING);
        tbl.getContent().add(tableRow(table.header(), widths, true));
        for (List<String> cells : table.rows()) {
            tbl.getContent().add(tableRow(cells, widths, false));
        }
        return tbl;
    }

    private static Tr tableRow(List<String> cells, int[] widths, boolean header) {
        Tr tr = Wml.row(header);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i);
            tr.getContent().add(Wml.cell(widths[i], List.of(Wml.paragraph(header ? "CvTableHeader" : "CvTable", text))));
        }
        return tr;
    }

    /** Relative weights over the text width; the last column takes the rounding rest. */
    static int[] columnWidths(List<Double> weights) {
        boolean usable = weights.stream().allMatch(w -> w != null && w > 0);
        List<Double> relative = usable ? weights : java.util.Collections.nCopies(weights.size(), 1.0);
        double sum = relative.stream().mapToDouble(Double::doubleValue).sum();
        int[] widths = new int[weights.size()];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = (int) Math.round(TEXT_WIDTH * relative.get(i) / sum);
            used += widths[i];
        }
        widths[widths.length - 1] = TEXT_WIDTH - used;
        return widths;
    }

    /** Nơi nhận on the left, the signature block on the right, in one row that never splits. */
    private void footer() {
        Signer signer = doc.signer();
        List<String> distribution = doc.distribution().stream().map(DocxContent::entry).filter(s -> !s.isEmpty()).toList();
        if (signer == null && distribution.isEmpty()) {
            return;
        }
        List<P> left = new ArrayList<>();
        if (!distribution.isEmpty()) {
            left.add(Wml.paragraph("CvNoiNhanLabel", DISTRIBUTION_LABEL));
            for (String line : listLines(distribution)) {
                left.add(Wml.paragraph("CvNoiNhan", line));
            }
        } else {
            left.add(Wml.paragraph("CvNoiNhan"));
        }
        List<P> right = new ArrayList<>();
        if (signer != null) {
            for (String line : signer.authorityLines()) {
                right.add(Wml.paragraph("CvSignature", upperLine(line)));
            }
            if (present(signer.position())) {
                right.add(Wml.paragraph("CvSignature", upperLine(signer.position())));
            }
            right.add(Wml.paragraph("CvSignerName", VietnameseText.oneLine(signer.name())));
        } else {
            right.add(Wml.paragraph("CvSignature"));
        }
        Tbl table = Wml.table(new int[]{FOOTER_LEFT, FOOTER_RIGHT}, Wml.NO_BORDERS, 0, 0);
        table.getContent().add(row(Wml.cell(FOOTER_LEFT, left), Wml.cell(FOOTER_RIGHT, right)));
        out.add(Wml.block(table));
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

    /** "Số: 6174/UBND-VX"; a number below 10 gets its leading zero; a draft keeps room for the number. */
    static String numberLine(NumberSymbol numberSymbol) {
        if (numberSymbol == null) {
            return "Số:      /";
        }
        String number = numberSymbol.number().strip();
        String symbol = numberSymbol.symbol().strip();
        if (number.isEmpty()) {
            return "Số:      /" + symbol;
        }
        if (number.matches("\\d")) {
            number = "0" + number;
        }
        return "Số: " + number + "/" + symbol;
    }

    /** "- X;" for each entry, "- X." for the last. */
    static List<String> listLines(List<String> entries) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add("- " + entries.get(i) + (i == entries.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** An entry as the model holds it, cleaned of a dash or end punctuation a reader may have left. */
    private static String entry(String raw) {
        String s = VietnameseText.oneLine(raw == null ? "" : raw);
        s = s.replaceFirst("^[-–+•]\\s*", "");
        return s.replaceFirst("[;.,]+$", "").strip();
    }

    private static String upperLine(String s) {
        return VietnameseText.upper(VietnameseText.oneLine(s));
    }

    /** Usable width of a header column in points, less 2 pt so that Word never breaks a line we did not. */
    private static double columnPoints(int twips) {
        return twips / 20.0 - 2;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
