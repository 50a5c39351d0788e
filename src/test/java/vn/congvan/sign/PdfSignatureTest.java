package vn.congvan.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.SignatureCheck;

/** A report rendered through the app, signed as a leader and an agency sign it, checked by us and by poppler's pdfsig. */
class PdfSignatureTest {
    static final Clock SIGNING = Clock.fixed(Instant.parse("2019-09-05T03:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path report;
    static TestPki pki;
    static TestPki otherPki;
    static SigningKey leader;
    static SigningKey agency;
    static Path signature;
    static Path seal;

    @BeforeAll
    static void pkiAndReport() throws Exception {
        report = SignedReport.render(dir);
        pki = new TestPki("CA thu nghiem congvan");
        otherPki = new TestPki("CA la");
        leader = KeyStores.pkcs12(pki.p12(pki.issue("Võ Văn Thông"), dir.resolve("lanh-dao.p12")), TestPki.PASSWORD);
        agency = KeyStores.pkcs12(pki.p12(pki.issue("Ủy ban nhân dân thành phố Phan Thiết"), dir.resolve("co-quan.p12")), TestPki.PASSWORD);
        signature = TestPki.signatureImage(dir.resolve("chu-ky.png"));
        seal = TestPki.sealImage(dir.resolve("con-dau.png"));
    }

    static SignatureLook leaderLook() {
        return new SignatureLook(SignatureLook.Role.LEADER, signature, null, 40, SignedReport.POSITION, SignedReport.NAME, null);
    }

    static PdfSignatureVerifier verifier() {
        return new PdfSignatureVerifier(List.of(pki.ca.certificate()));
    }

    Path copy(String name) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(name));
        return Files.copy(report, sub.resolve("bao-cao.pdf"));
    }

    @Test
    void aSignedReportVerifiesHereAndInPdfsig() throws Exception {
        Path input = copy("leader");
        byte[] before = Files.readAllBytes(input);
        PdfSigner.Signed signed = new PdfSigner(leader, null, SIGNING).sign(input, leaderLook());

        assertEquals(input.resolveSibling("bao-cao-da-ky.pdf"), signed.file());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "the input is never written over");
        List<SignatureCheck> checks = verifier().verify(signed.file());
        assertEquals(1, checks.size());
        SignatureCheck c = checks.get(0);
        assertTrue(c.ok(), c.problems().toString());
        assertEquals("Võ Văn Thông", c.signerName());
        assertEquals("PAdES B-B", c.level());
        assertEquals(SignatureCheck.Coverage.WHOLE_DOCUMENT, c.coverage());
        assertEquals(Instant.parse("2019-09-05T03:30:00Z"), c.claimedTime());
        assertTrue(c.issuer().contains("CA thu nghiem congvan"));

