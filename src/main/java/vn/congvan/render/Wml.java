package vn.congvan.render;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

/**
 * Writes WordprocessingML elements in document order: paragraphs with their runs, and tables opened
 * and closed around their rows and cells. Child elements come in the order the schema prescribes
 * (pStyle, keepNext, keepLines, pageBreakBefore, tabs, ind, jc), as Word rejects them otherwise.
 * User text is NFC-normalised and escaped by {@link XmlOut}; line feeds become w:br, tabs w:tab.
 */
final class Wml {
    static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The borders of a table: none (the header and footer layout tables) or solid 0.5 pt lines. */
    enum Borders {
        NONE("none", 0, "auto"),
        /** w:sz is in eighths of a point. */
        THIN("single", Math.round(Layout.RULE_WIDTH * 8), "000000");

        private final String style;
        private final int eighths;
        private final String color;

        Borders(String style, int eighths, String color) {
            this.style = style;
            this.eighths = eighths;
            this.color = color;
        }
    }

    private static final List<String> BORDER_SIDES = List.of("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV");

    /** One run; bold/italic are written only when true, so that the paragraph style decides otherwise. */
    record Run(String text, boolean bold, boolean italic) {
        static Run plain(String text) {
            return new Run(text, false, false);
        }

        /** A run holding only a tab character. */
        static Run tab() {
            return plain("\t");
        }
    }

    /** The properties of one paragraph: its style and what the layout sets beyond it. */
    static final class Para {
        private final String style;
        private boolean keepNext;
        private boolean keepLines;
        private boolean pageBreakBefore;
        private boolean centred;
        private int tabStop = -1;
        private boolean indented;
        private int left;
        private int right;
        private int firstLine;

        private Para(String style) {
            this.style = style;
        }

        Para keepNext() {
            keepNext = true;
            return this;
        }

        Para keepLines() {
            keepLines = true;
            return this;
        }

        Para pageBreakBefore() {
            pageBreakBefore = true;
            return this;
        }

        Para centred() {
            centred = true;
            return this;
        }

        /** A left tab stop at {@code position} twips from the left margin. */
        Para tabStop(int position) {
            tabStop = position;
            return this;
        }

        /** Left and right indents and first-line indent (twips; a negative first line is a hanging one). */
        Para indent(int left, int right, int firstLine) {
            this.indented = true;
            this.left = left;
            this.right = right;
            this.firstLine = firstLine;
            return this;
        }
    }

    private final XmlOut xml;

    Wml(XmlOut xml) {
        this.xml = xml;
    }

    /** Millimetres to twips (1/20 pt), rounded. */
    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** Points to twips. */
    static int twipsOfPoints(double pt) {
        return (int) Math.round(pt * 20);
    }

