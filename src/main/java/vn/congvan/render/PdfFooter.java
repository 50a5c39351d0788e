package vn.congvan.render;

import java.io.IOException;
import java.util.List;

/**
 * Positions 7–9b: a borderless two-column block kept on one page. Left: "Nơi nhận:" 12 pt bold
 * italic, its baseline level with the authority line, and the entries 11 pt, "- X;" and the last
 * "- X.". Right, centred: authority and title, position, room for the signature, the name.
 */
final class PdfFooter {
    private final PdfLayout page;

    PdfFooter(PdfLayout page) {
        this.page = page;
    }

    /** The room the block takes on its page with the space before it; 0 when there is none. */
    float height(DocumentLines text, List<String> distributionEntries) {
        float height = height(distribution(distributionEntries, Layout.FOOTER_COLUMN), signature(text));
        return height == 0 ? 0 : Layout.BLOCK_BEFORE + height;
    }

    private static float drop(PdfStack distribution, PdfStack signature) {
        return distribution.height() > 0 && signature.height() > 0
                ? Math.max(0, signature.firstAscent() - distribution.firstAscent()) : 0;
    }

    private static float height(PdfStack distribution, PdfStack signature) {
        return Math.max(drop(distribution, signature) + distribution.height(), signature.height());
    }

    void draw(DocumentLines text, List<String> distributionEntries) throws IOException {
        float width = Layout.FOOTER_COLUMN;
        float leftX = page.left();
        float rightX = page.left() + width;
        PdfStack distribution = distribution(distributionEntries, width);
        PdfStack signature = signature(text);
        float drop = drop(distribution, signature);
        float height = height(distribution, signature);
        if (height == 0) {
            return;
        }
        // A table cell keeps its space before at the top of a page too, as the DOCX footer does in Writer.
        if (height > page.pageRoom() - Layout.BLOCK_BEFORE) {
            // Longer than a page: it cannot be kept together, so the list flows on.
            float top = page.takeKeepingSpace(Layout.BLOCK_BEFORE, signature.height());
            signature.draw(page, rightX, top, width);
            page.skip(drop - signature.height()); // back up: the list starts level with the authority line
            distribution.flow(page, leftX, width);
            return;
        }
        float top = page.takeKeepingSpace(Layout.BLOCK_BEFORE, height);
        distribution.draw(page, leftX, top - drop, width);
        signature.draw(page, rightX, top, width);
    }

    private PdfStack distribution(List<String> entries, float width) {
        PdfStack stack = new PdfStack(page.metrics());
        List<String> lines = DocumentLines.listLines(entries);
        if (lines.isEmpty()) {
            return stack;
        }
        LineBreaker breaker = page.lines();
        stack.lines(breaker.greedy(DocumentLines.DISTRIBUTION_LABEL, Face.BOLD_ITALIC, Layout.DISTRIBUTION_LABEL_SIZE, width),
                PdfAlign.LEFT);
        for (String line : lines) {
            stack.lines(breaker.greedy(line, Face.REGULAR, Layout.DISTRIBUTION_ENTRY_SIZE, width), PdfAlign.LEFT);
        }
        return stack;
    }

    private PdfStack signature(DocumentLines text) {
        PdfStack stack = new PdfStack(page.metrics());
        text.signerTitles().forEach(lines -> stack.lines(lines, PdfAlign.CENTER));
        List<TextLine> name = text.signerName();
        if (!name.isEmpty()) {
            stack.gap(Layout.SIGNATURE_ROOM).lines(name, PdfAlign.CENTER);
        }
        return stack;
    }
}
