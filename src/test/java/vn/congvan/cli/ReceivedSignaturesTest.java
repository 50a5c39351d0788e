package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.sign.KeyStores;
import vn.congvan.sign.PdfSigner;
import vn.congvan.sign.SignatureLook;
import vn.congvan.sign.TestPki;

/**
 * A dispatch that arrives as a signed PDF (signed here with a BouncyCastle test CA the office trusts) shows its
 * signature among its fields after {@code import}: in {@code status} and {@code status --json}, from a file and
 * from a mail's attachment; a changed one is imported all the same and shows a warning; an unsigned one says nothing.
 */
class ReceivedSignaturesTest {
    static final String LEADER = "Võ Văn Thông";

    @TempDir
    static Path dir;
    static Path units;
    static Path signed;
    static Path unsigned;

    @BeforeAll
    static void aSignedDispatch() throws Exception {
        units = Files.createDirectories(dir.resolve("don-vi"));
        try (Stream<Path> files = Files.list(Path.of("samples", "directory"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, units.resolve(f.getFileName()));
            }
        }
        TestPki pki = new TestPki("CA thu nghiem tinh");
        pki.rootsFolder(units.resolve("chung-thu-goc"));
        Path p12 = pki.p12(pki.issue(LEADER), dir.resolve("lanh-dao.p12"));

        Path out = Files.createDirectories(dir.resolve("den"));
        CliRun render = CliRun.of("render", TrackingCommandsTest.SEED, "--format", "pdf", "--out", out.toString());
        assertEquals(0, render.exitCode(), render.err());
        try (Stream<Path> files = Files.list(out)) {
            unsigned = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        SignatureLook look = new SignatureLook(SignatureLook.Role.LEADER, TestPki.signatureImage(dir.resolve("chu-ky.png")),
                null, 0, "PHÓ CHỦ TỊCH", LEADER, null);
        Clock clock = Clock.fixed(Instant.parse("2019-08-21T02:15:00Z"), ZoneOffset.UTC);
        signed = new PdfSigner(KeyStores.pkcs12(p12, TestPki.PASSWORD.clone()), null, clock).sign(unsigned, look).file();
    }

    private static String db(String name) {
        return dir.resolve(name + ".db").toString();
    }

    @Test
    void anImportedSignedPdfShowsAValidSignatureInStatus() throws Exception {
        CliRun imported = CliRun.of("import", signed.toString(), "--db", db("ky"), "--units", units.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, hợp lệ"), imported.out());

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db("ky"), "--units", units.toString());
        assertEquals(0, status.exitCode(), status.err());
        String[] lines = status.out().split("\n");
        assertTrue(lines[0].startsWith("Văn bản 6174/UBND-VX"), lines[0]);
        assertEquals("Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, hợp lệ", lines[1], "a field under the title");

        JsonNode json = DispatchJson.MAPPER.readTree(CliRun.of("status", "6174/UBND-VX", "--json", "--db", db("ky"),
                "--units", units.toString()).out());
        JsonNode signatures = json.get("signatures");
        assertTrue(signatures.get("valid").asBoolean(), signatures.toString());
        assertEquals(1, signatures.get("list").size());
        JsonNode s = signatures.get("list").get(0);
        assertEquals(LEADER, s.get("signer").asText());
        assertEquals("C=VN,O=Thu nghiem,CN=" + LEADER, s.get("subject").asText(), "RFC 2253, as verify gives it");
        assertEquals("C=VN,O=Thu nghiem,CN=CA thu nghiem tinh", s.get("issuer").asText());
        assertEquals("2019-08-21T09:15:00+07:00", s.get("claimedTime").asText());
        assertEquals("whole_document", s.get("coverage").asText(), "not changed after signing");
        assertTrue(s.get("certificateValid").asBoolean());
        assertTrue(s.get("trusted").asBoolean(), "chains to the office's root");
        assertEquals(0, s.get("problems").size());
    }

    @Test
    void aChangedSignedPdfIsImportedAndShowsAWarning() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        // The binary comment on the PDF's second line: inside the signed range, and the file still reads.
        bytes[indexOf(bytes, "%", 5) + 1] ^= 0x01;
        Path changed = Files.write(Files.createDirectories(dir.resolve("sua")).resolve("6174-da-sua.pdf"), bytes);

        CliRun imported = CliRun.of("import", changed.toString(), "--db", db("sua"), "--units", units.toString());
        assertEquals(0, imported.exitCode(), "a bad signature never refuses the import: " + imported.err());
        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db("sua"), "--units", units.toString());
        String line = status.out().split("\n")[1];
        assertTrue(line.startsWith("⚠ Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, KHÔNG hợp lệ: "), line);
        assertTrue(line.contains("Mã băm không khớp"), line);

        JsonNode s = DispatchJson.MAPPER.readTree(CliRun.of("status", "6174/UBND-VX", "--json", "--db", db("sua"),
                "--units", units.toString()).out()).get("signatures");
        assertFalse(s.get("valid").asBoolean());
        assertFalse(s.get("list").get(0).get("digestValid").asBoolean());
    }

    @Test
    void aSignedPdfAttachedToAMailShowsItsSignature() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress("vanthu@ubnd-tinh.example"));
        mail.setRecipients(MimeMessage.RecipientType.TO, "vanthu@phanthiet.example");
        mail.setSubject("Công văn 6174/UBND-VX", "UTF-8");
        mail.setSentDate(java.util.Date.from(Instant.parse("2019-08-21T03:00:00Z")));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi văn bản đính kèm.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(Files.readAllBytes(signed), "application/pdf")));
        pdf.setFileName("6174-UBND-VX.pdf");
        mail.setContent(new MimeMultipart(text, pdf));
        mail.saveChanges();
        Path eml = dir.resolve("cong-van.eml");
        try (OutputStream out = Files.newOutputStream(eml)) {
            mail.writeTo(out);
        }

        CliRun imported = CliRun.of("import", eml.toString(), "--db", db("thu"), "--units", units.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db("thu"), "--units", units.toString());
        assertEquals("Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, hợp lệ", status.out().split("\n")[1]);
    }

    @Test
    void anUnsignedDispatchSaysNothingAboutSignatures() throws Exception {
        assertEquals(0, CliRun.of("import", unsigned.toString(), "--db", db("khong-ky"), "--units", units.toString()).exitCode());
        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db("khong-ky"), "--units", units.toString());
        assertFalse(status.out().contains("Chữ ký số"), status.out());
        JsonNode json = DispatchJson.MAPPER.readTree(CliRun.of("status", "6174/UBND-VX", "--json", "--db", db("khong-ky"),
                "--units", units.toString()).out());
        assertNull(json.get("signatures"));
    }

    static int indexOf(byte[] bytes, String what, int from) {
        byte b = what.getBytes(java.nio.charset.StandardCharsets.US_ASCII)[0];
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError(what);
    }
}
