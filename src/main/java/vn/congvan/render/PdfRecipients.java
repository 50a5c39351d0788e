package vn.congvan.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Position 9a, "Kính gửi:", placed as {@link DocumentLines.Recipients} says: one recipient centred
 * on the label's line, several as a block of "- X;" lines whose first stands on the label's line.
 */
final class PdfRecipients {
    private static final float SIZE = Layout.TEXT_SIZE;

    private final PdfLayout page;

    PdfRecipients(PdfLayout page) {
        this.page = page;
    }

    /** A line and where it goes: from {@code x} in a box {@code width} wide. */
    private record Placed(TextLine line, float x, float width, PdfAlign align) {
    }

    void draw(DocumentLines.Recipients block) throws IOException {
        if (block == null) {
            return;
        }
        LineBreaker breaker = page.lines();
        List<List<Placed>> rows = new ArrayList<>();
        if (block.single()) {
            for (TextLine line : breaker.greedy(block.singleLine(), Face.REGULAR, SIZE, page.width())) {
                rows.add(List.of(new Placed(line, page.left(), page.width(), PdfAlign.CENTER)));
            }
        } else {
            float x = page.left() + block.entryStart();
            float width = page.width() - block.entryStart();
            for (String entry : block.entries()) {
                for (TextLine line : breaker.greedy(entry, Face.REGULAR, SIZE, width)) {
                    rows.add(new ArrayList<>(List.of(new Placed(line, x, width, PdfAlign.LEFT))));
                }
            }
            TextLine label = breaker.greedy(DocumentLines.RECIPIENTS_LABEL, Face.REGULAR, SIZE, page.width()).get(0);
            rows.get(0).add(0, new Placed(label, page.left() + block.start(), block.labelWidth(), PdfAlign.LEFT));
        }
        FontMetrics fonts = page.metrics();
        for (int i = 0; i < rows.size(); i++) {
            float top = page.take(i == 0 ? Layout.BLOCK_BEFORE : 0, fonts.lineHeight(SIZE));
            for (Placed p : rows.get(i)) {
                page.draw(p.line(), p.x(), top - fonts.ascent(SIZE), p.width(), p.align());
            }
        }
        page.skip(Layout.PARAGRAPH_AFTER);
    }
}
