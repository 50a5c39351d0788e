package vn.congvan.render;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;
import vn.congvan.model.InputException;
import vn.congvan.render.DocxParagraphs.Para;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a DOCX against the presentation rules of Decree 30 (decree30-format.md), one
 * {@link RuleResult} per rule, with what was found in Vietnamese for the clerk. Formats are the
 * effective ones: a run's own properties, else its paragraph style and the styles it is based on,
 * else the document defaults. Elements are found by their text (quốc hiệu, "Số:", "Nơi nhận:" …), so
 * the checker judges any Word file, not only ours.
 *
 * <p>Rule names: paper, margins, font, national, motto, issuer, number, date, body-size, page-number,
 * distribution, signer.
 */
public final class DocxFormatChecker {
    private static final Messages MESSAGES = Messages.of(DocxFormatChecker.class);
    private static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** Twips round a millimetre value by up to 0.02 mm; allow that, and no more, on the margin limits. */
    private static final double MARGIN_TOLERANCE_MM = 0.05;
    /** A4 as written by Word (11906 × 16838) and by other tools (11907 × 16839, 11905 × 16837 …). */
    private static final double PAPER_TOLERANCE_MM = 1.0;

    private static final String NATIONAL = "cong hoa xa hoi chu nghia viet nam";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final Pattern NUMBER = Pattern.compile("^Số: (\\d+)/(\\S+)$");
    private static final Pattern DRAFT_NUMBER = Pattern.compile("^Số:\\s+/\\S*$");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^\\s*[^,]+,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\s*$");
    private static final Pattern PAGE_FIELD = Pattern.compile("(?<![A-Z])PAGE(?![A-Z])");

    /**
     * @throws InputException when {@code docx} cannot be read as a Word document
     */
    public List<RuleResult> check(Path docx) {
        WordprocessingMLPackage pkg = load(docx);
        MainDocumentPart main = pkg.getMainDocumentPart();
        RunFormatResolver formats = new RunFormatResolver(main.getPropertyResolver(), main.getThemePart());
        List<Para> paras = DocxParagraphs.of(main.getContent(), formats);
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();

        Optional<Para> number = first(paras, p -> oneLine(p).startsWith("Số") && oneLine(p).matches("^Số\\s*:.*"));
        Optional<Para> distributionLabel = first(paras, p -> VietnameseText.fold(p.text()).equals("noi nhan"));

        List<RuleResult> results = new ArrayList<>();
        results.add(paper(sections));
        results.add(margins(sections));
        results.add(font(paras, headerParagraphs(sections, formats)));
        results.add(national(paras));
        results.add(motto(paras));
        results.add(issuer(paras, number));
        results.add(number(number));
        results.add(date(paras));
        results.add(bodySize(paras, distributionLabel));
        results.add(pageNumber(sections));
        results.add(distribution(paras, distributionLabel));
        results.add(signer(paras, distributionLabel));
        return List.copyOf(results);
    }

    // --- page -------------------------------------------------------------------------------------

    private RuleResult paper(List<SectionWrapper> sections) {
        for (SectionWrapper section : sections) {
            SectPr.PgSz size = section.getSectPr() == null ? null : section.getSectPr().getPgSz();
            if (size == null || size.getW() == null || size.getH() == null) {
                return fail("paper", "docx.paper.missing");
            }
            double w = mm(size.getW());
            double h = mm(size.getH());
            double shortSide = Math.min(w, h);
            double longSide = Math.max(w, h);
            if (Math.abs(shortSide - 210) > PAPER_TOLERANCE_MM || Math.abs(longSide - 297) > PAPER_TOLERANCE_MM) {
                return fail("paper", "docx.paper.bad", w, h);
            }
        }
        if (sections.isEmpty()) {
            return fail("paper", "docx.paper.missing");
        }
        SectPr.PgSz size = sections.get(0).getSectPr().getPgSz();
        return pass("paper", "docx.paper.ok", mm(size.getW()), mm(size.getH()));
    }

