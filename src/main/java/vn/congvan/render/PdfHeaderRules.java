package vn.congvan.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

/** Rules on the header of page 1: national name, motto, issuer, number and symbol, place and date. */
final class PdfHeaderRules {
    private static final Pattern MOTTO = Pattern.compile("Độc lập - Tự do - Hạnh phúc");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s?(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)/[\\p{L}\\d&]+(?:-[\\p{L}\\d&]+)*$");
    private static final Pattern DRAFT = Pattern.compile("^\\s*/(?:[\\p{L}\\d&]+(?:-[\\p{L}\\d&]+)*)?$");
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        return page.first(s -> NUMBER_LINE.matcher(s.trimmed()).matches());
    }

    /** The place and date: the first date of page 1 in the right half, else the first date anywhere on it. */
    private Optional<PdfTextSegment> dateSegment() {
        return page.first(s -> DATE.matcher(s.text()).find() && s.centre() > page.width() * 0.45f)
                .or(() -> page.first(s -> DATE.matcher(s.text()).find()));
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
        PdfTextSegment s = found.get();
        Matcher m = NUMBER_LINE.matcher(s.trimmed());
        m.matches();
        String value = m.group(1);
        String shown = s.trimmed();
        if (value.isBlank()) {
            // "Số:" and the number set apart: take the next piece on the same line.
            Optional<PdfTextSegment> next = page.sameLine(s).stream().filter(o -> o.x0() > s.x1()).findFirst();
            if (next.isPresent()) {
                value = next.get().trimmed();
                shown = shown + " " + value;
            }
        }
        if (DRAFT.matcher(value).matches()) {
            return c.result(DecreeRule.NUMBER, true, c.msg("check.number.draft", shown));
        }
        Matcher n = NUMBER.matcher(value);
        if (!n.matches()) {
            return c.result(DecreeRule.NUMBER, false, c.msg("check.number.bad", shown, c.msg("check.number.form")));
        }
        if (n.group(1).length() == 1) {
            return c.result(DecreeRule.NUMBER, false, c.msg("check.number.bad", shown, c.msg("check.number.padding")));
        }
        return c.result(DecreeRule.NUMBER, true, c.msg("check.number.ok", shown));
    }

    private RuleResult date() {
        Optional<PdfTextSegment> found = dateSegment();
        if (found.isEmpty()) {
            return notFound(DecreeRule.DATE, "ngày … tháng … năm …");
        }
        PdfTextSegment s = found.get();
        Matcher m = DATE.matcher(s.text());
        m.find();
        LocalDate date = VietnameseDates.of(m);
        String expected = VietnameseDates.formatLong(date);
        boolean padded = VietnameseText.oneLine(m.group()).equals(expected);
        boolean ok = padded && PdfChecks.between(s.size(), 13, 14) && s.italic();
        String detail = c.found(s) + (padded ? "" : " " + c.msg("check.date.expected", expected)) + " " + c.msg("check.require.date");
        return c.result(DecreeRule.DATE, ok, detail);
    }

    private RuleResult notFound(DecreeRule rule, String what) {
        return c.result(rule, false, c.msg("check.notFound", "\"" + what + "\""));
    }
}
