package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.OutputFormat;
import vn.congvan.app.PdfSigning;
import vn.congvan.app.Workspace;

/**
 * The leader and the agency sign a report through the app (the password from CONGVAN_KEYSTORE_PASSWORD, the
 * images and trusted roots beside office.properties); {@code verify} reads it back, in words and as JSON.
 */
class SignAndVerifyCommandsTest {
    static final String PASSWORD = "mat-khau-demo";

    @TempDir
    static Path dir;
    static Path units;
    static Path report;
    static Path leaderP12;
    static Path agencyP12;

    @BeforeAll
    static void officeWithSigning() throws Exception {
        units = Files.createDirectories(dir.resolve("directory"));
        for (String f : new String[] {"units.csv", "groups.csv", "office.properties"}) {
            Files.copy(Path.of("samples", "directory", f), units.resolve(f));
        }
        Files.writeString(units.resolve("office.properties"), "\nsign.seal.mm=38\n", java.nio.file.StandardOpenOption.APPEND);
        image(units.resolve("chu-ky.png"), 0x1a3cb4, 300, 120);
        image(units.resolve("con-dau.png"), 0xd01010, 300, 300);
        Instant now = Instant.now();
        // Demo certificates: self-signed, so each is its own root; the office trusts both here.
        Path roots = Files.createDirectories(units.resolve("chung-thu-goc"));
        leaderP12 = dir.resolve("lanh-dao.p12");
        agencyP12 = dir.resolve("co-quan.p12");
        Files.write(roots.resolve("lanh-dao.cer"), demo(leaderP12, "Võ Văn Thông", now));
        Files.write(roots.resolve("co-quan.cer"), demo(agencyP12, "UBND thành phố Phan Thiết", now));

        Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);
        Path out = Files.createDirectories(dir.resolve("van-ban"));
        try (CongvanService app = Workspace.resolve(dir.resolve("l.db").toString(), units).open(clock, Interaction.NONE, Map.of())) {
            app.importDispatch(new CongvanService.ImportRequest(Path.of("samples", "000_7ae9f029b9ddbc9d.txt"), LocalDate.of(2019, 9, 15)));
            report = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"), EnumSet.of(OutputFormat.PDF), out,
                    LocalDate.of(2019, 9, 5), null, null)).files().stream()
                    .filter(f -> f.getFileName().toString().startsWith("bao-cao")).findFirst().orElseThrow();
        }
    }

    static byte[] demo(Path p12, String holder, Instant now) throws Exception {
        return vn.congvan.sign.DemoCertificate.create(p12, PASSWORD.toCharArray(), holder, now).getEncoded();
    }

    static void image(Path file, int rgb, int w, int h) throws Exception {
        var image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(rgb));
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawOval(10, 10, w - 20, h - 20);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    CongvanService app(Map<String, String> env) {
        return Workspace.resolve(dir.resolve("l.db").toString(), units).open(Clock.systemUTC(), Interaction.NONE, env);
    }

    @Test
    void leaderAndAgencySignThroughTheAppAndVerifyListsBoth() throws Exception {
        Path both;
        try (CongvanService app = app(Map.of(PdfSigning.PASSWORD_VARIABLE, PASSWORD))) {
            Path leader = app.signPdf(report, new PdfSigning.Request(leaderP12, false, null));
            assertEquals(report.resolveSibling(report.getFileName().toString().replace(".pdf", "-da-ky.pdf")), leader);
            both = app.signPdf(leader, new PdfSigning.Request(agencyP12, true, null));
        }
        CliRun run = CliRun.of("verify", both.toString(), "--units", units.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Chữ ký 1: Võ Văn Thông (DEMO — không có giá trị pháp lý) (PAdES B-B"), run.out());
        assertTrue(run.out().contains("Chữ ký 2: UBND thành phố Phan Thiết (DEMO — không có giá trị pháp lý)"), run.out());
        assertTrue(run.out().contains("sau chữ ký này chỉ thêm chữ ký khác"), run.out());
        assertTrue(run.out().contains("chữ ký bao toàn bộ văn bản"), run.out());

        CliRun json = CliRun.of("verify", both.toString(), "--units", units.toString(), "--json");
        JsonNode tree = DispatchJson.MAPPER.readTree(json.out());
        assertTrue(tree.get("valid").asBoolean());
        assertEquals(2, tree.get("signatures").size());
        assertTrue(tree.get("signatures").get(1).get("claimedTime").asText().endsWith("+07:00"));
        assertTrue(tree.get("signatures").get(0).get("trusted").asBoolean());
    }

    @Test
    void aChangedFileFailsVerifyWithAVietnameseReason() throws Exception {
        Path signed;
        try (CongvanService app = app(Map.of(PdfSigning.PASSWORD_VARIABLE, PASSWORD))) {
            Path copy = Files.copy(report, Files.createDirectories(dir.resolve("sua")).resolve("bao-cao.pdf"));
            signed = app.signPdf(copy, new PdfSigning.Request(leaderP12, false, null));
        }
        byte[] bytes = Files.readAllBytes(signed);
        try (OutputStream out = Files.newOutputStream(signed, java.nio.file.StandardOpenOption.APPEND)) {
            out.write("\n% them vao sau khi ky\n".getBytes());
        }
        assertTrue(Files.size(signed) > bytes.length);
        CliRun run = CliRun.of("verify", signed.toString(), "--units", units.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("văn bản đã bị thay đổi sau khi ký"), run.out());
    }

    @Test
    void withoutAPasswordNothingIsSignedAndTheMessageSaysWhereToGiveIt() throws Exception {
        Path copy = Files.copy(report, Files.createDirectories(dir.resolve("khong-mat-khau")).resolve("bao-cao.pdf"));
        CliRun run = CliRun.of("sign-pdf", copy.toString(), "--keystore", leaderP12.toString(), "--units", units.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("CONGVAN_KEYSTORE_PASSWORD"), run.err());
        assertFalse(Files.exists(copy.resolveSibling("bao-cao-da-ky.pdf")));
    }

    @Test
    void aDispatchThatArrivesSignedSaysSoWhenParsed() throws Exception {
        Path signed;
        try (CongvanService app = app(Map.of(PdfSigning.PASSWORD_VARIABLE, PASSWORD))) {
            Path copy = Files.copy(report, Files.createDirectories(dir.resolve("den")).resolve("bao-cao.pdf"));
            signed = app.signPdf(copy, new PdfSigning.Request(leaderP12, false, null));
        }
        CliRun run = CliRun.of("parse", signed.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode tree = DispatchJson.MAPPER.readTree(run.out());
        assertEquals("Võ Văn Thông", tree.get("signer").get("name").asText(), "the dispatch is read as before");
        assertEquals(1, tree.get("signatures").size());
        assertTrue(tree.get("signatures").get(0).get("signer").asText().startsWith("Võ Văn Thông (DEMO"));
        assertEquals("PAdES B-B", tree.get("signatures").get(0).get("level").asText());
        CliRun unsigned = CliRun.of("parse", report.toString(), "--json");
        assertTrue(DispatchJson.MAPPER.readTree(unsigned.out()).get("signatures") == null);
        CliRun words = CliRun.of("parse", signed.toString());
        assertTrue(words.out().contains("Chữ ký số: Võ Văn Thông (DEMO"), words.out());
    }

    @Test
    void anUnsignedPdfFailsVerify() {
        CliRun run = CliRun.of("verify", report.toString(), "--units", units.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("không có chữ ký số"), run.out());
    }
}
