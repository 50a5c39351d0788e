package vn.congvan.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.Block;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Table;

/**
 * Position 6: paragraphs 14 pt justified with a 10 mm first-line indent and 6 pt after (legal bases
 * italic, headings bold, runs keep their own bold and italic); tables go to {@link PdfTable}.
 */
final class PdfBody {
    private static final float SIZE = Layout.TEXT_SIZE;
    private static final float INDENT = Layout.BODY_INDENT;

    private final PdfLayout page;

    PdfBody(PdfLayout page) {
        this.page = page;
    }

    void draw(List<Block> blocks) throws IOException {
        draw(blocks, 0);
    }

    /**
     * Draws the blocks; a closing paragraph starts a new page unless it fits on this one together with
     * the {@code keptWith} points that follow it (the signature block), which is then never alone.
     */
    void draw(List<Block> blocks, float keptWith) throws IOException {
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Paragraph p) {
                boolean closing = b == blocks.size() - 1 && keptWith > 0;
                paragraph(p, closing ? keptWith : -1);
            } else if (block instanceof Table t) {
                new PdfTable(page).draw(t);
            }
        }
    }

    private void paragraph(Paragraph p, float keptWith) throws IOException {
        List<TextLine> lines = page.lines().greedy(spans(p), page.width() - INDENT, page.width());
        FontMetrics fonts = page.metrics();
        if (keptWith >= 0) {
            float height = Layout.PARAGRAPH_AFTER + keptWith;
            for (TextLine line : lines) {
                height += fonts.lineHeight(Math.max(line.size(), SIZE));
            }
            // Together longer than a page they cannot be kept: the paragraph then flows as any other.
            if (!page.atPageTop() && height > page.room() && height <= page.pageRoom()) {
                page.newPage();
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            float size = Math.max(line.size(), SIZE);
            float top = page.take(0, fonts.lineHeight(size));
            float indent = i == 0 ? INDENT : 0;
            page.draw(line, page.left() + indent, top - fonts.ascent(size), page.width() - indent, PdfAlign.JUSTIFY);
        }
        page.skip(Layout.PARAGRAPH_AFTER);
    }

    static List<TextSpan> spans(Paragraph p) {
        boolean bold = p.role() == Paragraph.Role.HEADING;
        boolean italic = p.role() == Paragraph.Role.LEGAL_BASIS;
        List<TextSpan> spans = new ArrayList<>();
        for (Run run : p.runs()) {
            spans.add(new TextSpan(run.text(), Face.of(bold || run.bold(), italic || run.italic()), SIZE));
        }
        return spans;
    }
}
