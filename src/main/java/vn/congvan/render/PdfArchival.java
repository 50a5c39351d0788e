package vn.congvan.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.text.VietnameseText;

/**
 * Makes a finished PDFBox document an archival copy, PDF/A-2b (ISO 19005-2, level B), as offices hand
 * documents to the archive (Thông tư 02/2019/TT-BNV): XMP metadata that repeats the document
 * information, an sRGB output intent, the language vi-VN. The fonts must already be embedded (ours
 * always are). Call it last before saving, and before signing: a signature added afterwards by an
 * incremental update keeps the file PDF/A-2b.
 *
 * <p>The XMP holds: {@code dc:title} (the title), {@code dc:creator} (the issuer), {@code dc:date}
 * (the document's date), {@code dc:identifier} (the number/symbol, "6174/UBND-VX"; none for a draft
 * without a number), {@code dc:description} (the information's subject), {@code dc:language} vi-VN,
 * {@code pdf:Producer}, {@code xmp:CreatorTool}, {@code xmp:CreateDate}/{@code ModifyDate}, and
 * {@code pdfaid:part} 2 with {@code pdfaid:conformance} B.
 */
public final class PdfArchival {
    /** The ICC name the output intent gives, as the colour consortium registers it. */
    static final String SRGB = "sRGB IEC61966-2.1";
    static final String LANGUAGE = "vi-VN";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PdfArchival() {
    }

    /**
     * What the archive indexes a document by.
     *
     * @param title        the title as a reader sees it ("V/v đảm bảo an toàn thông tin …")
     * @param issuer       the issuing body; may be null
     * @param numberSymbol "6174/UBND-VX"; null for a draft not yet numbered
     * @param date         the document's date; may be null
     */
    public record Description(String title, String issuer, String numberSymbol, LocalDate date) {
        /** The description of one of our documents, as its header prints it. */
        public static Description of(OfficialDocument doc) {
            NumberSymbol ns = doc.numberSymbol();
            String number = ns == null || ns.number().isBlank() ? null : ns.text();
            String issuer = doc.issuer() == null ? null : VietnameseText.oneLine(doc.issuer());
            return new Description(DocumentLines.title(doc), issuer, number, doc.date());
        }
    }

    /**
     * Turns {@code pdf} into PDF/A-2b: the document information gets the title and issuer, the XMP
     * metadata repeats it with the date and number/symbol, the sRGB output intent replaces any other.
     */
    public static void apply(PDDocument pdf, Description d) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(d.title());
        if (d.issuer() != null) {
            info.setAuthor(d.issuer());
        }
        // PDF dates keep whole seconds; the XMP must state the same instant.
        info.setCreationDate(wholeSeconds(info.getCreationDate()));
        if (info.getModificationDate() != null) {
            info.setModificationDate(wholeSeconds(info.getModificationDate()));
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info, d));
        catalog.setMetadata(metadata);
        catalog.getOutputIntents().clear();
        catalog.addOutputIntent(srgbIntent(pdf));
    }

    private static byte[] xmp(PDDocumentInformation info, Description d) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(d.title());
        if (info.getAuthor() != null) {
            dc.addCreator(info.getAuthor());
        }
        if (info.getSubject() != null) {
            dc.setDescription(info.getSubject());
        }
        if (d.date() != null) {
            dc.addDate(GregorianCalendar.from(d.date().atStartOfDay(VIETNAM)));
        }
        if (d.numberSymbol() != null) {
            dc.setIdentifier(d.numberSymbol());
        }
        dc.addLanguage(LANGUAGE);

        AdobePDFSchema pdfSchema = xmp.createAndAddAdobePDFSchema();
        if (info.getProducer() != null) {
            pdfSchema.setProducer(info.getProducer());
        }
        if (info.getKeywords() != null) {
            pdfSchema.setKeywords(info.getKeywords());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (info.getCreator() != null) {
            basic.setCreatorTool(info.getCreator());
        }
        basic.setCreateDate(info.getCreationDate());
        basic.setMetadataDate(info.getCreationDate());
        if (info.getModificationDate() != null) {
            basic.setModifyDate(info.getModificationDate());
        }

        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("B is a PDF/A conformance level", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    /** sRGB from the JDK's own profile: nothing fetched at run time, nothing to ship. */
    private static PDOutputIntent srgbIntent(PDDocument pdf) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(Srgb.ICC));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** The profile's bytes, read once per process on first use (only read afterwards, by any thread). */
    private static final class Srgb {
        static final byte[] ICC = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private static Calendar wholeSeconds(Calendar when) {
        Calendar c = when == null ? Calendar.getInstance(TimeZone.getTimeZone(VIETNAM)) : (Calendar) when.clone();
        c.set(Calendar.MILLISECOND, 0);
        return c;
    }
}
