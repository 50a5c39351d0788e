package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.congvan.ingest.PdfFont;
import vn.congvan.text.PageNumberLine;

/** Rules on the pages as a whole: paper, margins, font, page numbers. */
final class PdfPageRules {
    private static final float PAPER_SLACK_MM = 1;
    private static final float MARGIN_SLACK_MM = 0.3f;
    private static final float CENTRE_SLACK_MM = 5;

    private final PdfChecks c;

    PdfPageRules(PdfChecks checks) {
        this.c = checks;
    }

    List<RuleResult> check() {
        return List.of(c.guarded(DecreeRule.PAPER, this::paper), c.guarded(DecreeRule.MARGINS, this::margins),
                c.guarded(DecreeRule.FONT, this::font), c.guarded(DecreeRule.PAGE_NUMBERS, this::pageNumbers));
    }

    private RuleResult paper() {
        List<String> landscape = new ArrayList<>();
        for (PdfPageText page : c.pages()) {
            float w = PdfChecks.mm(page.width());
            float h = PdfChecks.mm(page.height());
            boolean portrait = near(w, 210) && near(h, 297);
            boolean turned = near(w, 297) && near(h, 210) && page.index() > 0;
            if (!portrait && !turned) {
                return c.result(DecreeRule.PAPER, false, c.msg("check.paper.bad", page.index() + 1, w, h));
            }
            if (turned) {
                landscape.add(Integer.toString(page.index() + 1));
            }
        }
        PdfPageText first = c.pages().get(0);
        String detail = c.msg("check.paper.ok", PdfChecks.mm(first.width()), PdfChecks.mm(first.height()), c.pages().size());
        if (!landscape.isEmpty()) {
            detail += " " + c.msg("check.paper.landscape", String.join(", ", landscape));
        }
        return c.result(DecreeRule.PAPER, true, detail);
    }

    private static boolean near(float mm, float wanted) {
        return Math.abs(mm - wanted) <= PAPER_SLACK_MM;
    }

    private RuleResult margins() {
        float top = Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = Float.MAX_VALUE;
        for (PdfPageText page : c.pages()) {
            for (PdfTextSegment s : body(page)) {
                top = Math.min(top, s.top());
                bottom = Math.min(bottom, page.height() - s.bottom());
                left = Math.min(left, s.x0());
                right = Math.min(right, page.width() - s.x1());
            }
        }
        float t = PdfChecks.mm(top);
        float b = PdfChecks.mm(bottom);
        float l = PdfChecks.mm(left);
        float r = PdfChecks.mm(right);
        List<String> bad = new ArrayList<>();
        if (!inside(t, 20, 25)) {
            bad.add(c.msg("check.margins.top"));
        }
        // Pages end where their content ends, so only the least bottom margin is meaningful.
        if (b < 20 - MARGIN_SLACK_MM) {
            bad.add(c.msg("check.margins.bottom"));
        }
        if (!inside(l, 30, 35)) {
            bad.add(c.msg("check.margins.left"));
        }
        if (!inside(r, 15, 20)) {
            bad.add(c.msg("check.margins.right"));
        }
        String detail = c.msg("check.margins.found", t, b, l, r) + " "
                + (bad.isEmpty() ? c.msg("check.margins.rule") : c.msg("check.margins.bad", String.join(", ", bad)) + " "
                + c.msg("check.margins.rule"));
        return c.result(DecreeRule.MARGINS, bad.isEmpty(), detail);
    }

    private static boolean inside(float mm, float low, float high) {
        return mm >= low - MARGIN_SLACK_MM && mm <= high + MARGIN_SLACK_MM;
    }

    /** The page's text without its page number (at the top or, in documents not made by us, the foot). */
    static List<PdfTextSegment> body(PdfPageText page) {
        Optional<PdfTextSegment> head = PdfChecks.pageNumberAtTop(page);
        Optional<PdfTextSegment> foot = PdfChecks.pageNumberAtFoot(page);
        return page.segments().stream()
                .filter(s -> head.map(h -> h != s).orElse(true) && foot.map(f -> f != s).orElse(true)).toList();
    }

    private RuleResult font() {
        List<String> bad = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (PdfFont f : c.fonts().values()) {
            String family = squeezed(f.name());
            boolean times = family.startsWith("timesnewroman") || family.startsWith("liberationserif") || family.startsWith("tinos");
            if (!times) {
                bad.add(c.msg("check.font.family", f.name()));
            } else if (!f.embedded()) {
                bad.add(c.msg("check.font.notEmbedded", f.name()));
            } else {
                good.add(f.name());
            }
        }
        if (!bad.isEmpty()) {
            return c.result(DecreeRule.FONT, false, c.msg("check.font.bad", c.list(bad)));
        }
        return c.result(DecreeRule.FONT, true, c.msg("check.font.ok", String.join(", ", good)));
    }

    /** "TimesNewRomanPS-BoldMT" → "timesnewromanps-boldmt": for family matching. */
    private static String squeezed(String fontName) {
        return fontName.replaceAll("[\\s,_]", "").toLowerCase(Locale.ROOT);
    }

    private RuleResult pageNumbers() {
        List<PdfPageText> pages = c.pages();
        List<String> bad = new ArrayList<>();
        if (PdfChecks.pageNumberAtTop(pages.get(0)).isPresent()) {
            bad.add(c.msg("check.pages.onFirst"));
        }
        float textCentre = textCentre();
        for (PdfPageText page : pages.subList(1, pages.size())) {
            int number = page.index() + 1;
            Optional<PdfTextSegment> found = PdfChecks.pageNumberAtTop(page);
            if (found.isEmpty()) {
                bad.add(c.msg("check.pages.missing", number));
                continue;
            }
            PdfTextSegment s = found.get();
            // Recognised as a page number, yet not as Decree 30 sets one ("Trang 2"), or the wrong one.
            if (!PageNumberLine.conforms(s.text()) || PageNumberLine.read(s.text()).orElse(-1) != number) {
                bad.add(c.msg("check.pages.wrong", number, s.trimmed()));
            }
            float centre = s.centre();
            boolean centred = PdfChecks.mm(Math.abs(centre - textCentre)) <= CENTRE_SLACK_MM
                    || PdfChecks.mm(Math.abs(centre - page.width() / 2)) <= CENTRE_SLACK_MM;
            if (!centred) {
                bad.add(c.msg("check.pages.offCentre", number));
            }
            if (!PdfChecks.between(s.size(), 13, 14) || s.italic()) {
                bad.add(c.msg("check.pages.style", number, s.size(), c.face(s)));
            }
        }
        if (!bad.isEmpty()) {
            return c.result(DecreeRule.PAGE_NUMBERS, false, c.msg("check.pages.bad", c.list(bad)));
        }
        return c.result(DecreeRule.PAGE_NUMBERS, true, pages.size() == 1 ? c.msg("check.pages.one") : c.msg("check.pages.ok", pages.size()));
    }

    /** Middle of the text area: halfway between the leftmost and rightmost text of the document. */
    private float textCentre() {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfPageText page : c.pages()) {
            for (PdfTextSegment s : body(page)) {
                left = Math.min(left, s.x0());
                right = Math.max(right, s.x1());
            }
        }
        return left <= right ? (left + right) / 2 : c.pages().get(0).width() / 2;
    }
}
