package vn.congvan.render;

import java.io.IOException;

import vn.congvan.model.Appendix;
import vn.congvan.text.VietnameseText;

/**
 * The appendix after the signature block, from a new page: its title centred in bold capitals, the
 * note under it centred in italics, then its blocks as the body sets them.
 */
final class PdfAppendix {
    private final PdfLayout page;

    PdfAppendix(PdfLayout page) {
        this.page = page;
    }

    void draw(Appendix appendix) throws IOException {
        if (appendix == null) {
            return;
        }
        page.newPage();
        LineBreaker breaker = page.lines();
        PdfStack heading = new PdfStack(page.metrics()).lines(
                breaker.balanced(VietnameseText.oneLine(appendix.title()), Face.BOLD, Layout.TEXT_SIZE, page.width()), PdfAlign.CENTER);
        if (DocumentLines.present(appendix.note())) {
            heading.lines(breaker.balanced(VietnameseText.oneLine(appendix.note()), Face.ITALIC, Layout.TEXT_SIZE, page.width()),
                    PdfAlign.CENTER);
        }
        heading.draw(page, page.left(), page.take(0, heading.height()), page.width());
        page.skip(Layout.PARAGRAPH_AFTER);
        new PdfBody(page).draw(appendix.body());
    }
}
