package vn.congvan.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The one-page template PDFBox merges into the document when it adds a visible signature: a signature
 * field whose widget sits at {@code rect} on the page and whose appearance is drawn by {@link Painter}
 * in the widget's own coordinates (0,0 at its lower left).
 */
final class VisibleSignature {

    @FunctionalInterface
    interface Painter {
        void paint(PDDocument template, PDPageContentStream content, float width, float height) throws IOException;
    }

    private VisibleSignature() {
    }

    static byte[] template(PDRectangle pageBox, String fieldName, PDRectangle rect, Painter painter) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(pageBox);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(fieldName);
            form.getFields().add(field);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);

            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);

            PDFormXObject appearance = new PDFormXObject(new PDStream(template));
            appearance.setResources(new PDResources());
            appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.getCOSObject().setDirect(true);
            PDAppearanceStream normal = new PDAppearanceStream(appearance.getCOSObject());
            appearances.setNormalAppearance(normal);
            widget.setAppearance(appearances);
            try (PDPageContentStream content = new PDPageContentStream(template, normal)) {
                painter.paint(template, content, rect.getWidth(), rect.getHeight());
            }
            appearance.getCOSObject().setItem(COSName.SUBTYPE, COSName.FORM);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return out.toByteArray();
        }
    }
}