    private RuleResult margins(List<SectionWrapper> sections) {
        if (sections.isEmpty() || sections.get(0).getSectPr() == null) {
            return fail("margins", "docx.margins.missing");
        }
        List<String> problems = new ArrayList<>();
        SectPr.PgMar first = null;
        for (SectionWrapper section : sections) {
            SectPr.PgMar m = section.getSectPr() == null ? null : section.getSectPr().getPgMar();
            if (m == null || m.getTop() == null || m.getBottom() == null || m.getLeft() == null || m.getRight() == null) {
                return fail("margins", "docx.margins.missing");
            }
            first = first == null ? m : first;
            margin(problems, "docx.margin.top", mm(m.getTop().abs()), 20, 25);
            margin(problems, "docx.margin.bottom", mm(m.getBottom().abs()), 20, 25);
            margin(problems, "docx.margin.left", mm(m.getLeft()), 30, 35);
            margin(problems, "docx.margin.right", mm(m.getRight()), 15, 20);
        }
        if (!problems.isEmpty()) {
            return fail("margins", "docx.margins.bad", String.join("; ", problems.stream().distinct().toList()));
        }
        return pass("margins", "docx.margins.ok", mm(first.getTop().abs()), mm(first.getBottom().abs()),
                mm(first.getLeft()), mm(first.getRight()));
    }

    private static void margin(List<String> problems, String sideKey, double value, double min, double max) {
        if (value < min - MARGIN_TOLERANCE_MM || value > max + MARGIN_TOLERANCE_MM) {
            problems.add(MESSAGES.get("docx.margin.item", MESSAGES.get(sideKey), value, min, max));
        }
    }

    // --- font -------------------------------------------------------------------------------------

    private RuleResult font(List<Para> body, List<Para> headers) {
        int wrong = 0;
        RunFormat example = null;
        for (List<Para> part : List.of(body, headers)) {
            for (Para p : part) {
                for (RunFormat r : p.inkRuns()) {
                    if (!r.fontIs(FONT)) {
                        wrong++;
                        example = example == null ? r : example;
                    }
                }
            }
        }
        if (wrong > 0) {
            String found = example.otherFont(FONT) == null ? MESSAGES.get("docx.font.unset") : example.otherFont(FONT);
            return fail("font", "docx.font.bad", wrong, found, snippet(example.text()));
        }
        return pass("font", "docx.font.ok");
    }

    // --- header -----------------------------------------------------------------------------------

    private RuleResult national(List<Para> paras) {
        Optional<Para> found = first(paras, p -> VietnameseText.fold(p.text()).equals(NATIONAL));
        if (found.isEmpty()) {
            return fail("national", "docx.national.missing");
        }
        List<String> problems = new ArrayList<>();
        Para p = found.get();
        size(problems, p, 12, 13);
        bold(problems, p);
        caps(problems, p);
        return problems.isEmpty()
                ? pass("national", "docx.national.ok", sizeOf(p))
                : fail("national", "docx.national.bad", String.join(", ", problems));
    }

    private RuleResult motto(List<Para> paras) {
        Optional<Para> found = first(paras, p -> VietnameseText.fold(p.text()).equals("doc lap tu do hanh phuc"));
        if (found.isEmpty()) {
            return fail("motto", "docx.motto.missing");
        }
        List<String> problems = new ArrayList<>();
        Para p = found.get();
        size(problems, p, 13, 14);
        bold(problems, p);
        if (!oneLine(p).equals(MOTTO)) {
            problems.add(MESSAGES.get("docx.problem.mottoText", oneLine(p)));
        }
        return problems.isEmpty()
                ? pass("motto", "docx.motto.ok", sizeOf(p))
                : fail("motto", "docx.motto.bad", String.join(", ", problems));
    }

