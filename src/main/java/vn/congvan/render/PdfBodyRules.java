package vn.congvan.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseText;

/** Rules below the header: the body's font size, "Nơi nhận" and its entries, the signer's name. */
final class PdfBodyRules {
    private static final float FULL_LINE_SHARE = 0.6f;

    private final PdfChecks c;

    PdfBodyRules(PdfChecks checks) {
        this.c = checks;
    }

    List<RuleResult> check() {
        return List.of(c.guarded(DecreeRule.BODY_SIZE, this::bodySize), c.guarded(DecreeRule.DISTRIBUTION, this::distribution),
                c.guarded(DecreeRule.SIGNER_NAME, this::signerName));
    }

    /** "Nơi nhận:", searched from the last page back. */
    private Optional<PdfTextSegment> label() {
        List<PdfPageText> pages = c.pages();
        for (int i = pages.size() - 1; i >= 0; i--) {
            Optional<PdfTextSegment> found = pages.get(i).first(s -> VietnameseText.fold(s.text()).startsWith("noi nhan"));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The size of most characters in lines that run across the text width, alone on their baseline
     * (so neither header columns nor table rows), between the header and "Nơi nhận".
     */
    private RuleResult bodySize() {
        PdfPageText first = c.pages().get(0);
        float headerEnd = first.segments().stream()
                .filter(s -> s.baseline() < first.height() / 3)
                .filter(s -> PlaceDateLine.isPlaceDateLine(s.trimmed()) || NumberLine.isNumberLine(s.trimmed()))
                .map(PdfTextSegment::baseline).max(Float::compare).orElse(0f);
        Optional<PdfTextSegment> label = label();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfPageText page : c.pages()) {
            for (PdfTextSegment s : PdfPageRules.body(page)) {
                left = Math.min(left, s.x0());
                right = Math.max(right, s.x1());
            }
        }
        float full = (right - left) * FULL_LINE_SHARE;
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfPageText page : c.pages()) {
            for (PdfTextSegment s : PdfPageRules.body(page)) {
                boolean inHeader = page.index() == 0 && s.baseline() <= headerEnd;
                boolean inFooter = label.isPresent() && (page.index() > label.get().page()
                        || page.index() == label.get().page() && s.baseline() >= label.get().baseline() - 1);
                if (!inHeader && !inFooter && s.x1() - s.x0() >= full && page.sameLine(s).size() == 1) {
                    chars.merge(s.size(), s.trimmed().length(), Integer::sum);
                }
            }
        }
        if (chars.isEmpty()) {
            return c.result(DecreeRule.BODY_SIZE, false, c.msg("check.body.none"));
        }
        Map.Entry<Float, Integer> most = chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return c.result(DecreeRule.BODY_SIZE, PdfChecks.between(most.getKey(), 13, 14), c.msg("check.body.found", most.getKey(), most.getValue()));
    }

    private RuleResult distribution() {
        Optional<PdfTextSegment> found = label();
        if (found.isEmpty()) {
            return c.result(DecreeRule.DISTRIBUTION, false, c.msg("check.distribution.none"));
        }
        PdfTextSegment label = found.get();
        PdfPageText page = c.pages().get(label.page());
        List<List<PdfTextSegment>> entries = entries(page, label);
        List<String> bad = new ArrayList<>();
        if (!PdfChecks.between(label.size(), 12, 12) || !label.bold() || !label.italic()) {
            bad.add(c.found(label));
        }
        for (int i = 0; i < entries.size(); i++) {
            List<PdfTextSegment> entry = entries.get(i);
            String text = VietnameseText.oneLine(entry.stream().map(PdfTextSegment::text).reduce("", (a, b) -> a + " " + b));
            for (PdfTextSegment s : entry) {
                if (!PdfChecks.between(s.size(), 11, 11)) {
                    bad.add(c.msg("check.distribution.entrySize", s.trimmed(), s.size()));
                }
            }
            boolean last = i == entries.size() - 1;
            if (last && !text.endsWith(".")) {
                bad.add(c.msg("check.distribution.period", text));
            } else if (!last && !text.endsWith(";")) {
                bad.add(c.msg("check.distribution.semicolon", text));
            }
        }
        if (entries.isEmpty()) {
            bad.add(c.msg("check.distribution.empty"));
        }
        String detail = c.msg("check.distribution.found", label.size(), c.face(label), entries.size())
                + (bad.isEmpty() ? "" : " " + c.msg("check.bad", c.list(bad))) + " " + c.msg("check.require.label");
        return c.result(DecreeRule.DISTRIBUTION, bad.isEmpty(), detail);
    }

    /** The lines under "Nơi nhận:" in its column, grouped into entries: a dash starts an entry, other lines continue it. */
    private List<List<PdfTextSegment>> entries(PdfPageText page, PdfTextSegment label) {
        List<List<PdfTextSegment>> entries = new ArrayList<>();
        float previousBottom = label.bottom();
        for (PdfTextSegment s : page.segments()) {
            boolean below = s.baseline() > label.baseline() + 1;
            boolean inColumn = s.x0() >= label.x0() - 2 * PdfChecks.MM && s.x0() < label.x0() + 20 * PdfChecks.MM
                    && s.centre() < page.width() / 2;
            if (!below || !inColumn) {
                continue;
            }
            if (s.top() - previousBottom > 2 * s.size()) {
                break;
            }
            if (s.trimmed().matches("^[-–—+•].*") || entries.isEmpty()) {
                entries.add(new ArrayList<>());
            }
            entries.get(entries.size() - 1).add(s);
            previousBottom = s.bottom();
        }
        return entries;
    }

    /** The lowest line of the right half at the end of the document, under the signing authority. */
    private RuleResult signerName() {
        Optional<PdfTextSegment> label = label();
        PdfPageText page = c.pages().get(label.map(PdfTextSegment::page).orElse(c.pages().size() - 1));
        float from = label.map(l -> l.top() - 2).orElse(0f);
        Optional<PdfTextSegment> name = PdfPageRules.body(page).stream()
                .filter(s -> s.top() >= from && s.x0() > page.width() / 2 - 10 * PdfChecks.MM && s.centre() > page.width() / 2)
                .reduce((a, b) -> b);
        if (name.isEmpty()) {
            return c.result(DecreeRule.SIGNER_NAME, false, c.msg("check.signer.none"));
        }
        PdfTextSegment s = name.get();
        return c.result(DecreeRule.SIGNER_NAME, s.bold() && PdfChecks.between(s.size(), 13, 14),
                c.found(s) + " " + c.msg("check.require.signerName"));
    }
}
