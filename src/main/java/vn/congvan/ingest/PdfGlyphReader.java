package vn.congvan.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.congvan.text.VietnameseText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects every glyph of a PDF with its position, size and face; PDFBox's own text assembly is not
 * used, since reading order here comes from the page geometry ({@link PdfTextLine}).
 */
final class PdfGlyphReader extends PDFTextStripper {
    /** "TimesNewRomanPS-BoldMT", "Times New Roman,Bold", "LiberationSerif-BoldItalic", "Arial,BoldItalic". */
    private static final Pattern BOLD = Pattern.compile("bold|black|heavy|semibold|demibold", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("italic|oblique", Pattern.CASE_INSENSITIVE);

    /** The two faces a font name or descriptor says. */
    private record Face(boolean bold, boolean italic) {
    }

    private final Map<PDFont, Face> faces = new HashMap<>();
    private final List<List<PdfGlyph>> pages = new ArrayList<>();
    /** Glyphs that have no Unicode mapping: text that cannot be read, not text that is absent. */
    private int unmapped;

    PdfGlyphReader() throws IOException {
        setSortByPosition(false);
    }

    /** The glyphs of each page, in the order drawn; a page without text gives an empty list. */
    List<List<PdfGlyph>> read(PDDocument pdf) throws IOException {
        pages.clear();
        unmapped = 0;
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        getText(pdf);
        return pages;
    }

    int unmapped() {
        return unmapped;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String unicode = t.getUnicode();
        if (unicode == null || unicode.isEmpty() || unicode.chars().allMatch(c -> c == 0 || c == 0xFFFD)) {
            unmapped++;
            return;
        }
        Face face = faces.computeIfAbsent(t.getFont(), PdfGlyphReader::faceOf);
        // Word's "bold" for a font without a bold face: the outline stroked over the fill.
        boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
        pages.get(getCurrentPageNo() - 1).add(new PdfGlyph(VietnameseText.clean(unicode), t.getXDirAdj(),
                t.getWidthDirAdj(), t.getYDirAdj(), t.getFontSizeInPt(), face.bold() || stroked, face.italic()));
    }

    @Override
    protected void writePage() {
        // Nothing to write: the glyphs were collected as they came.
    }

    private static Face faceOf(PDFont font) {
        String name = font.getName() == null ? "" : font.getName();
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = BOLD.matcher(name).find() || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        boolean italic = ITALIC.matcher(name).find() || d != null && d.isItalic();
        return new Face(bold, italic);
    }
}
