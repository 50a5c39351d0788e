package vn.congvan.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The streams we make (page contents, font programs, their maps), compressed by us at zlib's fastest
 * level with one reused {@link Deflater}. PDFBox's filter deflates at the default level with a new
 * deflater per stream, and that native work was about half of a warm 200-row report's processor time,
 * unseen by Java sampling; the fastest level takes half the time of the default for a file about 9 %
 * larger (bench/PERFORMANCE.md, "The PDF's own cost"). PDFBox's level is a system property for the whole
 * process, which we leave alone: it still compresses the object and cross-reference streams it makes on save.
 *
 * <p>Use while holding {@link PdfFonts#LOCK}: the deflater and its buffer are the process's.
 */
final class PdfFlate {
    /** Guarded by {@link PdfFonts#LOCK}. */
    private static final Deflater DEFLATER = new Deflater(Deflater.BEST_SPEED);
    /** Guarded by {@link PdfFonts#LOCK}. */
    private static final byte[] CHUNK = new byte[32 * 1024];

    private PdfFlate() {
    }

    /** A stream of {@code doc} holding {@code raw[0, length)} compressed with {@code /Filter /FlateDecode}. */
    static COSStream stream(PDDocument doc, byte[] raw, int length) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        DEFLATER.setInput(raw, 0, length);
        DEFLATER.finish();
        try (OutputStream out = stream.createRawOutputStream()) {
            while (!DEFLATER.finished()) {
                int n = DEFLATER.deflate(CHUNK);
                out.write(CHUNK, 0, n);
            }
        } finally {
            DEFLATER.reset(); // drops the reference to the caller's bytes
        }
        return stream;
    }
}
