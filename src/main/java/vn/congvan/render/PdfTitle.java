package vn.congvan.render;

import java.io.IOException;
import java.util.List;

/** Position 5a for every type but công văn: the type name, the excerpt and a rule a third of its width. */
final class PdfTitle {
    private final PdfLayout page;

    PdfTitle(PdfLayout page) {
        this.page = page;
    }

    void draw(DocumentLines text) throws IOException {
        if (!text.titled()) {
            return;
        }
        PdfStack stack = new PdfStack(page.metrics()).lines(text.typeTitle(), PdfAlign.CENTER);
        List<TextLine> excerpt = text.titleExcerpt();
        if (!excerpt.isEmpty()) {
            stack.lines(excerpt, PdfAlign.CENTER).rule(TextLine.widest(excerpt) / 3);
        }
        float top = page.take(Layout.BLOCK_BEFORE, stack.height());
        stack.draw(page, page.left(), top, page.width());
    }
}
