package vn.congvan.render;

import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.PPr;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STTheme;

/**
 * A run's effective format, resolved as Word does from the document defaults through the paragraph
 * style and its bases, the character style, to the run's own properties. docx4j's
 * {@link PropertyResolver} does the cascade (checked here: a run's named font replaces a theme font
 * of the defaults, and w:rFonts attributes the run leaves out keep the inherited value); this class
 * adds the last step it leaves open, turning a theme font slot into the theme's font name.
 */
final class RunFormatResolver {
    private final PropertyResolver resolver;
    private final ThemePart theme;

    RunFormatResolver(PropertyResolver resolver, ThemePart theme) {
        this.resolver = resolver;
        this.theme = theme;
    }

    RunFormat resolve(String text, PPr pPr, RPr rPr) {
        RPr effective = resolver.getEffectiveRPr(rPr, pPr);
        RFonts fonts = effective == null ? null : effective.getRFonts();
        String ascii = fonts == null ? null : font(fonts.getAsciiTheme(), fonts.getAscii());
        String hAnsi = fonts == null ? null : font(fonts.getHAnsiTheme(), fonts.getHAnsi());
        Integer halfPoints = effective == null || effective.getSz() == null || effective.getSz().getVal() == null
                ? null : effective.getSz().getVal().intValue();
        return new RunFormat(text, ascii, hAnsi, halfPoints,
                on(effective == null ? null : effective.getB()),
                on(effective == null ? null : effective.getI()),
                on(effective == null ? null : effective.getCaps()));
    }

    /** A theme slot outranks a named font at the same level (ECMA-376 17.3.2.26). */
    private String font(STTheme slot, String named) {
        if (slot == null) {
            return named;
        }
        if (theme != null) {
            try {
                String font = theme.getFontFromTheme(slot);
                if (font != null && !font.isBlank()) {
                    return font;
                }
            } catch (Docx4JException | RuntimeException e) {
                // fall through: the theme part lacks the slot
            }
        }
        return "(theme " + slot.value() + ")";
    }

    private static boolean on(BooleanDefaultTrue flag) {
        return flag != null && flag.isVal();
    }
}
