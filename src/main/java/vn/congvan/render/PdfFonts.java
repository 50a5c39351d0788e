package vn.congvan.render;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * The four faces of {@link FontMetrics}' font embedded as subsets into one PDF ({@link PdfFontSubset}),
 * each on its first use: a face the document never sets is not embedded at all. Text is written as the
 * faces' glyph ids, looked up in {@link FontMetrics}' table; each character is noted for the subset and
 * for the ToUnicode map that lets readers copy the text.
 *
 * <p>The parsed fonts are shared by the process and not thread-safe, so a whole document is built
 * and saved while holding {@link #LOCK}.
 */
final class PdfFonts {
    /** Held while a document embeds and subsets the shared parsed fonts. */
    static final Object LOCK = new Object();

    private static final Messages MESSAGES = Messages.of(PdfFonts.class);

    private final FontMetrics metrics;
    private final PDDocument doc;
    private final Map<Face, PdfFontSubset> embedded = new EnumMap<>(Face.class);

    private PdfFonts(FontMetrics metrics, PDDocument doc) {
        this.metrics = metrics;
        this.doc = doc;
    }

    /** The faces to embed as subsets into {@code doc} as they are used; use while holding {@link #LOCK}. */
    static PdfFonts embedIn(PDDocument doc) {
        return new PdfFonts(FontMetrics.get(), doc);
    }

    FontMetrics metrics() {
        return metrics;
    }

    /** The font dictionary of {@code face}, for a page's resources; embedded on first use. */
    COSDictionary font(Face face) throws IOException {
        return embedded(face).dictionary();
    }

    /**
     * Writes the glyph codes of {@code span} into {@code codes} from {@code at} (room for one per char)
     * and returns where they end. Every character must be in the face: a missing one would print as an
     * empty box, so it is an input error that names the character and the line it stands in.
     */
    int encode(TextSpan span, TextLine line, char[] codes, int at) throws IOException {
        PdfFontSubset face = embedded(span.face());
        char[] glyphs = metrics.glyphs(span.face());
        String text = span.text();
        int count = at;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // A surrogate (a character beyond the BMP) has no glyph in these fonts either.
            int gid = Character.isSurrogate(c) ? 0 : glyphs[c];
            if (gid == 0) {
                throw missing(text.codePointAt(i), line.text(), span.face());
            }
            face.use((char) gid);
            codes[count++] = (char) gid;
        }
        return count;
    }

    /** Embeds the subsets of the faces used; call once, after the last text and before saving. */
    void subset() throws IOException {
        for (PdfFontSubset face : embedded.values()) {
            face.embed();
        }
    }

    private PdfFontSubset embedded(Face face) throws IOException {
        PdfFontSubset e = embedded.get(face);
        if (e == null) {
            e = new PdfFontSubset(doc, metrics.ttf(face), face);
            embedded.put(face, e);
        }
        return e;
    }

    private InputException missing(int cp, String text, Face face) {
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? "" : new String(Character.toChars(cp));
        String code = String.format(Locale.ROOT, "%04X", cp);
        String context = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new InputException(MESSAGES.get("pdf.glyph.missing", shown, code, context, metrics.family() + " " + face.suffix()));
    }
}
