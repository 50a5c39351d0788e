package vn.congvan.render;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * The four faces of {@link FontMetrics}' font embedded as subsets into one PDF.
 *
 * <p>The parsed fonts are shared by the process and not thread-safe, so a whole document is built
 * and saved (subsetting happens on save) while holding {@link #LOCK}.
 */
final class PdfFonts {
    /** Held while a document embeds and subsets the shared parsed fonts. */
    static final Object LOCK = new Object();

    private static final Messages MESSAGES = Messages.of(PdfFonts.class);

    private final FontMetrics metrics;
    private final Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);

    private PdfFonts(FontMetrics metrics, PDDocument doc) throws IOException {
        this.metrics = metrics;
        for (Face face : Face.values()) {
            embedded.put(face, PDType0Font.load(doc, metrics.ttf(face), true));
        }
    }

    /** The four faces, embedded as subsets into {@code doc}; call while holding {@link #LOCK}. */
    static PdfFonts embedIn(PDDocument doc) throws IOException {
        return new PdfFonts(FontMetrics.get(), doc);
    }

    FontMetrics metrics() {
        return metrics;
    }

    /**
     * The font for {@code span}. Every character must be in it: a missing one would print as an
     * empty box, so it is an input error that names the character and the line it stands in.
     */
    PDType0Font font(TextSpan span, String line) {
        OptionalInt cp = metrics.missing(span.text(), span.face());
        if (cp.isPresent()) {
            throw missing(cp.getAsInt(), line, span.face());
        }
        return embedded.get(span.face());
    }

    private InputException missing(int cp, String text, Face face) {
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? "" : new String(Character.toChars(cp));
        String code = String.format(Locale.ROOT, "%04X", cp);
        String context = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new InputException(MESSAGES.get("pdf.glyph.missing", shown, code, context, metrics.family() + " " + face.suffix()));
    }
}
