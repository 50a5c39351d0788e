package vn.congvan.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Signs a PDF with a PAdES baseline signature (B-B; B-T when a timestamp server is given) and the
 * Decree 30 appearance, as an incremental update written beside the input as {@code …-da-ky.pdf}.
 */
public final class PdfSigner {
    private static final Messages MSG = Messages.of(PdfSigner.class);
    /** Vietnam has kept +07:00 without daylight saving since 1975. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** Room for the CMS: the chain, and a timestamp token with the server's own certificates. */
    private static final int SIGNATURE_SIZE = 32_768;
    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** The widest a handwritten signature may be drawn, in points (about 70 mm, within the signature column). */
    private static final float MAX_SIGNATURE_WIDTH = 70 * POINTS_PER_MM;
    private static final String STAMP_FONT = "/liberation/LiberationSerif-Regular.ttf";
    private static final float STAMP_SIZE = 10f;
    /** The leader's signature field; the agency's seal is placed over its widget. */
    private static final String LEADER_FIELD = "ChuKyLanhDao";

    private final SigningKey key;
    private final URI timestampServer;
    private final Clock clock;

    /** @param timestampServer an RFC 3161 server for B-T, or null for B-B */
    public PdfSigner(SigningKey key, URI timestampServer, Clock clock) {
        this.key = key;
        this.timestampServer = timestampServer;
        this.clock = clock;
    }

    /** Where the signed copy of {@code input} goes: beside it, {@code x.pdf} → {@code x-da-ky.pdf}, never over it. */
    public static Path signedName(Path input) {
        String name = input.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        java.util.regex.Matcher again = java.util.regex.Pattern.compile("(.*-da-ky)(?:-(\\d+))?").matcher(stem);
        String signed = again.matches()
                ? again.group(1) + "-" + (again.group(2) == null ? 2 : Integer.parseInt(again.group(2)) + 1)
                : stem + "-da-ky";
        return input.resolveSibling(signed + ".pdf");
    }

    /** A signed PDF, and the rectangles drawn (the widget; for the agency's seal also the signature image's). */
    public record Signed(Path file, Instant time, int page, PDRectangle widget) {
    }

    public Signed sign(Path input, SignatureLook look) {
        Path output = signedName(input);
        Instant time = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String file = input.getFileName().toString();
        try (PDDocument doc = Loader.loadPDF(input.toFile())) {
            if (doc.isEncrypted()) {
                throw new InputException(MSG.get("sign.encrypted", file));
            }
            Placement placement = place(doc, look, time, file);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            // PAdES (ETSI EN 319 142-1): the CMS is a CAdES detached signature.
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(Certificates.commonName(key.certificate().getSubjectX500Principal()));
            signature.setSignDate(calendar(time));
            signature.setReason(MSG.get(switch (look.role()) {
                case LEADER -> "sign.reason.leader";
                case AGENCY -> "sign.reason.agency";
                case ATTACHMENT -> "sign.reason.attachment";
            }));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setPage(placement.page());
                options.setVisualSignature(new ByteArrayInputStream(placement.template()));
                doc.addSignature(signature, options);
                keepFieldName(doc, signature, placement.fieldName());
                CadesSignature cms = new CadesSignature(key, timestampServer == null ? null : new TimestampClient(timestampServer));
                AtomicFile.write(output, out -> {
                    ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                    byte[] content;
                    try (InputStream in = external.getContent()) {
                        content = in.readAllBytes();
                    }
                    external.setSignature(cms.sign(content));
                });
            }
            return new Signed(output, time, placement.page(), placement.widget());
        } catch (InputException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new InputException(MSG.get("sign.failed", file, e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(MSG.get("sign.unreadable", file, e.getMessage()), e);
        }
    }

    private record Placement(int page, PDRectangle widget, String fieldName, byte[] template) {
    }

    /** PDFBox names a new signature field itself; ours says whose signature it is (ChuKyLanhDao, DauCoQuan …). */
    private static void keepFieldName(PDDocument doc, PDSignature signature, String name) {
        for (var field : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField s
                    && s.getSignature() != null && s.getSignature().getCOSObject() == signature.getCOSObject()) {
                s.setPartialName(name);
            }
        }
    }

