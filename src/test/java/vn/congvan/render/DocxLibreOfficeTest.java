package vn.congvan.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens our DOCX in LibreOffice, as a clerk without Word would, and converts it to PDF: the
 * conversion must succeed and lay the pages out as LAYOUT.md says (page count, page numbers from
 * page 2, the table header on every page). Skipped where LibreOffice is not installed.
 */
class DocxLibreOfficeTest {

    @Test
    void seedAndReportOpenInLibreOfficeWithTheirPagesLaidOut(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: DOCX → PDF conversion not checked");

        Path seed = dir.resolve("seed.docx");
        Path report = dir.resolve("report.docx");
        new DocxWriter().write(DocumentFixtures.seed(), seed);
        new DocxWriter().write(DocumentFixtures.report(), report);
        convert(soffice.get(), dir, seed, report);

        List<String> seedPages = pages(dir.resolve("seed.pdf"));
        assertEquals(2, seedPages.size(), "the seed fills page 1; its footer does not fit and moves whole to page 2");
        assertTrue(seedPages.get(0).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertTrue(seedPages.get(0).contains("Số: 6174/UBND-VX"));
        assertFalse(seedPages.get(0).startsWith("1"), "no page number on page 1");
        assertTrue(seedPages.get(1).startsWith("2\n"), "page 2 starts with its number: " + seedPages.get(1));
        for (String line : List.of("Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Văn Thông", "- Lưu: VT, QTM, VX (L).")) {
            assertTrue(seedPages.get(1).contains(line), "footer kept together on page 2: " + line);
        }

        List<String> reportPages = pages(dir.resolve("report.pdf"));
        assertEquals(4, reportPages.size());
        for (int i = 1; i < reportPages.size(); i++) {
            String page = reportPages.get(i);
            assertTrue(page.startsWith((i + 1) + "\n"), "page number " + (i + 1));
            assertTrue(page.contains("STT") && page.contains("Đơn vị") && page.contains("Yêu cầu"), "table header repeated on page " + (i + 1));
        }
        assertTrue(reportPages.get(3).contains("Nguyễn Văn Một"));
    }

    private static void convert(Path soffice, Path dir, Path... docx) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                // a profile of its own, so that a LibreOffice already running elsewhere does not take the job
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (Path d : docx) {
            command.add(d.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting");
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertEquals(0, process.exitValue(), log);
        for (Path d : docx) {
            Path pdf = dir.resolve(d.getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.size(pdf) > 0, "no PDF for " + d.getFileName() + ": " + log);
        }
    }

    /** The text of each page, top to bottom. */
    private static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).strip());
            }
            return pages;
        }
    }

    private static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of(Path.of(d, "soffice"), Path.of(d, "soffice.exe"), Path.of(d, "libreoffice")))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
