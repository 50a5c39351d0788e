package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DocumentKind;
import vn.congvan.model.InputException;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.SignatureCheck;
import vn.congvan.sign.DemoCertificate;

/**
 * The leader signs in the workflow with a real key: the number is taken from the register, the final PDF is
 * signed beside itself (PAdES) and verifies against the office's trusted roots; a wrong password stops
 * before a number is taken, so the register keeps no gap.
 */
class SignedWorkflowTest {
    static final Clock SIGNING_DAY = Clock.fixed(ZonedDateTime.of(2019, 9, 6, 9, 30, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
    static final String PASSWORD = "mat-khau-lanh-dao";

    @TempDir
    Path dir;

    @Test
    void theLeaderSignsWithAKeyAndTheSignedCopyVerifies() throws Exception {
        Path units = officeFolder();
        Path p12 = dir.resolve("lanh-dao.p12");
        X509Certificate cert = DemoCertificate.create(p12, PASSWORD.toCharArray(), "Trần Thị Bình", SIGNING_DAY.instant());
        Files.createDirectories(units.resolve("chung-thu-goc"));
        Files.write(units.resolve("chung-thu-goc").resolve("lanh-dao.cer"), cert.getEncoded());

        try (CongvanService wrong = open(units, "sai-mat-khau")) {
            OutgoingDocument report = submittedReport(wrong);
            assertThrows(InputException.class, () -> wrong.sign(report.id(), null, new PdfSigning.Request(p12, false, null)));
            assertTrue(wrong.register(null, null).isEmpty(), "a wrong password costs no number");
        }
        try (CongvanService app = open(units, PASSWORD)) {
            OutgoingDocument report = app.documents().stream().filter(d -> d.kind() == DocumentKind.REPORT).findFirst().orElseThrow();
            DocumentWorkflow.Signed signed = app.sign(report.id(), null, new PdfSigning.Request(p12, false, null));

            assertEquals("01/BC-UBND", signed.entry().numberSymbol(), "the first number of the year: none was lost");
            assertTrue(signed.signature().signed(), signed.signature().message());
            Path signedPdf = signed.signature().signedFile();
            assertEquals(signed.files().get(0).getParent(), signedPdf.getParent(), "beside the final PDF");
            assertEquals(List.of(signed.files().get(0), signed.files().get(1), signedPdf), signed.files());
            assertTrue(DocumentWorkflowTest.pdfText(signedPdf).contains("Số: 01/BC-UBND"));

            List<SignatureCheck> checks = app.verifyPdf(signedPdf);
            assertEquals(1, checks.size());
            SignatureCheck c = checks.get(0);
            assertTrue(c.ok(), c.problems().toString());
            assertTrue(c.signerName().contains("Trần Thị Bình"), c.signerName());
            assertEquals(SignatureCheck.Coverage.WHOLE_DOCUMENT, c.coverage());
            assertFalse(app.verifyPdf(signed.files().get(0)).stream().anyMatch(SignatureCheck::ok), "the final PDF itself stays unsigned");
        }
    }

    private CongvanService open(Path units, String password) {
        return Workspace.resolve(dir.resolve("congvan.db").toString(), units)
                .open(SIGNING_DAY, Interaction.NONE, Map.of(PdfSigning.PASSWORD_VARIABLE, password));
    }

    private OutgoingDocument submittedReport(CongvanService app) {
        app.importDispatch(new CongvanService.ImportRequest(DocumentWorkflowTest.SEED, LocalDate.of(2019, 9, 1)));
        FollowUpFiles.Written w = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"),
                EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), dir.resolve("van-ban"), LocalDate.of(2019, 9, 5), null,
                LocalDate.of(2019, 9, 12)));
        OutgoingDocument report = w.drafts().stream().filter(d -> d.kind() == DocumentKind.REPORT).findFirst().orElseThrow();
        return app.submit(report.id(), "Trần Thị Bình", null);
    }

    /** The sample office's folder, copied so that its trusted roots can be added. */
    private Path officeFolder() throws Exception {
        Path units = dir.resolve("don-vi");
        Files.createDirectories(units);
        try (Stream<Path> files = Files.list(DocumentWorkflowTest.UNITS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, units.resolve(f.getFileName()));
            }
        }
        return units;
    }
}
