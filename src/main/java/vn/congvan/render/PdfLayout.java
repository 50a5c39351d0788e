package vn.congvan.render;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

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
    private PDPage page;
    /**
     * One resources dictionary for all the pages, naming each face the document sets: a dictionary per
     * page and its font dictionary were 24 of the 82 objects PDFBox's save wrote for a 12-page report.
     */
    private final PDResources resources = new PDResources();
    private PdfContent content;
    /** The resource name of each face set so far. */
    private final Map<Face, String> fontNames = new EnumMap<>(Face.class);
    /** The face and size of the text state: what the last Tf on this page set. */
    private Face face;
    private float size;
    private boolean lineWidthSet;
    private char[] codes = new char[256];
    /**
     * The text-showing operator ({@code [<…>] TJ}) of each line drawn before without justifying, in
     * one face and size: a table repeats its cells row after row, and this document's subsets already
     * hold their glyphs. By identity; {@link #MIXED} for a line of several faces or sizes.
     */
    private final Map<TextLine, byte[]> shown = new IdentityHashMap<>();
    private static final byte[] MIXED = new byte[0];
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
        finishPage();
        page = new PDPage(PAPER);
        page.setResources(resources);
        doc.addPage(page);
        content = new PdfContent();
        face = null;
        lineWidthSet = false;
        pages++;
        y = top();
        if (pages > 1) {
            TextLine number = lines.greedy(Integer.toString(pages), Face.REGULAR, Layout.TEXT_SIZE, width()).get(0);
            draw(number, left(), PAPER.getHeight() - PAGE_NUMBER_BASELINE, width(), PdfAlign.CENTER);
        }
    }

    /** The page's content becomes its stream, compressed. */
    private void finishPage() throws IOException {
        if (content != null) {
            page.setContents(new PDStream(content.stream(doc)));
            content = null;
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
        content.moveText(start, baseline);
        if (extra == 0 && showAgain(line)) {
            content.endText();
            return;
        }
        // One TJ per run of a face: words, their gaps and the justifying offsets after the gaps (Tw
        // does not act on Type0 fonts); a piece in another face or size ends the run.
        boolean open = false;
        int pending = 0;
        for (int i = 0; i < words.size(); i++) {
            TextWord word = words.get(i);
            boolean lastWord = i == words.size() - 1;
            List<TextSpan> pieces = word.pieces();
            for (int k = 0; k < pieces.size(); k++) {
                TextSpan piece = pieces.get(k);
                if (piece.face() != face || piece.size() != size) {
                    if (open) {
                        pending = flush(pending);
                        content.endArray();
                        open = false;
                    }
                    setFont(piece.face(), piece.size());
                }
                if (!open) {
                    content.beginArray();
                    open = true;
                }
                pending = encode(piece, line, pending);
                if (k == pieces.size() - 1 && !lastWord) {
                    pending = encode(new TextSpan(word.gap(), piece.face(), piece.size()), line, pending);
                    if (extra > 0) {
                        pending = flush(pending);
                        content.adjust(-extra * 1000 / piece.size());
                    }
                }
            }
        }
        if (open) {
            flush(pending);
            content.endArray();
        }
        content.endText();
    }

    /**
     * Shows {@code line} (drawn without justifying) from its operator made once, when it is in one face
     * and size; false when it is not, to be drawn piece by piece.
     */
    private boolean showAgain(TextLine line) throws IOException {
        byte[] tj = shown.get(line);
        if (tj == null) {
            tj = showOperator(line);
            shown.put(line, tj);
        }
        if (tj == MIXED) {
            return false;
        }
        TextSpan first = line.words().get(0).pieces().get(0);
        if (first.face() != face || first.size() != size) {
            setFont(first.face(), first.size());
        }
        content.append(tj);
        return true;
    }

    /** {@code [<glyphs of the words and gaps>] TJ}, the bytes the piece-by-piece drawing writes; or {@link #MIXED}. */
    private byte[] showOperator(TextLine line) throws IOException {
        List<TextWord> words = line.words();
        TextSpan first = words.get(0).pieces().get(0);
        int pending = 0;
        for (int i = 0; i < words.size(); i++) {
            TextWord word = words.get(i);
            for (TextSpan piece : word.pieces()) {
                if (piece.face() != first.face() || piece.size() != first.size()) {
                    return MIXED;
                }
                pending = encode(piece, line, pending);
            }
            if (i < words.size() - 1) {
                TextSpan last = word.pieces().get(word.pieces().size() - 1);
                pending = encode(new TextSpan(word.gap(), last.face(), last.size()), line, pending);
            }
        }
        PdfContent tj = new PdfContent(pending * 4 + 8);
        tj.beginArray();
        if (pending > 0) {
            tj.glyphs(codes, pending);
        }
        tj.endArray();
        return tj.bytes();
    }

    private int encode(TextSpan span, TextLine line, int pending) throws IOException {
        if (codes.length < pending + span.text().length()) {
            codes = Arrays.copyOf(codes, Math.max(codes.length * 2, pending + span.text().length()));
        }
        return fonts.encode(span, line, codes, pending);
    }

    private int flush(int pending) {
        if (pending > 0) {
            content.glyphs(codes, pending);
        }
        return 0;
    }

    /** Tf only when the face or size changes: the text state outlives each BT … ET on the page. */
    private void setFont(Face newFace, float newSize) throws IOException {
        String name = fontNames.get(newFace);
        if (name == null) {
            name = "F" + (fontNames.size() + 1);
            COSDictionary pageFonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (pageFonts == null) {
                pageFonts = new COSDictionary();
                resources.getCOSObject().setItem(COSName.FONT, pageFonts);
            }
            pageFonts.setItem(COSName.getPDFName(name), fonts.font(newFace));
            fontNames.put(newFace, name);
        }
        content.font(name, newSize);
        face = newFace;
        size = newSize;
    }

    private void setLineWidth() {
        if (!lineWidthSet) {
            content.lineWidth(Layout.RULE_WIDTH);
            lineWidthSet = true;
        }
    }

    /** A solid horizontal rule of {@link Layout#RULE_WIDTH}. */
    void rule(float x, float atY, float length) {
        setLineWidth();
        content.moveTo(x, atY);
        content.lineTo(x + length, atY);
        content.stroke();
    }

    /** A rectangle outline of {@link Layout#RULE_WIDTH}, {@code top} being its upper edge. */
    void box(float x, float top, float boxWidth, float height) {
        setLineWidth();
        content.rect(x, top - height, boxWidth, height);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        finishPage();
    }
}
