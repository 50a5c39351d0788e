package vn.congvan.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of lines, gaps and rules stacked top-down, measured before it is drawn: a header or
 * footer column, a title block. Lines are aligned in the column; a rule is centred under the line
 * above it.
 */
final class PdfStack {
    /**
     * Vertical room a rule takes, drawn {@link #RULE_OFFSET} below the line above it: as in the DOCX,
     * where it is the 0.5 pt top border of a 1 pt paragraph 2 pt below the text.
     */
    static final float RULE_BAND = 2 + Layout.RULE_WIDTH + 1;
    static final float RULE_OFFSET = 2 + Layout.RULE_WIDTH / 2;

    private sealed interface Item permits Text, Gap, Rule {
    }

    private record Text(TextLine line, PdfAlign align) implements Item {
    }

    private record Gap(float height) implements Item {
    }

    private record Rule(float length) implements Item {
    }

    private final FontMetrics fonts;
    private final List<Item> items = new ArrayList<>();

    PdfStack(FontMetrics fonts) {
        this.fonts = fonts;
    }

    PdfStack lines(List<TextLine> lines, PdfAlign align) {
        lines.forEach(l -> items.add(new Text(l, align)));
        return this;
    }

    PdfStack gap(float height) {
        if (!items.isEmpty()) {
            items.add(new Gap(height));
        }
        return this;
    }

    PdfStack rule(float length) {
        items.add(new Rule(length));
        return this;
    }

    float height() {
        float h = 0;
        for (Item item : items) {
            h += height(item);
        }
        return h;
    }

    /** Distance from the top to the first baseline (0 when the stack starts with no text). */
    float firstAscent() {
        return !items.isEmpty() && items.get(0) instanceof Text t ? fonts.ascent(t.line().size()) : 0;
    }

    /** Draws the stack in the column [x, x + width] from {@code top} down. */
    void draw(PdfLayout page, float x, float top, float width) throws IOException {
        float y = top;
        for (Item item : items) {
            draw(item, page, x, y, width);
            y -= height(item);
        }
    }

    /**
     * Draws the stack from the page cursor, line by line, breaking pages where needed: for a column
     * taller than a page, which cannot be kept together.
     */
    void flow(PdfLayout page, float x, float width) throws IOException {
        for (Item item : items) {
            draw(item, page, x, page.take(0, height(item)), width);
        }
    }

    private void draw(Item item, PdfLayout page, float x, float top, float width) throws IOException {
        if (item instanceof Text t) {
            page.draw(t.line(), x, top - fonts.ascent(t.line().size()), width, t.align());
        } else if (item instanceof Rule r) {
            page.rule(x + (width - r.length()) / 2, top - RULE_OFFSET, r.length());
        }
    }

    private float height(Item item) {
        if (item instanceof Text t) {
            return fonts.lineHeight(t.line().size());
        }
        return item instanceof Gap g ? g.height() : RULE_BAND;
    }
}
