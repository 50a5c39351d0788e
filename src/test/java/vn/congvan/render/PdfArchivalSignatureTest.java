package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archival copy stays PDF/A-2b once signed: a signature added through PDFBox's signing API by an
 * incremental update (with a certificate made here, as the signing work will use the office's) leaves
 * the first revision untouched and veraPDF finds no failed rule in the signed file.
 */
class PdfArchivalSignatureTest {
    @TempDir
    Path dir;

    @Test
    void aSignatureAddedByIncrementalUpdateKeepsPdfA2b() throws Exception {
        Path unsigned = dir.resolve("seed-pdfa.pdf");
        new PdfWriter(true).write(DocumentFixtures.seed(), unsigned);
        assertEquals(List.of(), VeraPdf.pdfA2b(unsigned).failedRules());

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate cert = selfSigned(keys);
        Path signed = dir.resolve("seed-pdfa-signed.pdf");
        sign(unsigned, signed, keys, cert);

        byte[] before = Files.readAllBytes(unsigned);
        byte[] after = Files.readAllBytes(signed);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the signature is appended; the archived revision is kept");

        VeraPdf.Verdict verdict = VeraPdf.pdfA2b(signed);
        assertEquals(List.of(), verdict.failedRules());
        assertTrue(verdict.compliant());

        try (PDDocument pdf = Loader.loadPDF(signed.toFile())) {
            List<PDSignature> signatures = pdf.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            byte[] content = signature.getSignedContent(after);
            // /Contents is padded with zeros after the DER object: read that one object.
            ContentInfo info;
            try (ASN1InputStream der = new ASN1InputStream(signature.getContents(after))) {
                info = ContentInfo.getInstance(der.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert)), "the signature covers the PDF/A file");
        }
    }

    private static void sign(Path in, Path out, KeyPair keys, X509Certificate cert) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(in.toFile()); OutputStream stream = Files.newOutputStream(out)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Nguyễn Văn A");
            signature.setReason("Ký ban hành");
            signature.setSignDate(Calendar.getInstance());
            pdf.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build()).build(signer, cert));
                    generator.addCertificates(new JcaCertStore(List.of(cert)));
                    return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            pdf.saveIncremental(stream);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Văn thư thử nghiệm, O=UBND thành phố Phan Thiết (thử), C=VN");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
