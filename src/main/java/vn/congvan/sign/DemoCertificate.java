package vn.congvan.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * A self-signed certificate for showing how signing works, labelled in its own name as having no legal
 * value, so that nobody takes a demo signature for a real one.
 */
public final class DemoCertificate {
    /** Part of every demo certificate's CN. */
    public static final String LABEL = "DEMO — không có giá trị pháp lý";
    private static final Messages MSG = Messages.of(DemoCertificate.class);

    private DemoCertificate() {
    }

    /** A CN is at most 64 characters (RFC 5280), and the label must stay whole. */
    private static String shortened(String holder) {
        int room = 64 - LABEL.length() - 3;
        return VietnameseText.cut(holder.strip(), room);
    }

    /**
     * Writes a PKCS#12 file with a new RSA key and a self-signed certificate, valid for a year from {@code now}.
     *
     * @param holder who it is made out to, e.g. the signer's name; the CN is "holder (DEMO — …)"
     * @return the certificate, also what a verifier must trust to accept the demo signatures
     */
    public static X509Certificate create(Path p12, char[] password, String holder, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, LABEL)
                    .addRDN(BCStyle.CN, shortened(holder) + " (" + LABEL + ")").build();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyCertSign));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo", keys.getPrivate(), password, new Certificate[] {cert});
            try (OutputStream out = Files.newOutputStream(p12)) {
                store.store(out, password);
            }
            return cert;
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new InputException(MSG.get("demo.failed", p12, e.getMessage()), e);
        }
    }
}
