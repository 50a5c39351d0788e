package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DocumentStage;
import vn.congvan.model.OutgoingDocument;

/**
 * A program killed between taking a number and writing the document (a child JVM halted there) leaves
 * no unexplained gap: the register shows that number as taken without a document, and signing again
 * takes the next one.
 */
class CrashAfterNumberTest {
    @TempDir
    Path dir;

    @Test
    void numberTakenByAKilledProgramIsExplainedInTheRegister() throws Exception {
        String db = dir.resolve("congvan.db").toString();
        Workspace ws = Workspace.resolve(db, DocumentWorkflowTest.UNITS);
        OutgoingDocument report;
        try (CongvanService app = ws.open(DocumentWorkflowTest.SIGNING_DAY, Interaction.NONE, Map.of())) {
            app.importDispatch(new CongvanService.ImportRequest(DocumentWorkflowTest.SEED, LocalDate.of(2019, 9, 1)));
            report = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"), EnumSet.of(OutputFormat.PDF,
                    OutputFormat.DOCX), dir.resolve("van-ban"), LocalDate.of(2019, 9, 5), null, null)).drafts().get(0);
            app.submit(report.id(), "Nguyễn Văn An", "Lê Thị Văn Thư");
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TakeNumberThenHalt.class.getName(), db,
                DocumentWorkflowTest.UNITS.toString(), Long.toString(report.id()), DocumentWorkflowTest.SIGNING_DAY.instant().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ends");
        assertEquals(TakeNumberThenHalt.HALTED, child.exitValue(), Files.readString(dir.resolve("child.log")));

        try (Stream<Path> files = Files.list(dir.resolve("van-ban"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("-so-")), "no final file was written");
        }
        try (CongvanService app = ws.open(DocumentWorkflowTest.SIGNING_DAY, Interaction.NONE, Map.of())) {
            List<RegisterBook.Line> lines = app.register(null, "BC-UBND");
            assertEquals(1, lines.size());
            RegisterBook.Line taken = lines.get(0);
            assertEquals(1, taken.entry().number());
            assertEquals(RegisterBook.State.NOT_WRITTEN, taken.state());
            assertTrue(taken.note().startsWith("Đã cấp số, chưa có văn bản"), taken.note());
            assertTrue(taken.note().contains("Văn thư trực"), taken.note());
            assertEquals(DocumentStage.SUBMITTED, app.documents().get(0).stage(), "still waiting for the signature");

            assertEquals("02/BC-UBND", app.sign(report.id(), "Nguyễn Văn An").entry().numberSymbol());
            List<RegisterBook.Line> after = app.register(2019, "BC-UBND");
            assertEquals(List.of(1, 2), after.stream().map(l -> l.entry().number()).toList(), "no gap");
            assertEquals(List.of(RegisterBook.State.NOT_WRITTEN, RegisterBook.State.ISSUED), after.stream().map(RegisterBook.Line::state).toList());
        }
    }
}
