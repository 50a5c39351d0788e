package vn.congvan.render;

import java.io.IOException;
import java.util.List;

/**
 * Positions 1–5b: the borderless two-column header. Left (40 %): parent body, issuer and its short
 * rule, "Số:", and for a công văn the "V/v" excerpt. Right (60 %): national name, motto and its rule,
 * then place and date on the baseline of "Số:".
 */
final class PdfHeader {
    private final PdfLayout page;
    private final FontMetrics fonts;

    PdfHeader(PdfLayout page) {
        this.page = page;
        this.fonts = page.metrics();
    }

    void draw(DocumentLines text) throws IOException {
        float leftX = page.left() + Layout.COLUMN_INSET;
        float rightX = page.left() + Layout.HEADER_LEFT;

        PdfStack issuer = new PdfStack(fonts).lines(text.parentIssuer(), PdfAlign.CENTER);
        List<TextLine> name = text.issuer();
        if (!name.isEmpty()) {
            issuer.lines(name, PdfAlign.CENTER).rule(TextLine.widest(name) / 3);
        }
        List<TextLine> motto = text.motto();
        PdfStack nation = new PdfStack(fonts).lines(text.nationalName(), PdfAlign.CENTER)
                .lines(motto, PdfAlign.CENTER).rule(TextLine.widest(motto));

        PdfStack number = new PdfStack(fonts).lines(text.number(), PdfAlign.CENTER);
        List<TextLine> excerpt = text.excerpt();
        if (!excerpt.isEmpty()) {
            number.gap(Layout.EXCERPT_BEFORE).lines(excerpt, PdfAlign.CENTER);
        }
        PdfStack date = new PdfStack(fonts).lines(text.placeDate(), PdfAlign.CENTER);

        float firstRow = Math.max(issuer.height(), nation.height()) + Layout.HEADER_ROW_GAP;
        // "Số:" and the date share a baseline although their sizes differ.
        float ascent = Math.max(number.firstAscent(), date.firstAscent());
        float numberDrop = ascent - number.firstAscent();
        float dateDrop = ascent - date.firstAscent();
        float secondRow = Math.max(numberDrop + number.height(), dateDrop + date.height());

        float top = page.take(0, firstRow + secondRow);
        issuer.draw(page, leftX, top, Layout.HEADER_LEFT_TEXT);
        nation.draw(page, rightX, top, Layout.HEADER_RIGHT);
        number.draw(page, leftX, top - firstRow - numberDrop, Layout.HEADER_LEFT_TEXT);
        date.draw(page, rightX, top - firstRow - dateDrop, Layout.HEADER_RIGHT);
    }
}
