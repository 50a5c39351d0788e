package vn.congvan.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.SignatureCheck;

/** B-T with an RFC 3161 server running in this JVM, and a key that never leaves a SoftHSM2 token (PKCS#11). */
class TokenAndTimestampTest {
    /** The time the in-process server vouches for, unlike the signer's claimed clock. */
    static final Instant TSA_TIME = Instant.parse("2019-09-05T03:31:07Z");

    @TempDir
    static Path dir;
    static Path report;
    static TestPki pki;
    static Path signature;

    @BeforeAll
    static void setUp() throws Exception {
        report = SignedReport.render(dir);
        pki = new TestPki("CA thu nghiem congvan");
        signature = TestPki.signatureImage(dir.resolve("chu-ky.png"));
    }

    static SignatureLook look() {
        return new SignatureLook(SignatureLook.Role.LEADER, signature, null, 40, SignedReport.POSITION, SignedReport.NAME, null);
    }

    @Test
    void withATimestampServerTheSignatureIsBaselineT() throws Exception {
        TestPki.Issued tsa = pki.issue("May chu dau thoi gian thu nghiem", Instant.parse("2019-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"), true);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", tsa.keys().getPrivate(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate(), pki.ca.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, Set.of(TSPAlgorithms.SHA256));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] served = {0};
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(++served[0]), Date.from(TSA_TIME)).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        try {
            Path input = Files.copy(report, Files.createDirectories(dir.resolve("bt")).resolve("bao-cao.pdf"));
            SigningKey leader = KeyStores.pkcs12(pki.p12(pki.issue("Võ Văn Thông"), dir.resolve("bt.p12")), TestPki.PASSWORD);
            Path signed = new PdfSigner(leader, java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa"),
                    PdfSignatureTest.SIGNING).sign(input, look()).file();
            assertEquals(1, served[0], "one timestamp asked");
            SignatureCheck c = new PdfSignatureVerifier(List.of(pki.ca.certificate())).verify(signed).get(0);
            assertTrue(c.ok(), c.problems().toString());
            assertEquals("PAdES B-T", c.level());
            assertEquals(TSA_TIME, c.timestampTime());
            assertEquals(TSA_TIME, c.signingTime());
            String pdfsig = PdfSignatureTest.pdfsig(signed);
            assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aKeyOnAPkcs11TokenSigns() throws Exception {
        Path library = Path.of("/usr/lib/softhsm/libsofthsm2.so");
        assertTrue(Files.isRegularFile(library), "SoftHSM2 is installed (.ci/run installs softhsm2)");
        String conf = System.getenv("SOFTHSM2_CONF");
        assertNotNull(conf, "surefire sets SOFTHSM2_CONF");
        Path tokens = Files.createDirectories(Path.of(conf).getParent().resolve("tokens-" + System.nanoTime()));
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        String pin = "123456";
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "congvan-thu", "--pin", pin, "--so-pin", "876543")
                .redirectErrorStream(true).start();
        init.getOutputStream().close();
        String said = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(init.waitFor(60, TimeUnit.SECONDS) && init.exitValue() == 0, said);
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(said);
        assertTrue(slot.find(), said);
        int slotId = Integer.parseInt(slot.group(1));

        // The key and its chain go onto the token once, as a certification authority would put them there.
        TestPki.Issued holder = pki.issue("Võ Văn Thông");
        Provider provider = Security.getProvider("SunPKCS11").configure("--name=nap-token\nlibrary=" + library + "\nslot=" + slotId + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, pin.toCharArray());
        token.setKeyEntry("lanh-dao", holder.keys().getPrivate(), null, new Certificate[] {holder.certificate(), pki.ca.certificate()});

        SigningKey key = KeyStores.pkcs11(library, slotId, pin.toCharArray());
        assertNotNull(key.provider(), "signing goes through the token");
        assertNull(key.key().getEncoded(), "the private key does not leave the token");
        Path input = Files.copy(report, Files.createDirectories(dir.resolve("p11")).resolve("bao-cao.pdf"));
        Path signed = new PdfSigner(key, null, PdfSignatureTest.SIGNING).sign(input, look()).file();
        SignatureCheck c = new PdfSignatureVerifier(List.of(pki.ca.certificate())).verify(signed).get(0);
        assertTrue(c.ok(), c.problems().toString());
        assertEquals("Võ Văn Thông", c.signerName());
        assertTrue(PdfSignatureTest.pdfsig(signed).contains("Signature is Valid"));
    }
}
