package vn.congvan.render;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The page cursor of the official layout (LAYOUT.md): A4 portrait, margins 20/20/30/15 mm. It hands
 * out vertical space top-down, opens a new page when a block does not fit (with its page number from
 * page 2), and draws lines of text and rules. Coordinates are PDF points from the bottom-left corner.
 */
final class PdfLayout implements Closeable {
    static final PDRectangle PAPER = new PDRectangle(Layout.PAPER_WIDTH, Layout.PAPER_HEIGHT);
    /** Baseline of the page number, from the top edge of the page. */
    static final float PAGE_NUMBER_BASELINE = 12 * Layout.MM;
    /** Slack so that a block ending exactly on the bottom margin still fits. */
    private static final float EPSILON = 0.01f;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final LineBreaker lines;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfLayout(PDDocument doc, PdfFonts fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.lines = new LineBreaker(fonts.metrics());
        newPage();
    }

    FontMetrics metrics() {
        return fonts.metrics();
    }

    LineBreaker lines() {
        return lines;
    }

    float left() {
        return Layout.MARGIN_LEFT;
    }

    /** The text width, 165 mm. */
    float width() {
        return Layout.TEXT_WIDTH;
    }

    float top() {
        return PAPER.getHeight() - Layout.MARGIN_TOP;
    }

    /** True before anything is placed on the current page. */
    boolean atPageTop() {
        return y >= top();
    }

    /** Height left on this page. */
    float room() {
        return y - Layout.MARGIN_BOTTOM;
    }

    /** The height of an empty page's text area. */
    float pageRoom() {
        return top() - Layout.MARGIN_BOTTOM;
    }

    /**
     * Takes {@code height} of vertical space after {@code spaceBefore}, on a new page if it does not
     * fit here; space before is dropped at the top of a page, as word processors do. Returns the top.
     */
    float take(float spaceBefore, float height) throws IOException {
        return take(spaceBefore, height, false);
    }

    /**
     * Like {@link #take}, but the space before stays at the top of a page: a table cell keeps its
     * paragraph's space before there, in Word and in LibreOffice.
     */
    float takeKeepingSpace(float spaceBefore, float height) throws IOException {
        return take(spaceBefore, height, true);
    }

    private float take(float spaceBefore, float height, boolean keepAtPageTop) throws IOException {
        if (!atPageTop() && y - spaceBefore - height < Layout.MARGIN_BOTTOM - EPSILON) {
            newPage();
        }
        if (keepAtPageTop || !atPageTop()) {
            y -= spaceBefore;
        }
        float blockTop = y;
        y -= height;
        return blockTop;
    }

    /** Space after a paragraph: it may run past the bottom margin, the next block then starts a page. */
    void skip(float height) {
        y -= height;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAPER);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        pages++;
        y = top();
        if (pages > 1) {
            TextLine number = lines.greedy(Integer.toString(pages), Face.REGULAR, Layout.TEXT_SIZE, width()).get(0);
            draw(number, left(), PAPER.getHeight() - PAGE_NUMBER_BASELINE, width(), PdfAlign.CENTER);
        }
    }

    /** Draws {@code line} with its baseline at {@code baseline}, aligned in the box [x, x + boxWidth]. */
    void draw(TextLine line, float x, float baseline, float boxWidth, PdfAlign align) throws IOException {
        List<TextWord> words = line.words();
        if (words.isEmpty()) {
            return;
        }
        float start = x;
        float extra = 0;
        if (align == PdfAlign.CENTER) {
            start = x + (boxWidth - line.width()) / 2;
        } else if (align == PdfAlign.JUSTIFY && !line.last() && words.size() > 1) {
            extra = Math.max(0, boxWidth - line.width()) / (words.size() - 1);
        }
        content.beginText();
        content.newLineAtOffset(start, baseline);
        PDFont current = null;
        float currentSize = 0;
        for (int i = 0; i < words.size(); i++) {
            TextWord word = words.get(i);
            boolean lastWord = i == words.size() - 1;
            List<TextSpan> pieces = word.pieces();
            for (int k = 0; k < pieces.size(); k++) {
                TextSpan piece = pieces.get(k);
                PDFont font = fonts.font(piece, line.text());
                if (font != current || piece.size() != currentSize) {
                    content.setFont(font, piece.size());
                    current = font;
                    currentSize = piece.size();
                }
                boolean endsWord = k == pieces.size() - 1;
                if (!endsWord || lastWord) {
                    content.showText(piece.text());
                } else {
                    // Justify with a TJ offset after the real space: Tw does not act on Type0 fonts.
                    List<Object> tj = new ArrayList<>(2);
                    tj.add(piece.text() + word.gap());
                    if (extra > 0) {
                        tj.add(-extra * 1000 / piece.size());
                    }
                    content.showTextWithPositioning(tj.toArray());
                }
            }
        }
        content.endText();
    }

    /** A solid horizontal rule of {@link Layout#RULE_WIDTH}. */
    void rule(float x, float atY, float length) throws IOException {
        content.setLineWidth(Layout.RULE_WIDTH);
        content.moveTo(x, atY);
        content.lineTo(x + length, atY);
        content.stroke();
    }

    /** A rectangle outline of {@link Layout#RULE_WIDTH}, {@code top} being its upper edge. */
    void box(float x, float top, float boxWidth, float height) throws IOException {
        content.setLineWidth(Layout.RULE_WIDTH);
        content.addRect(x, top - height, boxWidth, height);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
