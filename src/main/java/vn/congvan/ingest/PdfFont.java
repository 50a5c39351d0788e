package vn.congvan.ingest;

import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * What a reader and the format checker need to know of one PDF font: its name without the subset tag,
 * whether it is embedded, its face, and its ascent and descent (in ems) to place a glyph's box.
 */
public record PdfFont(String name, boolean embedded, boolean bold, boolean italic, float ascent, float descent) {
    /** "TimesNewRomanPS-BoldMT", "Times New Roman,Bold", "LiberationSerif-BoldItalic", "Arial,BoldItalic". */
    private static final Pattern BOLD = Pattern.compile("bold|black|heavy|semibold|demibold", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("italic|oblique", Pattern.CASE_INSENSITIVE);
    /** "ABCDEF+TimesNewRomanPSMT": the tag of an embedded subset. */
    private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+");
    /** Times New Roman's, for a font whose descriptor does not say. */
    private static final float DEFAULT_ASCENT = 0.891f;
    private static final float DEFAULT_DESCENT = 0.216f;

    /** The face comes from the font's name or its descriptor, whichever says bold or italic. */
    static PdfFont of(PDFont font) {
        String name = font.getName() == null ? "?" : SUBSET.matcher(font.getName()).replaceFirst("");
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = BOLD.matcher(name).find() || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        boolean italic = ITALIC.matcher(name).find() || d != null && (d.isItalic() || d.getItalicAngle() != 0);
        float ascent = d != null && d.getAscent() > 0 ? d.getAscent() / 1000 : DEFAULT_ASCENT;
        float descent = d != null && d.getDescent() < 0 ? -d.getDescent() / 1000 : DEFAULT_DESCENT;
        return new PdfFont(name, font.isEmbedded(), bold, italic, ascent, descent);
    }
}
