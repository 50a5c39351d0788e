package vn.congvan.render;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.Document;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes an {@link OfficialDocument} as a Word document in the Decree 30 layout of LAYOUT.md: A4 with
 * the decree's margins in the section properties, named styles (CvBody, CvIssuer …) in the styles
 * part, the header and the footer as borderless tables, the page number in the page header from page
 * 2 on. The file opens without repair in Word and LibreOffice.
 *
 * <p>docx4j's JAXB context is a static of {@code org.docx4j.jaxb.Context}, built once per process on
 * first use (about a second); a writer instance holds nothing and may be shared between threads.
 */
public final class DocxWriter {
    private static final Messages MESSAGES = Messages.of(DocxWriter.class);

    /** Margins of LAYOUT.md: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int MARGIN_TOP = Wml.twips(20);
    static final int MARGIN_BOTTOM = Wml.twips(20);
    static final int MARGIN_LEFT = Wml.twips(30);
    static final int MARGIN_RIGHT = Wml.twips(15);
    /** Where the page header starts: a 14 pt number's baseline then sits 12 mm from the top edge, as in the PDF. */
    static final int HEADER_DISTANCE = Wml.twips(12) - Wml.twipsOfPoints(FontMetrics.get().ascent(Layout.TEXT_SIZE));

    /**
     * Writes {@code doc} to {@code out}, replacing it in one move once complete.
     *
     * @throws InputException when the document lacks a part the layout needs or the file cannot be
     *                        written; the message names the field or the file
     */
    public void write(OfficialDocument doc, Path out) {
        validate(doc, out.getFileName()); // before any temporary file, and naming the file
        AtomicOutput.write(out, stream -> write(doc, stream));
    }

    /**
     * Writes {@code doc} as DOCX to {@code out} and flushes it. The caller owns the stream: it is not
     * closed. On failure part of a package may have reached the stream.
     *
     * @throws InputException when the document lacks a part the layout needs; the message names the field
     * @throws IOException    when the stream cannot be written
     */
    public void write(OfficialDocument doc, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out");
        }
        validate(doc, null);
        WordprocessingMLPackage pkg = build(doc);
        try {
            pkg.save(new KeepOpen(out)); // docx4j closes the stream it saves to
        } catch (Docx4JException e) {
            throw new IOException("cannot save the DOCX package", e);
        }
        out.flush();
    }

    /** Passes everything through but {@link #close()}, which only flushes. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static WordprocessingMLPackage build(OfficialDocument doc) {
        try {
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            pkg.addTargetPart(main);

            // A part unmarshals only once it belongs to the package.
            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            main.addTargetPart(styles);
            try (InputStream in = resource("docx-styles.xml")) {
                styles.setJaxbElement(styles.unmarshal(in));
            }
            DocumentSettingsPart settings = new DocumentSettingsPart();
            main.addTargetPart(settings);
            try (InputStream in = resource("docx-settings.xml")) {
                settings.setJaxbElement(settings.unmarshal(in));
            }

            Document document = Wml.FACTORY.createDocument();
            Body body = Wml.FACTORY.createBody();
            body.getContent().addAll(DocxContent.of(doc));
            body.setSectPr(section(main));
            document.setBody(body);
            main.setJaxbElement(document);

            pkg.addTargetPart(coreProperties(doc));
            return pkg;
        } catch (Exception e) {
            // Only our own resources and parts are involved: a failure here is a bug, not bad input.
            throw new IllegalStateException("cannot assemble the DOCX package", e);
        }
    }

    /** A4 portrait, the margins, the page number header from page 2 (titlePg, empty first-page header). */
    private static SectPr section(MainDocumentPart main) throws InvalidFormatException {
        SectPr sectPr = Wml.parse("""
                <w:sectPr>
                  <w:pgSz w:w="11906" w:h="16838"/>
                  <w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="567" w:gutter="0"/>
                  <w:cols w:space="720"/>
                  <w:titlePg/>
                </w:sectPr>""".formatted(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT, HEADER_DISTANCE), SectPr.class);
        sectPr.getEGHdrFtrReferences().add(header(main, "/word/header1.xml", HdrFtrRef.DEFAULT, pageNumber()));
        sectPr.getEGHdrFtrReferences().add(header(main, "/word/header2.xml", HdrFtrRef.FIRST, Wml.paragraph("CvPageNumber")));
        return sectPr;
    }

    private static HeaderReference header(MainDocumentPart main, String name, HdrFtrRef type, P content)
            throws InvalidFormatException {
        HeaderPart part = new HeaderPart(new PartName(name));
        Hdr hdr = Wml.FACTORY.createHdr();
        hdr.getContent().add(content);
        part.setJaxbElement(hdr);
        Relationship rel = main.addTargetPart(part);
        HeaderReference ref = Wml.FACTORY.createHeaderReference();
        ref.setId(rel.getId());
        ref.setType(type);
        return ref;
    }

    /** A PAGE field, centred, with "2" as its cached result (it shows only from page 2 on). */
    private static P pageNumber() {
        return Wml.parse("""
                <w:p>
                  <w:pPr><w:pStyle w:val="CvPageNumber"/></w:pPr>
                  <w:r><w:fldChar w:fldCharType="begin"/></w:r>
                  <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
                  <w:r><w:fldChar w:fldCharType="separate"/></w:r>
                  <w:r><w:t>2</w:t></w:r>
                  <w:r><w:fldChar w:fldCharType="end"/></w:r>
                </w:p>""", P.class);
    }

    /** Title (the excerpt as it heads the document), creator (the issuer), language vi-VN. */
    private static DocPropsCorePart coreProperties(OfficialDocument doc) throws InvalidFormatException {
        var dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        CoreProperties core = new org.docx4j.docProps.core.ObjectFactory().createCoreProperties();
        core.setTitle(dc.createTitle(literal(dc, DocumentLines.title(doc))));
        core.setCreator(literal(dc, VietnameseText.oneLine(doc.issuer())));
        core.setLanguage(literal(dc, "vi-VN"));
        DocPropsCorePart part = new DocPropsCorePart();
        part.setJaxbElement(core);
        return part;
    }

    private static SimpleLiteral literal(org.docx4j.docProps.core.dc.elements.ObjectFactory dc, String value) {
        SimpleLiteral literal = dc.createSimpleLiteral();
        literal.getContent().add(Wml.nfc(value));
        return literal;
    }

    private static InputStream resource(String name) {
        InputStream in = DocxWriter.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    /** The parts the layout cannot do without; the message names the missing one and the file, if any. */
    private static void validate(OfficialDocument doc, Path file) {
        if (doc == null) {
            throw new IllegalArgumentException("doc");
        }
        require(doc.issuer(), "docx.field.issuer", file);
        require(doc.place(), "docx.field.place", file);
        require(doc.subject(), "docx.field.subject", file);
        if (doc.date() == null) {
            throw missing("docx.field.date", file);
        }
        if (doc.type() == null) {
            throw missing("docx.field.type", file);
        }
        Signer signer = doc.signer();
        if (signer != null) {
            require(signer.name(), "docx.field.signerName", file);
        }
    }

    private static void require(String value, String fieldKey, Path file) {
        if (value == null || value.isBlank()) {
            throw missing(fieldKey, file);
        }
    }

    private static InputException missing(String fieldKey, Path file) {
        String field = MESSAGES.get(fieldKey);
        return new InputException(file == null ? MESSAGES.get("docx.missingFieldNoFile", field)
                : MESSAGES.get("docx.missingField", field, file));
    }
}
