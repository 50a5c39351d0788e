package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;

import vn.congvan.render.DocxParagraphs.Para;

import static vn.congvan.render.DocxChecks.mm;
import static vn.congvan.render.DocxChecks.msg;

/** Rules on the section as a whole: paper, margins, font, page numbers. */
final class DocxPageRules {
    /** Twips round a millimetre value by up to 0.02 mm; allow that, and no more, on the margin limits. */
    private static final double MARGIN_TOLERANCE_MM = 0.05;
    /** A4 as written by Word (11906 × 16838) and by other tools (11907 × 16839, 11905 × 16837 …). */
    private static final double PAPER_TOLERANCE_MM = 1.0;
    private static final Pattern PAGE_FIELD = Pattern.compile("(?<![A-Z])PAGE(?![A-Z])");

    private final DocxChecks c;

    DocxPageRules(DocxChecks checks) {
        this.c = checks;
    }

    List<RuleResult> check() {
        return List.of(DecreeRule.PAPER.judge(this::paper), DecreeRule.MARGINS.judge(this::margins),
                DecreeRule.FONT.judge(this::font), DecreeRule.PAGE_NUMBERS.judge(this::pageNumbers));
    }

    private RuleResult paper() {
        List<SectionWrapper> sections = c.sections();
        for (SectionWrapper section : sections) {
            SectPr.PgSz size = section.getSectPr() == null ? null : section.getSectPr().getPgSz();
            if (size == null || size.getW() == null || size.getH() == null) {
                return c.fail(DecreeRule.PAPER, "docx.paper.missing");
            }
            double w = mm(size.getW());
            double h = mm(size.getH());
            double shortSide = Math.min(w, h);
            double longSide = Math.max(w, h);
            if (Math.abs(shortSide - 210) > PAPER_TOLERANCE_MM || Math.abs(longSide - 297) > PAPER_TOLERANCE_MM) {
                return c.fail(DecreeRule.PAPER, "docx.paper.bad", w, h);
            }
        }
        if (sections.isEmpty()) {
            return c.fail(DecreeRule.PAPER, "docx.paper.missing");
        }
        SectPr.PgSz size = sections.get(0).getSectPr().getPgSz();
        return c.pass(DecreeRule.PAPER, "docx.paper.ok", mm(size.getW()), mm(size.getH()));
    }

    private RuleResult margins() {
        List<SectionWrapper> sections = c.sections();
        if (sections.isEmpty() || sections.get(0).getSectPr() == null) {
            return c.fail(DecreeRule.MARGINS, "docx.margins.missing");
        }
        List<String> problems = new ArrayList<>();
        SectPr.PgMar first = null;
        for (SectionWrapper section : sections) {
            SectPr.PgMar m = section.getSectPr() == null ? null : section.getSectPr().getPgMar();
            if (m == null || m.getTop() == null || m.getBottom() == null || m.getLeft() == null || m.getRight() == null) {
                return c.fail(DecreeRule.MARGINS, "docx.margins.missing");
            }
            first = first == null ? m : first;
            margin(problems, "docx.margin.top", mm(m.getTop().abs()), 20, 25);
            margin(problems, "docx.margin.bottom", mm(m.getBottom().abs()), 20, 25);
            margin(problems, "docx.margin.left", mm(m.getLeft()), 30, 35);
            margin(problems, "docx.margin.right", mm(m.getRight()), 15, 20);
        }
        if (!problems.isEmpty()) {
            return c.fail(DecreeRule.MARGINS, "docx.margins.bad", String.join("; ", problems.stream().distinct().toList()));
        }
        return c.pass(DecreeRule.MARGINS, "docx.margins.ok", mm(first.getTop().abs()), mm(first.getBottom().abs()),
                mm(first.getLeft()), mm(first.getRight()));
    }

    private static void margin(List<String> problems, String sideKey, double value, double min, double max) {
        if (value < min - MARGIN_TOLERANCE_MM || value > max + MARGIN_TOLERANCE_MM) {
            problems.add(msg("docx.margin.item", msg(sideKey), value, min, max));
        }
    }

    /** Every run that prints, in the body and in the page headers and footers, names Times New Roman. */
    private RuleResult font() {
        int wrong = 0;
        RunFormat example = null;
        for (List<Para> part : List.of(c.paras(), c.headerAndFooterParagraphs())) {
            for (Para p : part) {
                for (RunFormat r : p.inkRuns()) {
                    if (!r.fontIs(DocxChecks.FONT)) {
                        wrong++;
                        example = example == null ? r : example;
                    }
                }
            }
        }
        if (wrong > 0) {
            String found = example.otherFont(DocxChecks.FONT) == null ? msg("docx.font.unset") : example.otherFont(DocxChecks.FONT);
            return c.fail(DecreeRule.FONT, "docx.font.bad", wrong, found, DocxChecks.snippet(example.text()));
        }
        return c.pass(DecreeRule.FONT, "docx.font.ok");
    }

    /** A PAGE field in the page header, and a different (unnumbered) first page. */
    private RuleResult pageNumbers() {
        List<SectionWrapper> sections = c.sections();
        if (sections.isEmpty()) {
            return c.fail(DecreeRule.PAGE_NUMBERS, "docx.pageNumber.missing");
        }
        boolean numbered = false;
        for (SectionWrapper section : sections) {
            HeaderFooterPolicy policy = section.getHeaderFooterPolicy();
            numbered |= policy != null && hasPageField(policy.getDefaultHeader());
        }
        if (!numbered) {
            return c.fail(DecreeRule.PAGE_NUMBERS, "docx.pageNumber.missing");
        }
        SectionWrapper first = sections.get(0);
        SectPr sectPr = first.getSectPr();
        boolean titlePage = sectPr != null && sectPr.getTitlePg() != null && sectPr.getTitlePg().isVal();
        HeaderFooterPolicy policy = first.getHeaderFooterPolicy();
        if (!titlePage || (policy != null && hasPageField(policy.getFirstHeader()))) {
            return c.fail(DecreeRule.PAGE_NUMBERS, "docx.pageNumber.firstPage");
        }
        return c.pass(DecreeRule.PAGE_NUMBERS, "docx.pageNumber.ok");
    }

    private static boolean hasPageField(HeaderPart header) {
        return header != null && header.getJaxbElement() != null && hasPageField(header.getContent());
    }

    /** A PAGE field written either way: w:fldSimple, or w:instrText between w:fldChar runs. */
    private static boolean hasPageField(List<Object> content) {
        for (Object o : content) {
            if (o instanceof JAXBElement<?> e && "instrText".equals(e.getName().getLocalPart())
                    && e.getValue() instanceof Text t && t.getValue() != null && PAGE_FIELD.matcher(t.getValue()).find()) {
                return true;
            }
            Object item = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (item instanceof CTSimpleField field && field.getInstr() != null && PAGE_FIELD.matcher(field.getInstr()).find()) {
                return true;
            }
            if (item instanceof SdtElement sdt && sdt.getSdtContent() != null && hasPageField(sdt.getSdtContent().getContent())) {
                return true;
            }
            if (item instanceof ContentAccessor accessor && hasPageField(accessor.getContent())) {
                return true;
            }
        }
        return false;
    }
}
