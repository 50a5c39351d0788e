package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.ReportRequest;
import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.tracking.Ledger;

/**
 * A report whose directory, templates and writers are prepared on other threads writes the letters one thread
 * wrote, and fails as that one did: with the same message, and no file.
 */
class ReportPreparationTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    static final Set<OutputFormat> LETTERS = EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX);
    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Ledger ledger;
    UnitDirectory directory;
    TrackedDispatch seed;

    @BeforeEach
    void ledgerWithAnAnswer() {
        directory = UnitDirectory.load(Path.of("samples", "directory"));
        ledger = Ledger.open(dir.resolve("l.db").toString());
        seed = new DispatchImporter(ledger, directory, OfficeProfile.load(Path.of("samples", "directory")), clock)
                .importFile(SEED, LocalDate.of(2019, 9, 15)).tracked();
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        String phuThuy = clerk.acknowledge(seed, "phường Phú Thủy", null);
        clerk.mark(seed, phuThuy, "1", ComplianceStatus.DONE, null);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void lettersPreparedOnOtherThreadsAreTheLettersOneThreadWrites() throws IOException {
        Path alone = dir.resolve("one-thread");
        Path prepared = dir.resolve("prepared");
        List<Path> one = write(new FollowUpFiles(Path.of("templates"), directory), alone).files();
        List<Path> two = write(new FollowUpFiles(ReportPreparation.start(Path.of("templates"), () -> directory, LETTERS, false)),
                prepared).files();

        assertEquals(names(one), names(two));
        assertEquals(4, two.size(), two.toString());
        for (Path p : one) {
            Path other = prepared.resolve(p.getFileName());
            if (p.toString().endsWith(".docx")) {
                assertEquals(parts(p), parts(other), p.getFileName().toString());
            } else {
                assertEquals(text(p), text(other), p.getFileName().toString());
            }
        }
    }

    @Test
    void aTemplateThatCannotBeReadFailsWithTheSameMessageAndNoFile() throws IOException {
        Path templates = brokenReportTemplate();
        InputException serial = assertThrows(InputException.class,
                () -> write(new FollowUpFiles(templates, directory), dir.resolve("one-thread")));
        Path out = dir.resolve("prepared");
        InputException prepared = assertThrows(InputException.class,
                () -> write(new FollowUpFiles(ReportPreparation.start(templates, () -> directory, LETTERS, false)), out));

        assertEquals(serial.getMessage(), prepared.getMessage());
        assertTrue(prepared.getMessage().contains(ReportBuilder.REPORT_TEMPLATE), prepared.getMessage());
        assertEquals(List.of(), files(out));
    }

    @Test
    void aDirectoryThatCannotBeReadFailsTheCallerWhenItAsks() {
        InputException unreadable = new InputException("Không đọc được danh bạ đơn vị");
        ReportPreparation p = ReportPreparation.start(Path.of("templates"), () -> {
            throw unreadable;
        }, LETTERS, false);

        assertEquals(unreadable, assertThrows(InputException.class, p::directory));
        assertTrue(p.report().placeholders().contains("bang_ket_qua"));
    }

    @Test
    void anUnknownDispatchIsStillSaidBeforeABrokenTemplate() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        copyTemplates(home.resolve("templates"));
        Files.writeString(home.resolve("templates").resolve(ReportBuilder.REPORT_TEMPLATE), "Không có phần đầu.\n");
        Path out = dir.resolve("out");
        try (CongvanService app = Workspace.resolve(home.resolve("l.db").toString(), Path.of("samples", "directory"))
                .open(clock, Interaction.NONE, Map.of())) {
            app.importDispatch(new ImportRequest(SEED, LocalDate.of(2019, 9, 15)));
            InputException e = assertThrows(InputException.class, () -> app.report(
                    new ReportRequest(DispatchRef.of("9999/UBND-VX"), LETTERS, out, AS_OF, null, null)));
            assertTrue(e.getMessage().contains("9999/UBND-VX"), e.getMessage());
            assertFalse(e.getMessage().contains(ReportBuilder.REPORT_TEMPLATE), e.getMessage());

            InputException broken = assertThrows(InputException.class, () -> app.report(
                    new ReportRequest(DispatchRef.of("6174/UBND-VX"), LETTERS, out, AS_OF, null, null)));
            assertTrue(broken.getMessage().contains(ReportBuilder.REPORT_TEMPLATE), broken.getMessage());
            assertEquals(List.of(), files(out));
            assertEquals(List.of(), app.documents());
        }
    }

    private FollowUpFiles.Written write(FollowUpFiles files, Path out) {
        return files.write(ledger, seed, LETTERS, out, AS_OF, AS_OF, null, AS_OF.plusDays(7));
    }

    private Path brokenReportTemplate() throws IOException {
        Path templates = dir.resolve("templates");
        copyTemplates(templates);
        Files.writeString(templates.resolve(ReportBuilder.REPORT_TEMPLATE), "Không có phần đầu.\n");
        return templates;
    }

    private static void copyTemplates(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A DOCX's parts and their text (the zip's entry times are the moment of writing). */
    private static Map<String, String> parts(Path docx) throws IOException {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages() + "\n" + new PDFTextStripper().getText(d);
        }
    }
}
