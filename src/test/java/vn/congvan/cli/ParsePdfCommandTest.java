package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congvan.ingest.DocumentReader;
import vn.congvan.render.PdfWriter;

/** {@code parse FILE.pdf --json}: a signed-off PDF of the seed gives the seed's fields; a scan a clear refusal. */
class ParsePdfCommandTest {
    @Test
    void seedAsPdfParsesToItsFields(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("6174-UBND-VX.pdf");
        new PdfWriter().write(new DocumentReader().read(ParseCommandTest.SEED), pdf);

        CliRun run = CliRun.of("parse", pdf.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = DispatchJson.MAPPER.readTree(run.out());
        CliRun text = CliRun.of("parse", ParseCommandTest.SEED.toString(), "--json");
        assertEquals(DispatchJson.MAPPER.readTree(text.out()), j, "the same JSON as from the text file");

        assertEquals("6174/UBND-VX", j.get("numberSymbol").asText());
        assertEquals("2019-08-21", j.get("date").asText());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", j.get("issuer").asText());
        JsonNode reqs = j.get("requirements");
        assertEquals(3, reqs.size());
        assertEquals("2019-08-30", reqs.get(2).get("deadlines").get(0).asText());
        assertEquals("Võ Văn Thông", j.get("signer").get("name").asText());
        assertEquals(5, j.get("distribution").size());
    }

    @Test
    void aScanIsRefusedWithExitCode2(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            var image = LosslessFactory.createFromImage(pdf, new java.awt.image.BufferedImage(210, 297,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            pdf.save(scan.toFile());
        }
        Path corrupt = Files.write(dir.resolve("hong.pdf"), "%PDF-1.7\nkhông phải PDF".getBytes());

        for (Path bad : List.of(scan, corrupt)) {
            CliRun run = CliRun.of("parse", bad.toString(), "--json");
            assertEquals(2, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("Lỗi:") && run.err().contains(bad.getFileName().toString()), run.err());
            assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals("", run.out());
        }
        assertTrue(CliRun.of("parse", scan.toString()).err().contains("OCR"));
    }
}
