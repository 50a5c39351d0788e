package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as {@code congvan.jar} starts it, each case a new JVM through {@code Launcher}: logging set up
 * on its own thread while picocli builds the command, SLF4J named its provider, picocli without its
 * {@code java.time} converters. What a user sees must be what it was: every line the libraries log, in order, in
 * congvan.log (or on the terminal with {@code --verbose}), nothing from SLF4J itself, and dates read and refused
 * in Vietnamese as before.
 */
class ColdStartTest {
    private static final String REBUILDING = "WARNING vn.congvan.tracking.StatusTables - Đang tính lại trạng thái";
    private static final String REBUILT = "WARNING vn.congvan.tracking.StatusTables - Đã tính lại trạng thái";

    @TempDir
    Path dir;
    private Path db;
    private Path home;

    @BeforeEach
    void ledgerWhoseStatusTablesMustBeRebuilt() throws Exception {
        db = dir.resolve("ledger.db");
        home = dir.resolve("home");
        CliRun imported = CliRun.of("import", TrackingCommandsTest.SEED, "--db", db.toString(), "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        // As a ledger of an older version: opening it rebuilds the tables and logs two warnings through SLF4J.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE status_projection SET version = 0");
        }
    }

    @Test
    void whatTheCommandLogsIsInTheLogFileInOrderAndNothingElseOnTheTerminal() throws Exception {
        Run status = launch("status", "6174/UBND-VX", "--db", db.toString(), "--today", "05/09/2019");

        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().startsWith("Văn bản 6174/UBND-VX ngày 21/08/2019"), status.out());
        assertEquals("", status.err(), "nothing but the command's own output, and no word from SLF4J");
        List<String> log = Files.readAllLines(home.resolve("congvan.log"), StandardCharsets.UTF_8);
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).startsWith(REBUILDING), log.get(0));
        assertTrue(log.get(1).startsWith(REBUILT), log.get(1));
    }

    @Test
    void withVerboseTheSameLinesGoToTheTerminalInOrder() throws Exception {
        Run status = launch("status", "6174/UBND-VX", "--db", db.toString(), "--today", "05/09/2019", "--verbose");

        assertEquals(0, status.exitCode(), status.err());
        List<String> err = status.err().lines().toList();
        assertEquals(2, err.size(), status.err());
        assertTrue(err.get(0).startsWith(REBUILDING), err.get(0));
        assertTrue(err.get(1).startsWith(REBUILT), err.get(1));
        assertTrue(Files.notExists(home.resolve("congvan.log")), "no log file with --verbose");
    }

    @Test
    void datesAreStillReadByOurConverterAndABadOneRefusedInVietnamese() throws Exception {
        Run iso = launch("status", "6174/UBND-VX", "--db", db.toString(), "--today", "2019-09-05");
        assertEquals(0, iso.exitCode(), iso.err());
        assertTrue(iso.out().contains("Tình hình tính đến ngày 05/09/2019"), iso.out());

        Run bad = launch("status", "6174/UBND-VX", "--db", db.toString(), "--today", "32/13/2019");
        assertEquals(2, bad.exitCode(), bad.err());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("Lỗi: Ngày \"32/13/2019\" không hợp lệ; hãy ghi theo dạng ngày/tháng/năm"), bad.err());
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** {@code args} through {@code Launcher} in a new JVM on the test class path, with its own data folder. */
    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "vn.congvan.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("CONGVAN_HOME", home.toString());
        pb.environment().remove("CONGVAN_DEBUG");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the command did not end");
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
