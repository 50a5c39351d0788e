package vn.congvan.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.text.VietnameseText;

/**
 * Position 9a, "Kính gửi:": one recipient on the label's line ("Kính gửi: X."), several as one
 * "- X;" line each, the last ending ".", all starting where the text after "Kính gửi: " starts.
 */
final class PdfRecipients {
    static final String LABEL = "Kính gửi:";
    static final float SIZE = 14;
    static final float SPACE_BEFORE = 12;
    static final float SPACE_AFTER = 6;

    private final PdfLayout page;

    PdfRecipients(PdfLayout page) {
        this.page = page;
    }

    void draw(List<String> recipients) throws IOException {
        List<String> names = recipients.stream().map(VietnameseText::oneLine).map(PdfRecipients::bare)
                .filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return;
        }
        PdfFonts fonts = page.fonts();
        float indent = fonts.width(LABEL + " ", PdfStyle.REGULAR, SIZE);
        float lineHeight = fonts.lineHeight(SIZE);
        float x = page.left();
        float width = page.width();
        List<PdfLine> lines = new ArrayList<>();
        List<Boolean> hanging = new ArrayList<>();
        if (names.size() == 1) {
            List<PdfLine> one = page.lines().greedy(List.of(span(LABEL + " " + names.get(0) + ".")), width, width - indent);
            for (int i = 0; i < one.size(); i++) {
                lines.add(one.get(i));
                hanging.add(i > 0);
            }
        } else {
            lines.add(page.lines().greedy(List.of(span(LABEL)), width).get(0));
            hanging.add(false);
            for (int i = 0; i < names.size(); i++) {
                String entry = "- " + names.get(i) + (i == names.size() - 1 ? "." : ";");
                for (PdfLine line : page.lines().greedy(List.of(span(entry)), width - indent)) {
                    lines.add(line);
                    hanging.add(true);
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            float top = page.take(i == 0 ? SPACE_BEFORE : 0, lineHeight);
            float left = hanging.get(i) ? x + indent : x;
            page.draw(lines.get(i), left, top - fonts.ascent(SIZE), width - (left - x), PdfAlign.LEFT);
        }
        page.skip(SPACE_AFTER);
    }

    /** A list entry without a leading dash and final ";" or ".", which the layout adds back. */
    static String bare(String entry) {
        return entry.replaceFirst("^[-–+•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    }

    private static PdfSpan span(String text) {
        return new PdfSpan(text, PdfStyle.REGULAR, SIZE);
    }
}
