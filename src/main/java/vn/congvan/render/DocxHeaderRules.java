package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.congvan.render.DocxParagraphs.Para;
import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseText;

import static vn.congvan.render.DocxChecks.msg;
import static vn.congvan.render.DocxChecks.oneLine;

/**
 * Rules on the header: national name, motto, issuer, number and symbol, place and date. Elements
 * are found by their text, so any Word file is judged, not only ours; the number line and the place
 * and date are recognised as the readers recognise them ({@link NumberLine}, {@link PlaceDateLine}).
 */
final class DocxHeaderRules {
    private final DocxChecks c;

    DocxHeaderRules(DocxChecks checks) {
        this.c = checks;
    }

    List<RuleResult> check() {
        return List.of(DecreeRule.NATIONAL_NAME.judge(this::nationalName), DecreeRule.MOTTO.judge(this::motto),
                DecreeRule.ISSUER.judge(this::issuer), DecreeRule.NUMBER.judge(this::number),
                DecreeRule.DATE.judge(this::date));
    }

    private RuleResult nationalName() {
        Optional<Para> found = c.first(p -> VietnameseText.fold(p.text()).equals(DocxChecks.NATIONAL));
        if (found.isEmpty()) {
            return c.fail(DecreeRule.NATIONAL_NAME, "docx.national.missing");
        }
        List<String> problems = new ArrayList<>();
        Para p = found.get();
        DocxChecks.size(problems, p, 12, 13);
        DocxChecks.bold(problems, p);
        DocxChecks.caps(problems, p);
        return problems.isEmpty()
                ? c.pass(DecreeRule.NATIONAL_NAME, "docx.national.ok", DocxChecks.sizeOf(p))
                : c.fail(DecreeRule.NATIONAL_NAME, "docx.national.bad", String.join(", ", problems));
    }

    private RuleResult motto() {
        Optional<Para> found = c.first(p -> VietnameseText.fold(p.text()).equals("doc lap tu do hanh phuc"));
        if (found.isEmpty()) {
            return c.fail(DecreeRule.MOTTO, "docx.motto.missing");
        }
        List<String> problems = new ArrayList<>();
        Para p = found.get();
        DocxChecks.size(problems, p, 13, 14);
        DocxChecks.bold(problems, p);
        if (!oneLine(p).equals(DocumentLines.MOTTO)) {
            problems.add(msg("docx.problem.mottoText", oneLine(p)));
        }
        return problems.isEmpty()
                ? c.pass(DecreeRule.MOTTO, "docx.motto.ok", DocxChecks.sizeOf(p))
                : c.fail(DecreeRule.MOTTO, "docx.motto.bad", String.join(", ", problems));
    }

    /**
     * The issuing body is the bold text just above "Số:" in its column (the parent body above it is
     * regular); without a bold line there, the line just above "Số:".
     */
    private RuleResult issuer() {
        if (c.number().isEmpty()) {
            return c.fail(DecreeRule.ISSUER, "docx.issuer.missing");
        }
        Para no = c.number().get();
        List<Para> above = c.paras().stream()
                .filter(p -> p.index() < no.index() && !p.blank())
                .filter(p -> no.place().topLevel()
                        ? p.place().topLevel()
                        : p.place().table() == no.place().table() && p.place().column() == no.place().column())
                .filter(DocxChecks::notNationalOrMotto)
                .toList();
        if (above.isEmpty()) {
            return c.fail(DecreeRule.ISSUER, "docx.issuer.missing");
        }
        List<Para> issuer = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0 && DocxChecks.allBold(above.get(i)); i--) {
            issuer.add(0, above.get(i));
        }
        if (issuer.isEmpty()) {
            issuer.add(above.get(above.size() - 1));
        }
        List<String> problems = new ArrayList<>();
        for (Para p : issuer) {
            DocxChecks.size(problems, p, 12, 13);
            DocxChecks.bold(problems, p);
            DocxChecks.caps(problems, p);
        }
        String name = String.join(" ", issuer.stream().map(DocxChecks::oneLine).toList());
        return problems.isEmpty()
                ? c.pass(DecreeRule.ISSUER, "docx.issuer.ok", name, DocxChecks.sizeOf(issuer.get(0)))
                : c.fail(DecreeRule.ISSUER, "docx.issuer.bad", name, String.join(", ", problems.stream().distinct().toList()));
    }

    private RuleResult number() {
        if (c.number().isEmpty()) {
            return c.fail(DecreeRule.NUMBER, "docx.number.missing");
        }
        String text = c.number().get().text().replace('\u00A0', ' ').strip();
        return switch (NumberLine.judge(text)) {
            case CONFORMS -> c.pass(DecreeRule.NUMBER, "docx.number.ok", text);
            case DRAFT -> c.pass(DecreeRule.NUMBER, "docx.number.draft", text);
            case EXTRA_SPACES -> c.fail(DecreeRule.NUMBER, "docx.number.bad", text, msg("docx.problem.numberSpaces"));
            case NOT_PADDED -> c.fail(DecreeRule.NUMBER, "docx.number.bad", text, msg("docx.problem.numberPadding"));
            case MALFORMED -> c.fail(DecreeRule.NUMBER, "docx.number.bad", text, msg("docx.problem.numberForm"));
        };
    }

    private RuleResult date() {
        Optional<Para> found = c.first(p -> PlaceDateLine.isPlaceDateLine(oneLine(p)));
        if (found.isEmpty()) {
            return c.fail(DecreeRule.DATE, "docx.date.missing");
        }
        Para p = found.get();
        String text = oneLine(p);
        List<String> problems = new ArrayList<>();
        for (PlaceDateLine.Problem problem : PlaceDateLine.problems(text)) {
            problems.add(msg(switch (problem) {
                case FORM -> "docx.problem.dateForm";
                case IMPOSSIBLE_DATE -> "docx.problem.impossibleDate";
                case DAY_NOT_PADDED -> "docx.problem.dayPadding";
                case MONTH_NOT_PADDED -> "docx.problem.monthPadding";
                case MONTH_PADDED -> "docx.problem.monthNoPadding";
            }));
        }
        DocxChecks.size(problems, p, 13, 14);
        DocxChecks.italic(problems, p);
        return problems.isEmpty()
                ? c.pass(DecreeRule.DATE, "docx.date.ok", text, DocxChecks.sizeOf(p))
                : c.fail(DecreeRule.DATE, "docx.date.bad", text, String.join(", ", problems));
    }
}