        String pdfsig = pdfsig(signed.file());
        assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        assertTrue(pdfsig.contains("Total document signed"), pdfsig);
        assertTrue(pdfsig.contains("ETSI.CAdES.detached"), pdfsig);
    }

    @Test
    void theCmsIsPadesBaseline() throws Exception {
        Path signed = new PdfSigner(leader, null, SIGNING).sign(copy("cms"), leaderLook()).file();
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", sig.getSubFilter());
            CMSSignedData cms = new CMSSignedData(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                    new org.bouncycastle.asn1.ASN1InputStream(sig.getContents(Files.readAllBytes(signed))).readObject()));
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            assertEquals("2.16.840.1.101.3.4.2.1", si.getDigestAlgOID(), "SHA-256");
            assertNotNull(si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNull(si.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES takes the time from M, not from the CMS");
            assertNotNull(sig.getSignDate());
        }
    }

    @Test
    void aFlippedByteIsReportedByBoth() throws Exception {
        Path signed = new PdfSigner(leader, null, SIGNING).sign(copy("flip"), leaderLook()).file();
        byte[] bytes = Files.readAllBytes(signed);
        int at = indexOf(bytes, "stream", 1000) + 40; // inside a content stream, inside the signed range
        bytes[at] ^= 0x01;
        Files.write(signed, bytes);

        SignatureCheck c = verifier().verify(signed).get(0);
        assertFalse(c.ok());
        assertFalse(c.digestValid());
        assertTrue(c.problems().stream().anyMatch(p -> p.contains("Mã băm không khớp")), c.problems().toString());
        String pdfsig = pdfsig(signed);
        assertTrue(pdfsig.contains("Digest Mismatch") || pdfsig.contains("Signature is Invalid"), pdfsig);
    }

    @Test
    void aPageAppendedAfterSigningIsReportedByBoth() throws Exception {
        Path signed = new PdfSigner(leader, null, SIGNING).sign(copy("append"), leaderLook()).file();
        int pages;
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            pages = doc.getNumberOfPages();
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            Path changed = signed.resolveSibling("them-trang.pdf");
            try (var out = Files.newOutputStream(changed)) {
                doc.saveIncremental(out);
            }
            Files.move(changed, signed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            assertEquals(pages + 1, doc.getNumberOfPages(), "the page was added");
        }
        SignatureCheck c = verifier().verify(signed).get(0);
        assertEquals(SignatureCheck.Coverage.CHANGED_AFTER, c.coverage());
        assertTrue(c.digestValid(), "what was signed is intact");
        assertFalse(c.ok());
        String pdfsig = pdfsig(signed);
        assertTrue(pdfsig.contains("Not total document signed"), pdfsig);
    }

    @Test
    void anExpiredCertificateAndAnUntrustedRootAreReported() throws Exception {
        SigningKey expired = KeyStores.pkcs12(pki.p12(pki.issue("Người hết hạn", Instant.parse("2017-01-01T00:00:00Z"),
                Instant.parse("2018-01-01T00:00:00Z")), dir.resolve("het-han.p12")), TestPki.PASSWORD);
        Path old = new PdfSigner(expired, null, SIGNING).sign(copy("expired"), leaderLook()).file();
        SignatureCheck c = verifier().verify(old).get(0);
        assertTrue(c.digestValid() && c.signatureValid());
        assertFalse(c.certificateValid());
        assertTrue(c.problems().stream().anyMatch(p -> p.contains("hết hạn")), c.problems().toString());

        SigningKey stranger = KeyStores.pkcs12(otherPki.p12(otherPki.issue("Người lạ"), dir.resolve("la.p12")), TestPki.PASSWORD);
        Path foreign = new PdfSigner(stranger, null, SIGNING).sign(copy("untrusted"), leaderLook()).file();
        SignatureCheck u = verifier().verify(foreign).get(0);
        assertTrue(u.digestValid() && u.signatureValid() && u.certificateValid());
        assertFalse(u.trusted());
        assertTrue(u.problems().stream().anyMatch(p -> p.contains("CA la")), u.problems().toString());
    }

    @Test
    void theSignatureImageIsCentredBetweenThePositionAndTheNameAndTheSealOverlapsItsLeftThird() throws Exception {
        Path leaderSigned = new PdfSigner(leader, null, SIGNING).sign(copy("seal"), leaderLook()).file();
        SignatureLook agencyLook = new SignatureLook(SignatureLook.Role.AGENCY, signature, seal, 40, SignedReport.POSITION, SignedReport.NAME, null);
        Path both = new PdfSigner(agency, null, SIGNING).sign(leaderSigned, agencyLook).file();
        assertEquals(leaderSigned.resolveSibling("bao-cao-da-ky-2.pdf"), both);

        try (PDDocument doc = Loader.loadPDF(both.toFile())) {
            int last = doc.getNumberOfPages() - 1;
            PDRectangle image = widget(doc, "ChuKyLanhDao", last);
            PDRectangle sealRect = widget(doc, "DauCoQuan", last);
            TextLines lines = TextLines.of(doc, last);
            TextLines.Line position = lines.last(SignedReport.POSITION);
            TextLines.Line name = lines.last(SignedReport.NAME);
            // Between: above the name's top, below the position line's baseline.
            assertTrue(image.getLowerLeftY() > name.baselineY() + name.height() - 1, image + " / " + name);
            assertTrue(image.getUpperRightY() < position.baselineY(), image + " / " + position);
            assertTrue(image.getHeight() > 30, "the image fills the room: " + image);
            // Centred on them, horizontally and vertically (within a point).
            float centreX = (image.getLowerLeftX() + image.getUpperRightX()) / 2;
            assertEquals((position.centreX() + name.centreX()) / 2, centreX, 1.0);
            float roomMiddle = (position.baselineY() + name.baselineY() + name.height()) / 2;
            assertEquals(roomMiddle, (image.getLowerLeftY() + image.getUpperRightY()) / 2, 3.0);
            // The seal: actual size 40 mm, its right edge a third into the signature image, over it in height.
            assertEquals(40 * 72 / 25.4, sealRect.getWidth(), 0.5);
            assertEquals(image.getLowerLeftX() + image.getWidth() / 3, sealRect.getUpperRightX(), 0.5);
            assertTrue(sealRect.getLowerLeftY() < image.getLowerLeftY() && sealRect.getUpperRightY() > image.getUpperRightY());
        }
        List<SignatureCheck> checks = verifier().verify(both);
        assertEquals(2, checks.size());
        assertEquals(SignatureCheck.Coverage.LATER_SIGNATURES_ONLY, checks.get(0).coverage());
        assertTrue(checks.get(0).ok() && checks.get(1).ok(), checks.toString());
        assertEquals("Ủy ban nhân dân thành phố Phan Thiết", checks.get(1).signerName());
        String pdfsig = pdfsig(both);
        assertEquals(2, pdfsig.split("Signature is Valid", -1).length - 1, pdfsig);
    }

    @Test
    void anAttachmentGetsTheAgencysTextSignatureTopRightOfPageOne() throws Exception {
        SignatureLook look = new SignatureLook(SignatureLook.Role.ATTACHMENT, null, null, 0, null, null, "15/BC-UBND");
        PdfSigner.Signed signed = new PdfSigner(agency, null, SIGNING).sign(copy("attachment"), look);
        assertEquals(0, signed.page());
        try (PDDocument doc = Loader.loadPDF(signed.file().toFile())) {
            PDRectangle rect = widget(doc, "ChuKyCoQuan", 0);
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(page.getUpperRightX() - 15 * 72 / 25.4, rect.getUpperRightX(), 0.5, "the right margin");
            assertTrue(rect.getLowerLeftY() > page.getHeight() - 20 * 72 / 25.4 - 1, "inside the top margin: " + rect);
            String appearance = new String(doc.getPage(0).getAnnotations().get(0).getNormalAppearanceStream().getContents()
                    .readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(appearance.contains("0 0 0 rg") || appearance.contains("0 g"), "black text: " + appearance);
        }
        String pdfsig = pdfsig(signed.file());
        assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        assertEquals("Thời gian ký: 2019-09-05T10:30:00+07:00", PdfSigner.stampLines(agency, "15/BC-UBND", SIGNING.instant()).get(2));
        assertEquals("Số, ký hiệu: 15/BC-UBND", PdfSigner.stampLines(agency, "15/BC-UBND", SIGNING.instant()).get(1));
    }

    static PDRectangle widget(PDDocument doc, String field, int page) throws IOException {
        PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField(field);
        assertNotNull(f, field);
        var w = f.getWidgets().get(0);
        assertEquals(doc.getPage(page).getCOSObject(), w.getPage() == null ? null : w.getPage().getCOSObject(), "on page " + (page + 1));
        assertNotNull(w.getNormalAppearanceStream(), "it has an appearance");
        return w.getRectangle();
    }

    static int indexOf(byte[] bytes, String what, int from) {
        byte[] w = what.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i < bytes.length - w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (bytes[i + j] != w[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(what);
    }

    static String pdfsig(Path file) throws Exception {
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}