    private Placement place(PDDocument doc, SignatureLook look, Instant time, String file) throws IOException {
        return switch (look.role()) {
            case LEADER -> {
                SignatureBlock.Room room = SignatureBlock.find(doc, look.position(), look.name(), file);
                Image signatureImage = Image.read(look.signatureImage());
                PDRectangle rect = imageRect(room, signatureImage);
                String field = fieldName(doc, LEADER_FIELD);
                yield new Placement(room.pageIndex(), rect, field, VisibleSignature.template(doc.getPage(room.pageIndex()).getMediaBox(),
                        field, rect, (template, content, w, h) -> {
                            content.drawImage(PDImageXObject.createFromByteArray(template, signatureImage.bytes(), signatureImage.name()), 0, 0, w, h);
                        }));
            }
            case AGENCY -> {
                // Over the leader's signature image as it was drawn; found again from the text only for a PDF
                // whose leader signed with other software.
                Drawn leader = leaderWidget(doc);
                if (leader == null) {
                    SignatureBlock.Room room = SignatureBlock.find(doc, look.position(), look.name(), file);
                    leader = new Drawn(room.pageIndex(), imageRect(room, Image.read(look.signatureImage())));
                }
                int pageIndex = leader.pageIndex();
                PDRectangle under = leader.rect();
                Image seal = Image.read(look.sealImage());
                float diameter = look.sealMillimetres() * POINTS_PER_MM;
                float sealHeight = diameter * seal.height() / (float) seal.width();
                // The seal covers the left third of the signature image, centred on it in height.
                float right = under.getLowerLeftX() + under.getWidth() / 3;
                float centreY = under.getLowerLeftY() + under.getHeight() / 2;
                PDRectangle rect = new PDRectangle(right - diameter, centreY - sealHeight / 2, diameter, sealHeight);
                String field = fieldName(doc, "DauCoQuan");
                yield new Placement(pageIndex, rect, field, VisibleSignature.template(doc.getPage(pageIndex).getMediaBox(),
                        field, rect, (template, content, w, h) -> {
                            content.drawImage(PDImageXObject.createFromByteArray(template, seal.bytes(), seal.name()), 0, 0, w, h);
                        }));
            }
            case ATTACHMENT -> {
                List<String> lines = stampLines(key, look.numberSymbol(), time);
                PDRectangle page = doc.getPage(0).getMediaBox();
                float width = 75 * POINTS_PER_MM;
                float height = lines.size() * STAMP_SIZE * 1.2f + 4;
                // Right margin 15 mm; inside the 20 mm top margin, above the header.
                PDRectangle rect = new PDRectangle(page.getUpperRightX() - 15 * POINTS_PER_MM - width,
                        page.getUpperRightY() - 3 * POINTS_PER_MM - height, width, height);
                String field = fieldName(doc, "ChuKyCoQuan");
                yield new Placement(0, rect, field, VisibleSignature.template(page, field, rect,
                        (template, content, w, h) -> {
                            PDType0Font font;
                            try (InputStream ttf = PdfSigner.class.getResourceAsStream(STAMP_FONT)) {
                                font = PDType0Font.load(template, ttf, true);
                            }
                            content.setNonStrokingColor(0f, 0f, 0f);
                            float y = h - 2 - STAMP_SIZE;
                            for (String line : lines) {
                                // Right-aligned, upright, black (Decree 30).
                                float lineWidth = font.getStringWidth(line) / 1000 * STAMP_SIZE;
                                content.beginText();
                                content.setFont(font, STAMP_SIZE);
                                content.newLineAtOffset(w - lineWidth - 2, y);
                                content.showText(line);
                                content.endText();
                                y -= STAMP_SIZE * 1.2f;
                            }
                        }));
            }
        };
    }

    /** A signature widget already on a page: where it is drawn. */
    private record Drawn(int pageIndex, PDRectangle rect) {
    }

    /** The leader's signed widget (the last, should there be several), or null when there is none. */
    private static Drawn leaderWidget(PDDocument doc) {
        var form = doc.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return null;
        }
        Drawn found = null;
        for (var field : form.getFieldTree()) {
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField s && s.getSignature() != null
                    && s.getPartialName() != null && s.getPartialName().startsWith(LEADER_FIELD) && !s.getWidgets().isEmpty()) {
                var widget = s.getWidgets().get(0);
                int page = widget.getPage() == null ? -1 : doc.getPages().indexOf(widget.getPage());
                PDRectangle rect = widget.getRectangle();
                if (page >= 0 && rect != null && rect.getWidth() > 0 && rect.getHeight() > 0) {
                    found = new Drawn(page, rect);
                }
            }
        }
        return found;
    }

    /** The attachment's text signature: the agency, the number/symbol, the signing time in ISO 8601 Vietnam time. */
    static List<String> stampLines(SigningKey key, String numberSymbol, Instant time) {
        return List.of(Certificates.commonName(key.certificate().getSubjectX500Principal()),
                MSG.get("stamp.number", numberSymbol == null ? "" : numberSymbol), MSG.get("stamp.time", iso(time)));
    }

    /** The signature image at its own proportions, as tall as the room allows and centred on the block. */
    private static PDRectangle imageRect(SignatureBlock.Room room, Image image) {
        float height = room.room().getHeight();
        float width = height * image.width() / (float) image.height();
        if (width > MAX_SIGNATURE_WIDTH) {
            height = height * MAX_SIGNATURE_WIDTH / width;
            width = MAX_SIGNATURE_WIDTH;
        }
        float centreY = room.room().getLowerLeftY() + room.room().getHeight() / 2;
        return new PDRectangle(room.centreX() - width / 2, centreY - height / 2, width, height);
    }

    /** A field name not yet used in the document: a second signature of the same kind gets "…2". */
    private static String fieldName(PDDocument doc, String base) {
        var form = doc.getDocumentCatalog().getAcroForm();
        if (form == null || form.getField(base) == null) {
            return base;
        }
        int n = 2;
        while (form.getField(base + n) != null) {
            n++;
        }
        return base + n;
    }

    /** ISO 8601 in Vietnam time, to the second: 2026-12-02T09:15:00+07:00. */
    public static String iso(Instant time) {
        return OffsetDateTime.ofInstant(time, VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Calendar calendar(Instant time) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM), Locale.ROOT);
        c.setTimeInMillis(time.toEpochMilli());
        return c;
    }

    /** An image file read once: its bytes for PDFBox and its size for the proportions. */
    private record Image(String name, byte[] bytes, int width, int height) {
        static Image read(Path file) {
            if (file == null || !Files.isRegularFile(file)) {
                throw new InputException(MSG.get("image.missing", file));
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
                if (image == null) {
                    throw new InputException(MSG.get("image.unreadable", file));
                }
                return new Image(file.getFileName().toString(), bytes, image.getWidth(), image.getHeight());
            } catch (IOException e) {
                throw new InputException(MSG.get("image.unreadable", file), e);
            }
        }
    }
}
