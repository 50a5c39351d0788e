package vn.congvan.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.text.VietnameseText;

/**
 * Writes an {@link OfficialDocument} as a Decree 30 PDF (LAYOUT.md): A4, Times New Roman or
 * Liberation Serif embedded as subsets, two-column header, justified body, tables, footer and page
 * numbers. A file appears whole or not at all; a stream receives the PDF and stays open.
 */
public final class PdfWriter {
    private final boolean archival;

    /** A writer of ordinary PDF. */
    public PdfWriter() {
        this(false);
    }

    /** @param archival whether to write PDF/A-2b, the archive's copy ({@link PdfArchival}) */
    public PdfWriter(boolean archival) {
        this.archival = archival;
    }

    /**
     * Writes {@code doc} to {@code out}, replacing it in one move once complete.
     *
     * @throws InputException when the text holds a character the font cannot show, the folder is
     *                        missing, or the file cannot be written; the message names the character or the file
     */
    public void write(OfficialDocument doc, Path out) {
        AtomicOutput.write(out, stream -> write(doc, stream));
    }

    /**
     * Writes {@code doc} as PDF to {@code out} and flushes it. The caller owns the stream: it is not
     * closed. On failure part of a PDF may have reached the stream.
     *
     * @throws InputException when the text holds a character the font cannot show; the message names it
     * @throws IOException    when the stream cannot be written
     */
    public void write(OfficialDocument doc, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out");
        }
        synchronized (PdfFonts.LOCK) {
            try (PDDocument pdf = render(doc)) {
                if (archival) {
                    PdfArchival.apply(pdf, PdfArchival.Description.of(doc));
                }
                pdf.save(out);
            }
        }
        out.flush();
    }

    /** The laid-out document, not yet saved; call while holding {@link PdfFonts#LOCK}. */
    static PDDocument render(OfficialDocument doc) throws IOException {
        PDDocument pdf = new PDDocument();
        try {
            PdfFonts fonts = PdfFonts.embedIn(pdf);
            try (PdfLayout page = new PdfLayout(pdf, fonts)) {
                DocumentLines text = new DocumentLines(doc, page.lines());
                new PdfHeader(page).draw(text);
                new PdfTitle(page).draw(text);
                new PdfRecipients(page).draw(text.recipients());
                PdfFooter footer = new PdfFooter(page);
                new PdfBody(page).draw(doc.body(), footer.height(text, doc.distribution()));
                footer.draw(text, doc.distribution());
                new PdfAppendix(page).draw(doc.appendix());
            }
            fonts.subset();
            describe(pdf, doc);
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /**
     * A PDF date ("D:20261202161133+07'00'"), the string PDFBox's {@code setCreationDate} writes:
     * PDFBox makes it with {@code String.format}, about 3 % of a warm 200-row report, and a
     * {@code DateTimeFormatter} still cost 2 %; the fields are written one by one.
     */
    static String pdfDate(ZonedDateTime time) {
        StringBuilder out = new StringBuilder(24).append("D:");
        digits(out, time.getYear(), 4);
        digits(out, time.getMonthValue(), 2);
        digits(out, time.getDayOfMonth(), 2);
        digits(out, time.getHour(), 2);
        digits(out, time.getMinute(), 2);
        digits(out, time.getSecond(), 2);
        int offset = time.getOffset().getTotalSeconds();
        out.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        digits(out, offset / 3600, 2);
        out.append('\'');
        digits(out, offset / 60 % 60, 2);
        return out.append('\'').toString();
    }

    /** {@code value} in at least {@code width} digits, zeros in front. */
    private static void digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
    }

    private static void describe(PDDocument pdf, OfficialDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(DocumentLines.title(doc));
        if (doc.issuer() != null) {
            info.setAuthor(VietnameseText.oneLine(doc.issuer()));
        }
        if (doc.numberSymbol() != null) {
            info.setSubject(DocumentLines.numberLine(doc.numberSymbol()).strip());
        }
        info.setCreator("congvan");
        info.setProducer("congvan with Apache PDFBox");
        info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate(ZonedDateTime.now()));
        pdf.getDocumentCatalog().setLanguage("vi-VN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
