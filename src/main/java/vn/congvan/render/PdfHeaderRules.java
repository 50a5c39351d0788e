package vn.congvan.render;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseText;

/**
 * Rules on the header of page 1: national name, motto, issuer, number and symbol, place and date. The
 * number line and the place and date are recognised as the readers recognise them ({@link NumberLine},
 * {@link PlaceDateLine}).
 */
final class PdfHeaderRules {
    private static final Pattern MOTTO = Pattern.compile("Độc lập - Tự do - Hạnh phúc");

    private final PdfChecks c;
    private final PdfPageText page;

    PdfHeaderRules(PdfChecks checks) {
        this.c = checks;
        this.page = checks.pages().get(0);
    }

    List<RuleResult> check() {
        return List.of(c.guarded(DecreeRule.NATIONAL_NAME, this::nationalName), c.guarded(DecreeRule.MOTTO, this::motto),
                c.guarded(DecreeRule.ISSUER, this::issuer), c.guarded(DecreeRule.NUMBER, this::number), c.guarded(DecreeRule.DATE, this::date));
    }

    private Optional<PdfTextSegment> nationalSegment() {
        return page.first(s -> PdfChecks.says(s, DocumentLines.NATIONAL_NAME));
    }

    private Optional<PdfTextSegment> mottoSegment() {
        return page.first(s -> PdfChecks.says(s, DocumentLines.MOTTO));
    }

    private Optional<PdfTextSegment> numberSegment() {
        return page.first(s -> NumberLine.isNumberLine(s.trimmed()));
    }

    /** The place and date: the first such line of page 1 in the right half, else the first anywhere on it. */
    private Optional<PdfTextSegment> dateSegment() {
        return page.first(s -> PlaceDateLine.isPlaceDateLine(s.trimmed()) && s.centre() > page.width() * 0.45f)
                .or(() -> page.first(s -> PlaceDateLine.isPlaceDateLine(s.trimmed())));
    }

    private RuleResult nationalName() {
        return nationalSegment().map(s -> c.result(DecreeRule.NATIONAL_NAME,
                        PdfChecks.capitals(s.trimmed()) && PdfChecks.between(s.size(), 12, 13) && s.bold(),
                        c.found(s) + " " + c.msg("check.require.nationalName")))
                .orElseGet(() -> notFound(DecreeRule.NATIONAL_NAME, DocumentLines.NATIONAL_NAME));
    }

    private RuleResult motto() {
        return mottoSegment().map(s -> c.result(DecreeRule.MOTTO,
                        MOTTO.matcher(VietnameseText.oneLine(s.text())).find() && PdfChecks.between(s.size(), 13, 14) && s.bold(),
                        c.found(s) + " " + c.msg("check.require.motto")))
                .orElseGet(() -> notFound(DecreeRule.MOTTO, DocumentLines.MOTTO));
    }

    private RuleResult issuer() {
        float boundary = nationalSegment().map(PdfTextSegment::x0).orElse(page.width() * 0.45f);
        Optional<PdfTextSegment> number = numberSegment();
        float limit = number.map(PdfTextSegment::baseline)
                .or(() -> dateSegment().map(PdfTextSegment::baseline))
                .orElse(page.height() / 4);
        List<PdfTextSegment> bold = page.segments().stream()
                .filter(s -> s.baseline() < limit - 1 && s.centre() < boundary && s.bold())
                .toList();
        if (bold.isEmpty()) {
            return c.result(DecreeRule.ISSUER, false, c.msg("check.issuer.none"));
        }
        boolean ok = bold.stream().allMatch(s -> PdfChecks.capitals(s.trimmed()) && PdfChecks.between(s.size(), 12, 13));
        String found = bold.stream().map(c::found).collect(Collectors.joining(" "));
        return c.result(DecreeRule.ISSUER, ok, found + " " + c.msg("check.require.issuer"));
    }

    private RuleResult number() {
        Optional<PdfTextSegment> found = numberSegment();
        if (found.isEmpty()) {
            return notFound(DecreeRule.NUMBER, "Số:");
        }
        String shown = numberLine(found.get());
        return switch (NumberLine.judge(shown)) {
            case CONFORMS -> c.result(DecreeRule.NUMBER, true, c.msg("check.number.ok", shown));
            case DRAFT -> c.result(DecreeRule.NUMBER, true, c.msg("check.number.draft", shown));
            case NOT_PADDED -> c.result(DecreeRule.NUMBER, false, c.msg("check.number.bad", shown, c.msg("check.number.padding")));
            case EXTRA_SPACES, MALFORMED -> c.result(DecreeRule.NUMBER, false, c.msg("check.number.bad", shown, c.msg("check.number.form")));
        };
    }

    /** The number line; where "Số:" and the number are set apart, with the next piece on its line if together they read. */
    private String numberLine(PdfTextSegment s) {
        String line = s.trimmed();
        if (NumberLine.read(line).isPresent()) {
            return line;
        }
        return page.sameLine(s).stream().filter(o -> o.x0() > s.x1()).findFirst()
                .map(next -> line + " " + next.trimmed())
                .filter(joined -> NumberLine.read(joined).isPresent())
                .orElse(line);
    }

    private RuleResult date() {
        Optional<PdfTextSegment> found = dateSegment();
        if (found.isEmpty()) {
            return notFound(DecreeRule.DATE, "ngày … tháng … năm …");
        }
        PdfTextSegment s = found.get();
        List<PlaceDateLine.Problem> problems = PlaceDateLine.problems(s.trimmed());
        boolean ok = problems.isEmpty() && PdfChecks.between(s.size(), 13, 14) && s.italic();
        String detail = c.found(s) + expected(s.trimmed(), problems) + " " + c.msg("check.require.date");
        return c.result(DecreeRule.DATE, ok, detail);
    }

    /** How the place and date should have been written, when it was not. */
    private String expected(String line, List<PlaceDateLine.Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        if (problems.contains(PlaceDateLine.Problem.IMPOSSIBLE_DATE)) {
            return " " + c.msg("check.date.impossible");
        }
        PlaceDateLine.PlaceDate read = PlaceDateLine.read(line).orElseThrow();
        return " " + c.msg("check.date.expected", PlaceDateLine.write(read.place(), read.date()));
    }

    private RuleResult notFound(DecreeRule rule, String what) {
        return c.result(rule, false, c.msg("check.notFound", "\"" + what + "\""));
    }
}