    /**
     * The issuing body is the bold text just above "Số:" in its column (the parent body above it is
     * regular); without a bold line there, the line just above "Số:".
     */
    private RuleResult issuer(List<Para> paras, Optional<Para> number) {
        if (number.isEmpty()) {
            return fail("issuer", "docx.issuer.missing");
        }
        Para no = number.get();
        List<Para> above = paras.stream()
                .filter(p -> p.index() < no.index() && !p.blank())
                .filter(p -> no.place().topLevel()
                        ? p.place().topLevel()
                        : p.place().table() == no.place().table() && p.place().column() == no.place().column())
                .filter(p -> !VietnameseText.fold(p.text()).equals(NATIONAL)
                        && !VietnameseText.fold(p.text()).startsWith("doc lap tu do"))
                .toList();
        if (above.isEmpty()) {
            return fail("issuer", "docx.issuer.missing");
        }
        List<Para> issuer = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0 && allBold(above.get(i)); i--) {
            issuer.add(0, above.get(i));
        }
        if (issuer.isEmpty()) {
            issuer.add(above.get(above.size() - 1));
        }
        List<String> problems = new ArrayList<>();
        for (Para p : issuer) {
            size(problems, p, 12, 13);
            bold(problems, p);
            caps(problems, p);
        }
        String name = String.join(" ", issuer.stream().map(DocxFormatChecker::oneLine).toList());
        return problems.isEmpty()
                ? pass("issuer", "docx.issuer.ok", name, sizeOf(issuer.get(0)))
                : fail("issuer", "docx.issuer.bad", name, String.join(", ", problems.stream().distinct().toList()));
    }

    private RuleResult number(Optional<Para> number) {
        if (number.isEmpty()) {
            return fail("number", "docx.number.missing");
        }
        String text = number.get().text().replace('\u00A0', ' ').strip();
        if (DRAFT_NUMBER.matcher(text).matches()) {
            return pass("number", "docx.number.draft", text);
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            String problem = text.matches("^Số\\s*:.*\\s/.*|^Số\\s*:.*/\\s.*|^Số:\\s{2,}.*|^Số\\s+:.*")
                    ? MESSAGES.get("docx.problem.numberSpaces") : MESSAGES.get("docx.problem.numberForm");
            return fail("number", "docx.number.bad", text, problem);
        }
        if (m.group(1).length() == 1) {
            return fail("number", "docx.number.bad", text, MESSAGES.get("docx.problem.numberPadding"));
        }
        return pass("number", "docx.number.ok", text);
    }

    private RuleResult date(List<Para> paras) {
        Optional<Para> found = first(paras, p -> PLACE_DATE.matcher(oneLine(p)).matches());
        if (found.isEmpty()) {
            return fail("date", "docx.date.missing");
        }
        Para p = found.get();
        String text = oneLine(p);
        Matcher m = PLACE_DATE.matcher(text);
        m.matches();
        List<String> problems = new ArrayList<>();
        String day = m.group(1);
        String month = m.group(2);
        try {
            LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            problems.add(MESSAGES.get("docx.problem.impossibleDate"));
        }
        if (day.length() != 2) {
            problems.add(MESSAGES.get("docx.problem.dayPadding"));
        }
        int monthValue = Integer.parseInt(month);
        if (monthValue <= 2 && month.length() != 2) {
            problems.add(MESSAGES.get("docx.problem.monthPadding"));
        } else if (monthValue > 2 && month.startsWith("0")) {
            problems.add(MESSAGES.get("docx.problem.monthNoPadding"));
        }
        size(problems, p, 13, 14);
        if (!p.inkRuns().stream().allMatch(RunFormat::italic)) {
            problems.add(MESSAGES.get("docx.problem.notItalic"));
        }
        return problems.isEmpty()
                ? pass("date", "docx.date.ok", text, sizeOf(p))
                : fail("date", "docx.date.bad", text, String.join(", ", problems));
    }

    // --- body -------------------------------------------------------------------------------------

    /** Text outside the layout tables, above "Nơi nhận": type, excerpt, Kính gửi, body. */
    private RuleResult bodySize(List<Para> paras, Optional<Para> distributionLabel) {
        int end = distributionLabel.map(Para::index).orElse(Integer.MAX_VALUE);
        List<Para> body = paras.stream()
                .filter(p -> p.place().topLevel() && !p.blank() && p.index() < end)
                .filter(p -> !VietnameseText.fold(p.text()).equals(NATIONAL)
                        && !VietnameseText.fold(p.text()).startsWith("doc lap tu do"))
                .toList();
        if (body.isEmpty()) {
            return fail("body-size", "docx.bodySize.missing");
        }
        int wrong = 0;
        RunFormat example = null;
        for (Para p : body) {
            for (RunFormat r : p.inkRuns()) {
                if (!r.sizeWithin(13, 14)) {
                    wrong++;
                    example = example == null ? r : example;
                }
            }
        }
        if (wrong > 0) {
            return fail("body-size", "docx.bodySize.bad", wrong, points(example), snippet(example.text()));
        }
        return pass("body-size", "docx.bodySize.ok", body.size());
    }

    // --- page number ------------------------------------------------------------------------------

    private RuleResult pageNumber(List<SectionWrapper> sections) {
        if (sections.isEmpty()) {
            return fail("page-number", "docx.pageNumber.missing");
        }
        boolean numbered = false;
        for (SectionWrapper section : sections) {
            HeaderFooterPolicy policy = section.getHeaderFooterPolicy();
            numbered |= policy != null && hasPageField(policy.getDefaultHeader());
        }
        if (!numbered) {
            return fail("page-number", "docx.pageNumber.missing");
        }
        SectionWrapper first = sections.get(0);
        SectPr sectPr = first.getSectPr();
        boolean titlePage = sectPr != null && sectPr.getTitlePg() != null && sectPr.getTitlePg().isVal();
        HeaderFooterPolicy policy = first.getHeaderFooterPolicy();
        if (!titlePage || (policy != null && hasPageField(policy.getFirstHeader()))) {
            return fail("page-number", "docx.pageNumber.firstPage");
        }
        return pass("page-number", "docx.pageNumber.ok");
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

    // --- footer -----------------------------------------------------------------------------------

    private RuleResult distribution(List<Para> paras, Optional<Para> label) {
        if (label.isEmpty()) {
            return fail("distribution", "docx.distribution.missing");
        }
        Para l = label.get();
        List<String> problems = new ArrayList<>();
        List<String> labelProblems = new ArrayList<>();
        size(labelProblems, l, 12, 12);
        bold(labelProblems, l);
        if (!l.inkRuns().stream().allMatch(RunFormat::italic)) {
            labelProblems.add(MESSAGES.get("docx.problem.notItalic"));
        }
        if (!labelProblems.isEmpty()) {
            problems.add(MESSAGES.get("docx.problem.label", String.join(", ", labelProblems)));
        }
        List<Para> entries = entriesAfter(paras, l);
        if (entries.isEmpty()) {
            return fail("distribution", "docx.distribution.empty");
        }
        for (int i = 0; i < entries.size(); i++) {
            Para e = entries.get(i);
            String text = oneLine(e);
            String end = i == entries.size() - 1 ? "." : ";";
            if (!e.inkRuns().stream().allMatch(r -> r.sizeWithin(11, 11))) {
                problems.add(MESSAGES.get("docx.problem.entrySize", text, points(e.inkRuns().get(0))));
            }
            if (!text.startsWith("-") || !text.endsWith(end)) {
                problems.add(MESSAGES.get("docx.problem.entryForm", text, end));
            }
        }
        return problems.isEmpty()
                ? pass("distribution", "docx.distribution.ok", entries.size())
                : fail("distribution", "docx.distribution.bad", String.join("; ", problems));
    }

    /** The entries under "Nơi nhận:": the rest of its cell, or the top-level lines up to a blank one. */
    private static List<Para> entriesAfter(List<Para> paras, Para label) {
        List<Para> entries = new ArrayList<>();
        for (Para p : paras.subList(label.index() + 1, paras.size())) {
            if (label.place().topLevel()) {
                if (!p.place().topLevel() || p.blank()) {
                    break;
                }
            } else if (p.place().cell() != label.place().cell()) {
                break;
            }
            if (!p.blank()) {
                entries.add(p);
            }
        }
        return entries;
    }

    /** The signer's name: the last line of the cell beside "Nơi nhận", else the last line of the text. */
    private RuleResult signer(List<Para> paras, Optional<Para> label) {
        Predicate<Para> inSignatureBlock = label.isPresent() && !label.get().place().topLevel()
                ? p -> p.place().row() == label.get().place().row() && p.place().cell() != label.get().place().cell()
                : p -> true;
        Optional<Para> name = paras.stream().filter(inSignatureBlock).filter(p -> !p.blank())
                .reduce((a, b) -> b);
        if (name.isEmpty()) {
            return fail("signer", "docx.signer.missing");
        }
        String text = oneLine(name.get());
        return allBold(name.get())
                ? pass("signer", "docx.signer.ok", text)
                : fail("signer", "docx.signer.bad", text);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static List<Para> headerParagraphs(List<SectionWrapper> sections, RunFormatResolver formats) {
        List<Para> paras = new ArrayList<>();
        for (SectionWrapper section : sections) {
            HeaderFooterPolicy policy = section.getHeaderFooterPolicy();
            if (policy == null) {
                continue;
            }
            for (var part : new org.docx4j.openpackaging.parts.JaxbXmlPart<?>[]{policy.getDefaultHeader(), policy.getFirstHeader(),
                    policy.getEvenHeader(), policy.getDefaultFooter(), policy.getFirstFooter(), policy.getEvenFooter()}) {
                if (part instanceof ContentAccessor accessor) {
                    paras.addAll(DocxParagraphs.of(accessor.getContent(), formats));
                }
            }
        }
        return paras;
    }

    private static void size(List<String> problems, Para p, double min, double max) {
        for (RunFormat r : p.inkRuns()) {
            if (!r.sizeWithin(min, max)) {
                String expected = min == max ? MESSAGES.get("docx.size.one", min) : MESSAGES.get("docx.size.range", min, max);
                problems.add(MESSAGES.get("docx.problem.size", points(r), expected));
                return;
            }
        }
    }

    private static void bold(List<String> problems, Para p) {
        if (!allBold(p)) {
            problems.add(MESSAGES.get("docx.problem.notBold"));
        }
    }

    private static void caps(List<String> problems, Para p) {
        boolean upper = p.inkRuns().stream()
                .allMatch(r -> r.caps() || r.text().equals(VietnameseText.upper(r.text())));
        if (!upper) {
            problems.add(MESSAGES.get("docx.problem.notCaps"));
        }
    }

    private static boolean allBold(Para p) {
        return !p.inkRuns().isEmpty() && p.inkRuns().stream().allMatch(RunFormat::bold);
    }

    private static String sizeOf(Para p) {
        return p.inkRuns().isEmpty() ? "?" : points(p.inkRuns().get(0));
    }

    private static String points(RunFormat r) {
        return r.points() == null ? MESSAGES.get("docx.size.unset") : MESSAGES.get("docx.size.points", r.points());
    }

    private static String oneLine(Para p) {
        return VietnameseText.oneLine(p.text());
    }

    private static String snippet(String text) {
        String s = VietnameseText.oneLine(text);
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static Optional<Para> first(List<Para> paras, Predicate<Para> test) {
        return paras.stream().filter(test).findFirst();
    }

    private static double mm(BigInteger twips) {
        return Math.round(twips.doubleValue() / TWIPS_PER_MM * 10) / 10.0;
    }

    private static RuleResult pass(String rule, String key, Object... args) {
        return new RuleResult(rule, true, MESSAGES.get(key, args));
    }

    private static RuleResult fail(String rule, String key, Object... args) {
        return new RuleResult(rule, false, MESSAGES.get(key, args));
    }

    private static WordprocessingMLPackage load(Path docx) {
        if (!Files.isRegularFile(docx)) {
            throw new InputException(MESSAGES.get("docx.check.notFound", docx));
        }
        try {
            return WordprocessingMLPackage.load(docx.toFile());
        } catch (Docx4JException | RuntimeException e) {
            throw new InputException(MESSAGES.get("docx.check.unreadable", docx), e);
        }
    }
}
