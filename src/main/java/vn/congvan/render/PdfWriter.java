package vn.congvan.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * Writes an {@link OfficialDocument} as a Decree 30 PDF (LAYOUT.md): A4, Times New Roman or
 * Liberation Serif embedded as subsets, two-column header, justified body, tables, footer and page
 * numbers. The file appears whole or not at all.
 */
public final class PdfWriter {
    private static final Messages MESSAGES = Messages.of(PdfWriter.class);

    /**
     * Writes {@code doc} to {@code out}, replacing it.
     *
     * @throws InputException when the text holds a character the font cannot show, or the folder is missing
     * @throws IOException    when the file cannot be written
     */
    public void write(OfficialDocument doc, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(MESSAGES.get("pdf.folder.missing", String.valueOf(folder)));
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            synchronized (PdfFonts.LOCK) {
                try (PDDocument pdf = render(doc)) {
                    pdf.save(temp.toFile());
                }
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The laid-out document, not yet saved; call while holding {@link PdfFonts#LOCK}. */
    static PDDocument render(OfficialDocument doc) throws IOException {
        PDDocument pdf = new PDDocument();
        try {
            PdfFonts fonts = PdfFonts.embedIn(pdf);
            try (PdfLayout page = new PdfLayout(pdf, fonts)) {
                new PdfHeader(page).draw(doc);
                new PdfTitle(page).draw(doc);
                new PdfRecipients(page).draw(doc.recipients());
                new PdfBody(page).draw(doc.body());
                new PdfFooter(page).draw(doc);
            }
            describe(pdf, doc);
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private static void describe(PDDocument pdf, OfficialDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String type = doc.type() == null ? "" : doc.type().title();
        String subject = doc.subject() == null ? "" : VietnameseText.oneLine(doc.subject());
        info.setTitle((type + " " + subject).strip());
        if (doc.issuer() != null) {
            info.setAuthor(VietnameseText.oneLine(doc.issuer()));
        }
        if (doc.numberSymbol() != null) {
            info.setSubject(PdfHeader.numberLine(doc.numberSymbol()).strip());
        }
        info.setCreator("congvan");
        info.setProducer("congvan with Apache PDFBox");
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage("vi-VN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
