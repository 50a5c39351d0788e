package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import vn.congvan.render.DocxParagraphs.Para;

import static vn.congvan.render.DocxChecks.msg;
import static vn.congvan.render.DocxChecks.oneLine;

/** Rules below the header: the body's font size, "Nơi nhận" and its entries, the signer's name. */
final class DocxBodyRules {
    private final DocxChecks c;

    DocxBodyRules(DocxChecks checks) {
        this.c = checks;
    }

    List<RuleResult> check() {
        return List.of(DecreeRule.BODY_SIZE.judge(this::bodySize), DecreeRule.DISTRIBUTION.judge(this::distribution),
                DecreeRule.SIGNER_NAME.judge(this::signerName));
    }

    /** Text outside the layout tables, above "Nơi nhận": type, excerpt, Kính gửi, body. */
    private RuleResult bodySize() {
        int end = c.distributionLabel().map(Para::index).orElse(Integer.MAX_VALUE);
        List<Para> body = c.paras().stream()
                .filter(p -> p.place().topLevel() && !p.blank() && p.index() < end)
                .filter(DocxChecks::notNationalOrMotto)
                .toList();
        if (body.isEmpty()) {
            return c.fail(DecreeRule.BODY_SIZE, "docx.bodySize.missing");
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
            return c.fail(DecreeRule.BODY_SIZE, "docx.bodySize.bad", wrong, DocxChecks.points(example),
                    DocxChecks.snippet(example.text()));
        }
        return c.pass(DecreeRule.BODY_SIZE, "docx.bodySize.ok", body.size());
    }

    private RuleResult distribution() {
        Optional<Para> label = c.distributionLabel();
        if (label.isEmpty()) {
            return c.fail(DecreeRule.DISTRIBUTION, "docx.distribution.missing");
        }
        Para l = label.get();
        List<String> problems = new ArrayList<>();
        List<String> labelProblems = new ArrayList<>();
        DocxChecks.size(labelProblems, l, 12, 12);
        DocxChecks.bold(labelProblems, l);
        DocxChecks.italic(labelProblems, l);
        if (!labelProblems.isEmpty()) {
            problems.add(msg("docx.problem.label", String.join(", ", labelProblems)));
        }
        List<Para> entries = entriesAfter(l);
        if (entries.isEmpty()) {
            return c.fail(DecreeRule.DISTRIBUTION, "docx.distribution.empty");
        }
        for (int i = 0; i < entries.size(); i++) {
            Para e = entries.get(i);
            String text = oneLine(e);
            String end = i == entries.size() - 1 ? "." : ";";
            if (!e.inkRuns().stream().allMatch(r -> r.sizeWithin(11, 11))) {
                problems.add(msg("docx.problem.entrySize", text, DocxChecks.points(e.inkRuns().get(0))));
            }
            if (!text.startsWith("-") || !text.endsWith(end)) {
                problems.add(msg("docx.problem.entryForm", text, end));
            }
        }
        return problems.isEmpty()
                ? c.pass(DecreeRule.DISTRIBUTION, "docx.distribution.ok", entries.size())
                : c.fail(DecreeRule.DISTRIBUTION, "docx.distribution.bad", String.join("; ", problems));
    }

    /** The entries under "Nơi nhận:": the rest of its cell, or the top-level lines up to a blank one. */
    private List<Para> entriesAfter(Para label) {
        List<Para> paras = c.paras();
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
    private RuleResult signerName() {
        Optional<Para> label = c.distributionLabel();
        Predicate<Para> inSignatureBlock = label.isPresent() && !label.get().place().topLevel()
                ? p -> p.place().row() == label.get().place().row() && p.place().cell() != label.get().place().cell()
                : p -> true;
        Optional<Para> name = c.paras().stream().filter(inSignatureBlock).filter(p -> !p.blank())
                .reduce((a, b) -> b);
        if (name.isEmpty()) {
            return c.fail(DecreeRule.SIGNER_NAME, "docx.signer.missing");
        }
        String text = oneLine(name.get());
        return DocxChecks.allBold(name.get())
                ? c.pass(DecreeRule.SIGNER_NAME, "docx.signer.ok", text)
                : c.fail(DecreeRule.SIGNER_NAME, "docx.signer.bad", text);
    }
}
