package vn.congvan.sign;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA with leader, agency and timestamp-server certificates, made with BouncyCastle at test time. */
public final class TestPki {
    public static final char[] PASSWORD = "mat-khau-thu".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    public final Issued ca;

    public TestPki(String caName) throws Exception {
        KeyPair keys = rsa();
        X500Name name = new X500Name("CN=" + caName + ",O=Thu nghiem,C=VN");
        var b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(Instant.parse("2015-01-01T00:00:00Z")), Date.from(Instant.parse("2045-01-01T00:00:00Z")), name, keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca = new Issued(keys, cert(b, keys));
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate cert(JcaX509v3CertificateBuilder b, KeyPair signer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
    }

    public Issued issue(String cn, Instant from, Instant to) throws Exception {
        return issue(cn, from, to, false);
    }

    public Issued issue(String cn, Instant from, Instant to, boolean timestamping) throws Exception {
        KeyPair keys = rsa();
        var b = new JcaX509v3CertificateBuilder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to),
                new X500Name("CN=" + cn + ",O=Thu nghiem,C=VN"), keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (timestamping) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        } else {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        }
        return new Issued(keys, cert(b, ca.keys()));
    }

    public Issued issue(String cn) throws Exception {
        return issue(cn, Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
    }

    /** The holder's key and chain (holder, CA) in a PKCS#12 file. */
    public Path p12(Issued holder, Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("khoa", holder.keys().getPrivate(), PASSWORD, new Certificate[] {holder.certificate(), ca.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /** The CA's certificate in a folder of trusted roots. */
    public Path rootsFolder(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.write(folder.resolve("goc.cer"), ca.certificate().getEncoded());
        return folder;
    }

    /** An invented handwritten signature: blue strokes on a transparent background, 300 × 120. */
    public static Path signatureImage(Path file) throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x3c, 0xb4));
        g.setStroke(new BasicStroke(5));
        g.drawPolyline(new int[] {20, 60, 90, 120, 160, 200, 240, 280}, new int[] {90, 30, 100, 40, 95, 35, 80, 60}, 8);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** An invented seal: a red ring with a star, transparent, 400 × 400. */
    public static Path sealImage(Path file) throws IOException {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xd0, 0x10, 0x10, 220));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 380, 380);
        g.drawOval(70, 70, 260, 260);
        g.fillPolygon(new int[] {200, 225, 290, 235, 255, 200, 145, 165, 110, 175}, new int[] {110, 170, 170, 205, 270, 230, 270, 205, 170, 170}, 10);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Duration year() {
        return Duration.ofDays(365);
    }
}
