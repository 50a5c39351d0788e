package vn.congvan.render;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.Br;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcMar;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;

/**
 * Small factory for WordprocessingML objects. Property blocks (tblPr, pPr indents …) are written as
 * short XML with numbers only and unmarshalled, which reads like the file it produces; user text never
 * goes through XML strings but into {@link Text} objects, so it needs no escaping.
 */
final class Wml {
    static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final ObjectFactory FACTORY = Context.getWmlObjectFactory();

    private Wml() {
    }

    /** Millimetres to twips (1/20 pt), rounded. */
    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** Points to twips. */
    static int twipsOfPoints(double pt) {
        return (int) Math.round(pt * 20);
    }

    /** A paragraph of style {@code styleId} holding {@code runs}. */
    static P paragraph(String styleId, R... runs) {
        P p = FACTORY.createP();
        PPr pPr = FACTORY.createPPr();
        PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
        style.setVal(styleId);
        pPr.setPStyle(style);
        p.setPPr(pPr);
        p.getContent().addAll(List.of(runs));
        return p;
    }

    /** A paragraph of one plain run; line feeds in {@code text} become line breaks. */
    static P paragraph(String styleId, String text) {
        return paragraph(styleId, run(text, false, false));
    }

    /** A run; bold/italic are set only when true so that the paragraph style decides otherwise. */
    static R run(String text, boolean bold, boolean italic) {
        R r = FACTORY.createR();
        if (bold || italic) {
            RPr rPr = FACTORY.createRPr();
            if (bold) {
                rPr.setB(new org.docx4j.wml.BooleanDefaultTrue());
            }
            if (italic) {
                rPr.setI(new org.docx4j.wml.BooleanDefaultTrue());
            }
            r.setRPr(rPr);
        }
        String[] lines = nfc(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                Br br = FACTORY.createBr();
                r.getContent().add(br);
            }
            if (!lines[i].isEmpty()) {
                Text t = FACTORY.createText();
                t.setValue(lines[i]);
                t.setSpace("preserve");
                r.getContent().add(FACTORY.createRT(t));
            }
        }
        return r;
    }

    /** A run holding a tab character. */
    static R tab() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRTab(FACTORY.createRTab()));
        return r;
    }

    /** Sets left indent and hanging/first-line indent (twips; negative first line means hanging). */
    static void indent(P p, int left, int right, int firstLine) {
        PPrBase.Ind ind = FACTORY.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setRight(BigInteger.valueOf(right));
        if (firstLine < 0) {
            ind.setHanging(BigInteger.valueOf(-firstLine));
        } else {
            ind.setFirstLine(BigInteger.valueOf(firstLine));
        }
        p.getPPr().setInd(ind);
    }

    /** A tab stop at {@code position} twips from the left margin. */
    static void tabStop(P p, int position) {
        p.getPPr().setTabs(parse("<w:tabs><w:tab w:val=\"left\" w:pos=\"" + position + "\"/></w:tabs>", org.docx4j.wml.Tabs.class));
    }

    /**
     * A table of fixed layout and the given column widths (twips), with {@code tblPrXml}'s borders
     * and cell margins; rows are added by the caller.
     */
    static Tbl table(int[] widths, String bordersXml, int cellMarginTopBottom, int cellMarginSides) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        Tbl tbl = FACTORY.createTbl();
        tbl.setTblPr(parse("""
                <w:tblPr>
                  <w:tblW w:w="%d" w:type="dxa"/>
                  <w:tblInd w:w="0" w:type="dxa"/>
                  %s
                  <w:tblLayout w:type="fixed"/>
                  <w:tblCellMar>
                    <w:top w:w="%d" w:type="dxa"/>
                    <w:left w:w="%d" w:type="dxa"/>
                    <w:bottom w:w="%d" w:type="dxa"/>
                    <w:right w:w="%d" w:type="dxa"/>
                  </w:tblCellMar>
                  <w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>
                </w:tblPr>""".formatted(total, bordersXml, cellMarginTopBottom, cellMarginSides,
                cellMarginTopBottom, cellMarginSides), TblPr.class));
        TblGrid grid = FACTORY.createTblGrid();
        for (int w : widths) {
            TblGridCol col = FACTORY.createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        return tbl;
    }

    /** No borders at all: the layout tables of the header and the footer. */
    static final String NO_BORDERS = borders("none", 0, "auto");

    /** Solid 0.5 pt lines (w:sz is in eighths of a point) around and between all cells. */
    static final String THIN_BORDERS = borders("single", Math.round(Layout.RULE_WIDTH * 8), "000000");

    private static String borders(String style, int eighths, String color) {
        StringBuilder xml = new StringBuilder("<w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            xml.append("<w:%s w:val=\"%s\" w:sz=\"%d\" w:space=\"0\" w:color=\"%s\"/>".formatted(side, style, eighths, color));
        }
        return xml.append("</w:tblBorders>").toString();
    }

    /**
     * A row; {@code repeatAsHeader} repeats it at the top of each page, and no row is ever split
     * across two pages.
     */
    static Tr row(boolean repeatAsHeader) {
        Tr tr = FACTORY.createTr();
        TrPr trPr = FACTORY.createTrPr();
        org.docx4j.wml.BooleanDefaultTrue yes = new org.docx4j.wml.BooleanDefaultTrue();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseCantSplit(yes));
        if (repeatAsHeader) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(FACTORY.createCTTrPrBaseTblHeader(new org.docx4j.wml.BooleanDefaultTrue()));
        }
        tr.setTrPr(trPr);
        return tr;
    }

    /** A cell of {@code width} twips holding {@code paragraphs} (Word needs at least one). */
    static Tc cell(int width, List<P> paragraphs) {
        Tc tc = FACTORY.createTc();
        TcPr tcPr = FACTORY.createTcPr();
        TblWidth w = FACTORY.createTblWidth();
        w.setW(BigInteger.valueOf(width));
        w.setType("dxa");
        tcPr.setTcW(w);
        tc.setTcPr(tcPr);
        tc.getContent().addAll(paragraphs);
        return tc;
    }

    /** A cell whose text keeps {@code sideMargin} twips from its left and right edges. */
    static Tc cell(int width, int sideMargin, List<P> paragraphs) {
        Tc tc = cell(width, paragraphs);
        tc.getTcPr().setTcMar(parse("""
                <w:tcMar>
                  <w:left w:w="%d" w:type="dxa"/>
                  <w:right w:w="%d" w:type="dxa"/>
                </w:tcMar>""".formatted(sideMargin, sideMargin), TcMar.class));
        return tc;
    }

    /** Wraps a table for the body's content list. */
    static JAXBElement<Tbl> block(Tbl tbl) {
        return FACTORY.createBodyTbl(tbl);
    }

    /** Unmarshals a WordprocessingML fragment written with the "w:" prefix. */
    static <T> T parse(String xml, Class<T> type) {
        String declared = xml.strip().replaceFirst("^<(w:\\w+)", "<$1 xmlns:w=\"" + NS + "\"");
        try {
            Object o = XmlUtils.unmarshalString(declared, Context.jc, type);
            return type.cast(o instanceof JAXBElement<?> e ? e.getValue() : o);
        } catch (JAXBException e) {
            throw new IllegalStateException("bad WordprocessingML fragment: " + xml, e);
        }
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
