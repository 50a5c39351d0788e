package vn.congvan.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import vn.congvan.ingest.PdfFont;
import vn.congvan.ingest.PdfGlyphPage;
import vn.congvan.text.Messages;
import vn.congvan.text.PageNumberLine;
import vn.congvan.text.VietnameseText;

/**
 * What the PDF rules share: the document's text, the Vietnamese messages, and small measures
 * (millimetres, size ranges, capitals, the page number at the top of a page).
 */
final class PdfChecks {
    static final float MM = 72f / 25.4f;
    /** Font sizes are compared with this slack: producers write 13.98 for 14. */
    static final float SIZE_SLACK = 0.1f;

    private final Messages messages = Messages.of(PdfChecks.class);
    private final List<PdfPageText> pages;
    private final Map<String, PdfFont> fonts;

    private PdfChecks(List<PdfPageText> pages, Map<String, PdfFont> fonts) {
        this.pages = List.copyOf(pages);
        this.fonts = Map.copyOf(fonts);
    }

    /** The pages as the PDF reader read them, and the fonts that set at least one visible character, by name. */
    static PdfChecks of(List<PdfGlyphPage> read) {
        Map<String, PdfFont> fonts = new LinkedHashMap<>();
        for (PdfGlyphPage page : read) {
            page.glyphs().stream().filter(g -> !g.blank()).forEach(g -> fonts.putIfAbsent(g.font().name(), g.font()));
        }
        return new PdfChecks(read.stream().map(PdfPageText::of).toList(), fonts);
    }

    List<PdfPageText> pages() {
        return pages;
    }

    Map<String, PdfFont> fonts() {
        return fonts;
    }

    boolean hasText() {
        return pages.stream().anyMatch(p -> !p.segments().isEmpty());
    }

    String msg(String key, Object... args) {
        return messages.get(key, args);
    }

    RuleResult result(DecreeRule rule, boolean ok, String detail) {
        return new RuleResult(rule, ok, detail);
    }

    /** Judges one rule; on a file without text, every rule but the paper's says it cannot be checked. */
    RuleResult guarded(DecreeRule rule, Supplier<RuleResult> check) {
        if (!hasText() && rule != DecreeRule.PAPER) {
            return result(rule, false, msg("check.noText"));
        }
        return rule.judge(check);
    }

    /** Problems joined with "; ", the first few only, so that a long document does not give a wall of text. */
    String list(List<String> problems) {
        int shown = 5;
        if (problems.size() <= shown + 1) {
            return String.join("; ", problems);
        }
        return String.join("; ", problems.subList(0, shown)) + "; " + msg("check.more", problems.size() - shown);
    }

    /** "“ỦY BAN NHÂN DÂN”: cỡ chữ 13, in đậm." */
    String found(PdfTextSegment s) {
        return msg("check.found", s.trimmed(), s.size(), face(s));
    }

    String face(PdfTextSegment s) {
        if (s.bold() && s.italic()) {
            return msg("check.face.boldItalic");
        }
        if (s.bold()) {
            return msg("check.face.bold");
        }
        return s.italic() ? msg("check.face.italic") : msg("check.face.regular");
    }

    static boolean between(float size, float low, float high) {
        return size >= low - SIZE_SLACK && size <= high + SIZE_SLACK;
    }

    static float mm(float points) {
        return points / MM;
    }

    /** Written in capitals (digits and punctuation aside). */
    static boolean capitals(String text) {
        return text.equals(VietnameseText.upper(text)) && text.chars().anyMatch(Character::isLetter);
    }

    /** Folded text contains folded {@code phrase}: matching that ignores case, diacritics and punctuation. */
    static boolean says(PdfTextSegment s, String phrase) {
        return VietnameseText.fold(s.text()).contains(VietnameseText.fold(phrase));
    }

    /**
     * The page number of {@code page}: a segment that reads as one ({@link PageNumberLine}) standing
     * above all other text of the page, within its top quarter.
     */
    static Optional<PdfTextSegment> pageNumberAtTop(PdfPageText page) {
        List<PdfTextSegment> segments = page.segments();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        PdfTextSegment first = segments.get(0);
        if (PageNumberLine.read(first.text()).isEmpty() || first.bottom() > page.height() / 4) {
            return Optional.empty();
        }
        boolean alone = segments.stream().skip(1).allMatch(o -> o.top() >= first.bottom() - 1);
        return alone ? Optional.of(first) : Optional.empty();
    }

    /** A page number at the foot of a page (below all other text, in the bottom quarter). */
    static Optional<PdfTextSegment> pageNumberAtFoot(PdfPageText page) {
        List<PdfTextSegment> segments = page.segments();
        if (segments.size() < 2) {
            return Optional.empty();
        }
        PdfTextSegment last = segments.get(segments.size() - 1);
        if (PageNumberLine.read(last.text()).isEmpty() || last.top() < page.height() * 3 / 4) {
            return Optional.empty();
        }
        boolean alone = segments.stream().limit(segments.size() - 1).allMatch(o -> o.bottom() <= last.top() + 1);
        return alone ? Optional.of(last) : Optional.empty();
    }
}
