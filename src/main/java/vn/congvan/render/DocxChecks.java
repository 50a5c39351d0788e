package vn.congvan.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.wml.ContentAccessor;

import vn.congvan.render.DocxParagraphs.Para;
import vn.congvan.text.Messages;
import vn.congvan.text.NumberLine;
import vn.congvan.text.VietnameseText;

/**
 * What the DOCX rules share: the document's paragraphs with their effective formats, its sections,
 * the paragraphs that locate the others ("Số:", "Nơi nhận:"), the Vietnamese messages, and small
 * judgements on a paragraph (size, bold, capitals).
 */
final class DocxChecks {
    static final String FONT = "Times New Roman";
    static final String NATIONAL = "cong hoa xa hoi chu nghia viet nam";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final Messages MESSAGES = Messages.of(DocxChecks.class);

    private final List<Para> paras;
    private final List<SectionWrapper> sections;
    private final RunFormatResolver formats;
    private final Optional<Para> number;
    private final Optional<Para> distributionLabel;

    DocxChecks(List<Para> paras, List<SectionWrapper> sections, RunFormatResolver formats) {
        this.paras = paras;
        this.sections = sections;
        this.formats = formats;
        this.number = first(p -> NumberLine.isNumberLine(oneLine(p)));
        this.distributionLabel = first(p -> VietnameseText.fold(p.text()).equals("noi nhan"));
    }

    List<Para> paras() {
        return paras;
    }

    List<SectionWrapper> sections() {
        return sections;
    }

    /** The line "Số: …". */
    Optional<Para> number() {
        return number;
    }

    /** The line "Nơi nhận:". */
    Optional<Para> distributionLabel() {
        return distributionLabel;
    }

    Optional<Para> first(Predicate<Para> test) {
        return paras.stream().filter(test).findFirst();
    }

    /** The paragraphs of the page headers and footers of every section. */
    List<Para> headerAndFooterParagraphs() {
        List<Para> found = new ArrayList<>();
        for (SectionWrapper section : sections) {
            HeaderFooterPolicy policy = section.getHeaderFooterPolicy();
            if (policy == null) {
                continue;
            }
            for (JaxbXmlPart<?> part : new JaxbXmlPart<?>[]{policy.getDefaultHeader(), policy.getFirstHeader(),
                    policy.getEvenHeader(), policy.getDefaultFooter(), policy.getFirstFooter(), policy.getEvenFooter()}) {
                if (part instanceof ContentAccessor accessor) {
                    found.addAll(DocxParagraphs.of(accessor.getContent(), formats));
                }
            }
        }
        return found;
    }

    RuleResult pass(DecreeRule rule, String key, Object... args) {
        return new RuleResult(rule, true, msg(key, args));
    }

    RuleResult fail(DecreeRule rule, String key, Object... args) {
        return new RuleResult(rule, false, msg(key, args));
    }

    static String msg(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    // --- judgements on one paragraph

    static void size(List<String> problems, Para p, double min, double max) {
        for (RunFormat r : p.inkRuns()) {
            if (!r.sizeWithin(min, max)) {
                String expected = min == max ? msg("docx.size.one", min) : msg("docx.size.range", min, max);
                problems.add(msg("docx.problem.size", points(r), expected));
                return;
            }
        }
    }

    static void bold(List<String> problems, Para p) {
        if (!allBold(p)) {
            problems.add(msg("docx.problem.notBold"));
        }
    }

    static void italic(List<String> problems, Para p) {
        if (!p.inkRuns().stream().allMatch(RunFormat::italic)) {
            problems.add(msg("docx.problem.notItalic"));
        }
    }

    static void caps(List<String> problems, Para p) {
        boolean upper = p.inkRuns().stream()
                .allMatch(r -> r.caps() || r.text().equals(VietnameseText.upper(r.text())));
        if (!upper) {
            problems.add(msg("docx.problem.notCaps"));
        }
    }

    static boolean allBold(Para p) {
        return !p.inkRuns().isEmpty() && p.inkRuns().stream().allMatch(RunFormat::bold);
    }

    /** Neither the national name nor the motto: they stand in the header whatever the layout. */
    static boolean notNationalOrMotto(Para p) {
        String folded = VietnameseText.fold(p.text());
        return !folded.equals(NATIONAL) && !folded.startsWith("doc lap tu do");
    }

    static String sizeOf(Para p) {
        return p.inkRuns().isEmpty() ? "?" : points(p.inkRuns().get(0));
    }

    static String points(RunFormat r) {
        return r.points() == null ? msg("docx.size.unset") : msg("docx.size.points", r.points());
    }

    static String oneLine(Para p) {
        return VietnameseText.oneLine(p.text());
    }

    static String snippet(String text) {
        String s = VietnameseText.oneLine(text);
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static double mm(BigInteger twips) {
        return Math.round(twips.doubleValue() / TWIPS_PER_MM * 10) / 10.0;
    }
}
