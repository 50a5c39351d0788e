package vn.congvan.render;

import java.io.IOException;
import java.util.List;

import vn.congvan.model.DocumentType;
import vn.congvan.model.OfficialDocument;
import vn.congvan.text.VietnameseText;

/** Position 5a for every type but công văn: the type name, the excerpt and a rule a third of its width. */
final class PdfTitle {
    static final float SPACE_BEFORE = 12;
    static final float SIZE = 14;

    private final PdfLayout page;

    PdfTitle(PdfLayout page) {
        this.page = page;
    }

    void draw(OfficialDocument doc) throws IOException {
        if (doc.type() == null || doc.type() == DocumentType.CONG_VAN) {
            return;
        }
        PdfStack stack = new PdfStack(page.fonts());
        stack.lines(page.lines().balanced(List.of(new PdfSpan(doc.type().title(), PdfStyle.BOLD, SIZE)), page.width()),
                PdfAlign.CENTER);
        if (PdfHeader.present(doc.subject())) {
            List<PdfLine> excerpt = page.lines().balanced(
                    List.of(new PdfSpan(VietnameseText.oneLine(doc.subject()), PdfStyle.BOLD, SIZE)), page.width());
            stack.lines(excerpt, PdfAlign.CENTER).rule(PdfStack.widest(excerpt) / 3);
        }
        float top = page.take(SPACE_BEFORE, stack.height());
        stack.draw(page, page.left(), top, page.width());
    }
}
