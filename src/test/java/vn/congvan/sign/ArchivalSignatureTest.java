package vn.congvan.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.SignatureCheck;
import vn.congvan.render.PdfWriter;
import vn.congvan.render.VeraPdf;

/**
 * The archival copy stays PDF/A-2b once signed by our own signer (issue 14): the leader's signature with its
 * image, the agency's seal over it, and an attachment's text-only signature, each added by incremental
 * update, pass veraPDF's PDF/A-2b rules and verify.
 */
class ArchivalSignatureTest {
    static final Clock SIGNING = Clock.fixed(Instant.parse("2019-09-05T03:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void signaturesFromOurSignerKeepPdfA2b() throws Exception {
        Path pdfa = dir.resolve("cong-van-pdfa.pdf");
        new PdfWriter(true).write(new DispatchReader().read(Path.of("samples", "000_7ae9f029b9ddbc9d.txt")).document(), pdfa);
        assertEquals(List.of(), VeraPdf.pdfA2b(pdfa).failedRules(), "the unsigned archival copy");

        TestPki pki = new TestPki("CA Thu nghiem");
        SigningKey leader = KeyStores.pkcs12(pki.p12(pki.issue("Võ Văn Thông"), dir.resolve("lanh-dao.p12")), TestPki.PASSWORD);
        SigningKey agency = KeyStores.pkcs12(pki.p12(pki.issue("Ủy ban nhân dân thành phố Phan Thiết"), dir.resolve("co-quan.p12")),
                TestPki.PASSWORD);
        Path signature = TestPki.signatureImage(dir.resolve("chu-ky.png"));
        Path seal = TestPki.sealImage(dir.resolve("con-dau.png"));

        Path byLeader = new PdfSigner(leader, null, SIGNING).sign(pdfa,
                new SignatureLook(SignatureLook.Role.LEADER, signature, null, 40, "PHÓ CHỦ TỊCH", "Võ Văn Thông", null)).file();
        assertEquals(List.of(), VeraPdf.pdfA2b(byLeader).failedRules(), "signed by the leader, with the signature image");
        Path sealed = new PdfSigner(agency, null, SIGNING).sign(byLeader,
                new SignatureLook(SignatureLook.Role.AGENCY, signature, seal, 40, "PHÓ CHỦ TỊCH", "Võ Văn Thông", null)).file();
        assertEquals(List.of(), VeraPdf.pdfA2b(sealed).failedRules(), "and the agency's seal over it");
        Path attachment = new PdfSigner(agency, null, SIGNING).sign(pdfa,
                new SignatureLook(SignatureLook.Role.ATTACHMENT, null, null, 0, null, null, "6174/UBND-VX")).file();
        assertEquals(List.of(), VeraPdf.pdfA2b(attachment).failedRules(), "an attachment's text-only signature");

        List<SignatureCheck> checks = new PdfSignatureVerifier(List.of(pki.ca.certificate())).verify(sealed);
        assertEquals(2, checks.size());
        assertTrue(checks.stream().allMatch(SignatureCheck::ok), checks.toString());
    }
}