    static Para para(String style) {
        return new Para(style);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** A paragraph of {@code format} holding {@code runs}. */
    void paragraph(Para format, Run... runs) throws IOException {
        xml.start("w:p");
        properties(format);
        for (Run run : runs) {
            run(run);
        }
        xml.end("w:p");
    }

    /**
     * The markup opening a table cell of {@code width} twips that holds one paragraph of {@code style},
     * up to that paragraph's run: the same for every cell of a column, so made once ({@link #cell}).
     */
    static byte[] cellOpening(int width, String style) {
        return XmlOut.written(xml -> {
            Wml wml = new Wml(xml);
            wml.startCell(width);
            xml.start("w:p");
            wml.properties(para(style));
        });
    }

    /**
     * A table cell opened by {@code opening} ({@link #cellOpening}) holding one plain run of {@code text}:
     * what {@code startCell(width)}, {@code paragraph(style, text)} and {@link #endCell()} write.
     */
    void cell(byte[] opening, String text) throws IOException {
        xml.raw(opening);
        run(Run.plain(text));
        xml.end("w:p");
        xml.end("w:tc");
    }

    /** A paragraph of one plain run; line feeds in {@code text} become line breaks. */
    void paragraph(String style, String text) throws IOException {
        paragraph(para(style), Run.plain(text));
    }

    /** An empty paragraph of {@code style}. */
    void paragraph(String style) throws IOException {
        paragraph(para(style));
    }

    private void properties(Para p) throws IOException {
        xml.start("w:pPr");
        xml.empty("w:pStyle", "w:val", p.style);
        if (p.keepNext) {
            xml.empty("w:keepNext");
        }
        if (p.keepLines) {
            xml.empty("w:keepLines");
        }
        if (p.pageBreakBefore) {
            xml.empty("w:pageBreakBefore");
        }
        if (p.tabStop >= 0) {
            xml.start("w:tabs").start("w:tab").attr("w:val", "left").attr("w:pos", p.tabStop).end("w:tab").end("w:tabs");
        }
        if (p.indented) {
            xml.start("w:ind").attr("w:left", p.left).attr("w:right", p.right);
            if (p.firstLine < 0) {
                xml.attr("w:hanging", -p.firstLine);
            } else {
                xml.attr("w:firstLine", p.firstLine);
            }
            xml.end("w:ind");
        }
        if (p.centred) {
            xml.empty("w:jc", "w:val", "center");
        }
        xml.end("w:pPr");
    }

    private void run(Run run) throws IOException {
        xml.start("w:r");
        if (run.bold() || run.italic()) {
            xml.start("w:rPr");
            if (run.bold()) {
                xml.empty("w:b");
            }
            if (run.italic()) {
                xml.empty("w:i");
            }
            xml.end("w:rPr");
        }
        String text = nfc(run.text());
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                textElement(text, from, i);
                xml.empty(c == '\n' ? "w:br" : "w:tab");
                from = i + 1;
            }
        }
        textElement(text, from, text.length());
        xml.end("w:r");
    }

    /** w:t for a stretch of text between breaks; none for an empty stretch. */
    private void textElement(String text, int from, int to) throws IOException {
        if (to > from) {
            xml.raw(TEXT_START).text(text, from, to).end("w:t");
        }
    }

    /** How every w:t starts: it keeps its spaces. */
    private static final byte[] TEXT_START = XmlOut.written(xml -> xml.start("w:t").attr("xml:space", "preserve").text(""));

    /**
     * Opens a table of fixed layout and the given column widths (twips), with {@code borders} and cell
     * margins; rows follow, then {@link #endTable()}.
     */
    void startTable(int[] widths, Borders borders, int cellMarginTopBottom, int cellMarginSides) throws IOException {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        xml.start("w:tbl").start("w:tblPr");
        xml.start("w:tblW").attr("w:w", total).attr("w:type", "dxa").end("w:tblW");
        xml.start("w:tblInd").attr("w:w", 0).attr("w:type", "dxa").end("w:tblInd");
        xml.start("w:tblBorders");
        for (String side : BORDER_SIDES) {
            xml.start(side).attr("w:val", borders.style).attr("w:sz", borders.eighths).attr("w:space", 0)
                    .attr("w:color", borders.color).end(side);
        }
        xml.end("w:tblBorders");
        xml.empty("w:tblLayout", "w:type", "fixed");
        xml.start("w:tblCellMar");
        width("w:top", cellMarginTopBottom);
        width("w:left", cellMarginSides);
        width("w:bottom", cellMarginTopBottom);
        width("w:right", cellMarginSides);
        xml.end("w:tblCellMar");
        xml.start("w:tblLook").attr("w:val", "0000").attr("w:firstRow", 0).attr("w:lastRow", 0)
                .attr("w:firstColumn", 0).attr("w:lastColumn", 0).attr("w:noHBand", 0).attr("w:noVBand", 0)
                .end("w:tblLook");
        xml.end("w:tblPr");
        xml.start("w:tblGrid");
        for (int w : widths) {
            xml.start("w:gridCol").attr("w:w", w).end("w:gridCol");
        }
        xml.end("w:tblGrid");
    }

    void endTable() throws IOException {
        xml.end("w:tbl");
    }

    /**
     * Opens a row that is never split across two pages; {@code repeatAsHeader} repeats it at the top
     * of each page.
     */
    void startRow(boolean repeatAsHeader) throws IOException {
        xml.start("w:tr").start("w:trPr").empty("w:cantSplit");
        if (repeatAsHeader) {
            xml.empty("w:tblHeader");
        }
        xml.end("w:trPr");
    }

    void endRow() throws IOException {
        xml.end("w:tr");
    }

    /** Opens a cell of {@code width} twips; its paragraphs follow (Word needs at least one), then {@link #endCell()}. */
    void startCell(int width) throws IOException {
        xml.start("w:tc").start("w:tcPr");
        width("w:tcW", width);
        xml.end("w:tcPr");
    }

    /** Opens a cell whose text keeps {@code sideMargin} twips from its left and right edges. */
    void startCell(int width, int sideMargin) throws IOException {
        xml.start("w:tc").start("w:tcPr");
        width("w:tcW", width);
        xml.start("w:tcMar");
        width("w:left", sideMargin);
        width("w:right", sideMargin);
        xml.end("w:tcMar");
        xml.end("w:tcPr");
    }

    void endCell() throws IOException {
        xml.end("w:tc");
    }

    private void width(String element, int twips) throws IOException {
        xml.start(element).attr("w:w", twips).attr("w:type", "dxa").end(element);
    }
}
