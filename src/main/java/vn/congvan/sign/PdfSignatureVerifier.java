package vn.congvan.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

import vn.congvan.model.InputException;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.SignatureCheck.Coverage;
import vn.congvan.text.Messages;

/**
 * Checks every signature of a PDF: that its byte range describes the file, what it covers, the digest and
 * the CMS signature, the timestamp of a B-T signature, and the certificate's validity at the signing time
 * and its chain to the roots the office trusts. Revocation is not checked (no OCSP or CRL is fetched).
 */
public final class PdfSignatureVerifier {
    private static final Messages MSG = Messages.of(PdfSignatureVerifier.class);
    /** A signed dispatch is a few megabytes; reading more than this at once is refused. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256", NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private final List<X509Certificate> roots;

    public PdfSignatureVerifier(List<X509Certificate> trustedRoots) {
        this.roots = List.copyOf(trustedRoots);
    }

    /** @return one check per signature, in the order they were made; empty for an unsigned PDF */
    public List<SignatureCheck> verify(Path file) {
        String name = file.getFileName().toString();
        byte[] pdf;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(MSG.get("verify.tooLarge", name, MAX_BYTES / 1024 / 1024));
            }
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(MSG.get("verify.unreadable", file, e.getMessage()), e);
        }
        return verify(name, pdf);
    }

    /**
     * The same for a PDF held in memory (a mail's attachment, as received).
     *
     * @param name how the file is named to the user
     */
    public List<SignatureCheck> verify(String name, byte[] pdf) {
        if (pdf.length > MAX_BYTES) {
            throw new InputException(MSG.get("verify.tooLarge", name, MAX_BYTES / 1024 / 1024));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignatureField> fields = new ArrayList<>();
            if (doc.getDocumentCatalog().getAcroForm() != null) {
                doc.getDocumentCatalog().getAcroForm().getFieldTree().forEach(f -> {
                    if (f instanceof PDSignatureField s && s.getSignature() != null) {
                        fields.add(s);
                    }
                });
            }
            // The order they were made in: by where their revision ends.
            fields.sort((a, b) -> Long.compare(revisionEnd(a.getSignature()), revisionEnd(b.getSignature())));
            List<SignatureCheck> checks = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                checks.add(check(i + 1, fields.get(i), pdf, doc, fields.subList(i + 1, fields.size())));
            }
            return checks;
        } catch (IOException e) {
            throw new InputException(MSG.get("verify.notPdf", name, e.getMessage()), e);
        }
    }

    private static long revisionEnd(PDSignature s) {
        int[] r = s.getByteRange();
        return r != null && r.length == 4 ? (long) r[2] + r[3] : Long.MAX_VALUE;
    }

    private SignatureCheck check(int number, PDSignatureField field, byte[] pdf, PDDocument whole, List<PDSignatureField> later)
            throws IOException {
        PDSignature sig = field.getSignature();
        List<String> problems = new ArrayList<>();
        String subFilter = sig.getSubFilter();
        Instant claimed = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        int[] range = sig.getByteRange();
        if (!rangeValid(range, pdf)) {
            problems.add(MSG.get("check.badRange"));
            return new SignatureCheck(number, field.getFullyQualifiedName(), level(subFilter, false), sig.getName(), "", "",
                    claimed, null, Coverage.INVALID_RANGE, false, false, false, false, problems);
        }
        Coverage coverage = coverage(range, pdf, whole, later);
        if (coverage == Coverage.CHANGED_AFTER) {
            problems.add(MSG.get("check.changedAfter"));
        }
        byte[] signed = sig.getSignedContent(pdf);
        byte[] contents = sig.getContents(pdf);
        CMSSignedData cms;
        try {
            // The Contents gap is padded with zeros after the DER: read the first object only.
            ContentInfo info = ContentInfo.getInstance(new ASN1InputStream(contents).readObject());
            cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
        } catch (CMSException | IOException | RuntimeException e) {
            problems.add(MSG.get("check.badCms", e.getMessage()));
            return new SignatureCheck(number, field.getFullyQualifiedName(), level(subFilter, false), sig.getName(), "", "",
                    claimed, null, coverage, false, false, false, false, problems);
        }
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509Certificate cert = signerCertificate(cms, signer);
        if (cert == null) {
            problems.add(MSG.get("check.noCertificate"));
            return new SignatureCheck(number, field.getFullyQualifiedName(), level(subFilter, false), sig.getName(), "", "",
                    claimed, null, coverage, false, false, false, false, problems);
        }
        boolean digestValid = digestMatches(signer, signed);
        if (!digestValid) {
            problems.add(MSG.get("check.digest"));
        }
        boolean signatureValid = signatureMatches(signer, cert);
        if (!signatureValid) {
            problems.add(MSG.get("check.signature"));
        }
        TimeStampToken token = timestamp(signer, problems);
        Instant time = token != null ? token.getTimeStampInfo().getGenTime().toInstant() : claimed != null ? claimed : Instant.now();
        boolean certificateValid = validAt(cert, time, problems);
        List<X509Certificate> pool = certificates(cms.getCertificates());
        boolean trusted = chains(cert, pool, time, problems, "check.untrusted");
        if (token != null) {
            X509Certificate tsa = signerCertificate(token.toCMSSignedData(), token.toCMSSignedData().getSignerInfos().getSigners().iterator().next());
            if (tsa != null) {
                List<X509Certificate> tsaPool = new ArrayList<>(pool);
                tsaPool.addAll(certificates(token.getCertificates()));
                chains(tsa, tsaPool, time, problems, "check.tsaUntrusted");
            }
        }
        return new SignatureCheck(number, field.getFullyQualifiedName(), level(subFilter, token != null),
                Certificates.commonName(cert.getSubjectX500Principal()), cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
                cert.getIssuerX500Principal().getName(X500Principal.RFC2253), claimed,
                token == null ? null : token.getTimeStampInfo().getGenTime().toInstant(), coverage, digestValid, signatureValid,
                certificateValid, trusted, problems);
    }

    private static String level(String subFilter, boolean timestamped) {
        if ("ETSI.CAdES.detached".equals(subFilter)) {
            return timestamped ? "PAdES B-T" : "PAdES B-B";
        }
        return subFilter == null ? "?" : subFilter;
    }

    /** [0, a, b, c]: from the start, a gap that holds exactly the hex Contents, then to the end of its revision. */
    private static boolean rangeValid(int[] r, byte[] pdf) {
        if (r == null || r.length != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || (long) r[2] + r[3] > pdf.length) {
            return false;
        }
        if (pdf[r[1]] != '<' || pdf[r[2] - 1] != '>') {
            return false;
        }
        for (int i = r[1] + 1; i < r[2] - 1; i++) {
            byte b = pdf[i];
            boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whole document when the range reaches the end of the file. Otherwise the later revisions are accepted
     * only when a later signature covers the whole file and the pages are the same as signed (their number,
     * their content streams, and their annotations other than signature widgets): a leader's signature
     * stays valid when the agency signs after it, an added or changed page does not.
     */
    private static Coverage coverage(int[] r, byte[] pdf, PDDocument whole, List<PDSignatureField> later) throws IOException {
        long end = (long) r[2] + r[3];
        if (end == pdf.length) {
            return Coverage.WHOLE_DOCUMENT;
        }
        boolean lastCoversAll = !later.isEmpty() && revisionEnd(later.get(later.size() - 1).getSignature()) == pdf.length;
        if (!lastCoversAll) {
            return Coverage.CHANGED_AFTER;
        }
        try (PDDocument signedRevision = Loader.loadPDF(Arrays.copyOf(pdf, (int) end))) {
            return samePages(signedRevision, whole) ? Coverage.LATER_SIGNATURES_ONLY : Coverage.CHANGED_AFTER;
        } catch (IOException e) {
            return Coverage.CHANGED_AFTER;
        }
    }

    private static boolean samePages(PDDocument a, PDDocument b) throws IOException {
        if (a.getNumberOfPages() != b.getNumberOfPages()) {
            return false;
        }
        for (int i = 0; i < a.getNumberOfPages(); i++) {
            PDPage pa = a.getPage(i);
            PDPage pb = b.getPage(i);
            if (!Arrays.equals(content(pa), content(pb)) || !pa.getMediaBox().toString().equals(pb.getMediaBox().toString())
                    || otherAnnotations(pa) != otherAnnotations(pb)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static long otherAnnotations(PDPage page) throws IOException {
        long n = 0;
        for (PDAnnotation a : page.getAnnotations()) {
            boolean signatureWidget = a instanceof PDAnnotationWidget
                    && COSName.SIG.equals(a.getCOSObject().getCOSName(COSName.FT, null) == null
                    ? parentType(a) : a.getCOSObject().getCOSName(COSName.FT));
            if (!signatureWidget) {
                n++;
            }
        }
        return n;
    }

    private static COSName parentType(PDAnnotation a) {
        var parent = a.getCOSObject().getCOSDictionary(COSName.PARENT);
        return parent == null ? null : parent.getCOSName(COSName.FT);
    }

    private static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signer) {
        Store<X509CertificateHolder> store = cms.getCertificates();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            if (!signer.getSID().match(holder)) {
                continue;
            }
            try {
                return new JcaX509CertificateConverter().getCertificate(holder);
            } catch (GeneralSecurityException e) {
                return null;
            }
        }
        return null;
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        List<X509Certificate> certs = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            try {
                certs.add(new JcaX509CertificateConverter().getCertificate(holder));
            } catch (GeneralSecurityException e) {
                // An unreadable extra certificate cannot help the chain; the chain check says what is missing.
            }
        }
        return certs;
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signed) {
        try {
            String algorithm = DIGESTS.get(signer.getDigestAlgorithmID().getAlgorithm());
            AttributeTable attributes = signer.getSignedAttributes();
            Attribute digest = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
            if (algorithm == null || digest == null) {
                return false;
            }
            byte[] stated = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
            return MessageDigest.isEqual(stated, MessageDigest.getInstance(algorithm).digest(signed));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The signature over the signed attributes, apart from whether they state the right digest. */
    private static boolean signatureMatches(SignerInformation signer, X509Certificate cert) {
        try {
            String digest = DIGESTS.get(signer.getDigestAlgorithmID().getAlgorithm());
            if (digest == null) {
                return false;
            }
            String key = cert.getPublicKey().getAlgorithm();
            Signature check = Signature.getInstance(digest.replace("-", "") + "with" + ("EC".equals(key) ? "ECDSA" : key));
            check.initVerify(cert.getPublicKey());
            check.update(signer.getEncodedSignedAttributes());
            return check.verify(signer.getSignature());
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** The signature timestamp of a B-T signature, checked: it stamps this signature, signed by its server. */
    private static TimeStampToken timestamp(SignerInformation signer, List<String> problems) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            String algorithm = DIGESTS.get(token.getTimeStampInfo().getMessageImprintAlgOID());
            byte[] expected = MessageDigest.getInstance(algorithm == null ? "SHA-256" : algorithm).digest(signer.getSignature());
            if (!MessageDigest.isEqual(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                problems.add(MSG.get("check.timestampImprint"));
                return null;
            }
            X509Certificate tsa = signerCertificate(token.toCMSSignedData(), token.toCMSSignedData().getSignerInfos().getSigners().iterator().next());
            if (tsa == null) {
                problems.add(MSG.get("check.timestampInvalid", MSG.get("check.noCertificate")));
                return null;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            return token;
        } catch (Exception e) {
            problems.add(MSG.get("check.timestampInvalid", e.getMessage()));
            return null;
        }
    }

    private static boolean validAt(X509Certificate cert, Instant time, List<String> problems) {
        try {
            cert.checkValidity(Date.from(time));
            return true;
        } catch (CertificateExpiredException e) {
            problems.add(MSG.get("check.expired", PdfSigner.iso(cert.getNotAfter().toInstant()), PdfSigner.iso(time)));
        } catch (CertificateNotYetValidException e) {
            problems.add(MSG.get("check.notYetValid", PdfSigner.iso(cert.getNotBefore().toInstant()), PdfSigner.iso(time)));
        }
        return false;
    }

    private boolean chains(X509Certificate cert, List<X509Certificate> pool, Instant time, List<String> problems, String key) {
        if (roots.isEmpty()) {
            problems.add(MSG.get("check.noRoots"));
            return false;
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate root : roots) {
                anchors.add(new TrustAnchor(root, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(time));
            List<X509Certificate> all = new ArrayList<>(pool);
            all.add(cert);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            problems.add(MSG.get(key, Certificates.commonName(cert.getIssuerX500Principal())));
            return false;
        }
    }
}
