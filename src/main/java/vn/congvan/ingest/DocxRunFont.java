package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The font a DOCX run is set in, as Word resolves it: the run's own, else its paragraph style's (through
 * the styles it is based on), else the document's default. Characters above ASCII take the "hAnsi" font,
 * which is where a legacy-encoded letter lives, so that one is asked first.
 */
final class DocxRunFont {
    /** Styles based on styles: a loop in a crafted file must end. */
    private static final int DEPTH = 20;

    private DocxRunFont() {
    }

    static String of(XWPFRun run, XWPFParagraph paragraph, XWPFDocument docx) {
        String own = run.getFontFamily(XWPFRun.FontCharRange.hAnsi);
        if (own == null) {
            own = run.getFontFamily(XWPFRun.FontCharRange.ascii);
        }
        if (own != null) {
            return own;
        }
        XWPFStyles styles = docx.getStyles();
        if (styles == null) {
            return null;
        }
        String id = paragraph.getStyleID();
        for (int i = 0; i < DEPTH && id != null; i++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            String font = font(style.getCTStyle().getRPr());
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        try {
            XWPFDefaultRunStyle defaults = styles.getDefaultRunStyle();
            return defaults == null ? null : font(defaults.getRPr());
        } catch (RuntimeException e) {
            return null; // a document without docDefaults: no default font to go by
        }
    }

    private static String font(CTRPr properties) {
        if (properties == null || properties.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = properties.getRFontsArray(0);
        return fonts.getHAnsi() != null ? fonts.getHAnsi() : fonts.getAscii();
    }
}
