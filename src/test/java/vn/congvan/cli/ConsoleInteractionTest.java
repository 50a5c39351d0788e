package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.LoggingTestAccess;
import vn.congvan.app.Workspace;

/** What a clerk at a terminal reads while a command waits on one-off work: each notice once. */
class ConsoleInteractionTest {
    private static final String REBUILDING = "Đang tính lại trạng thái";

    @TempDir
    Path home;

    private final PrintStream realErr = System.err;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        System.setErr(realErr);
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void withTheLogInItsFileTheClerkIsToldOnceAndTheLogKeepsIt() throws Exception {
        Path log = home.resolve("congvan.log");
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        String said = openAfterAnUpdate(new ConsoleInteraction(true, new PrintStream(terminal, true, StandardCharsets.UTF_8)),
                new FileOutputStream(log.toFile(), true), terminal);
        assertEquals(1, count(said, REBUILDING), said);
        assertEquals(1, count(Files.readString(log, StandardCharsets.UTF_8), REBUILDING));
    }

    @Test
    void withVerboseTheLogLineOnTheTerminalIsTheOnlyOne() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        String said = openAfterAnUpdate(new ConsoleInteraction(true, new PrintStream(terminal, true, StandardCharsets.UTF_8)),
                null, terminal);
        assertEquals(1, count(said, REBUILDING), said);
        assertEquals(1, count(said, "WARNING vn.congvan.tracking.StatusTables - " + REBUILDING), said);
    }

    @Test
    void aScriptsErrorStreamStaysEmpty() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        String said = openAfterAnUpdate(new ConsoleInteraction(false, new PrintStream(terminal, true, StandardCharsets.UTF_8)),
                new FileOutputStream(home.resolve("congvan.log").toFile(), true), terminal);
        assertEquals("", said);
    }

    /**
     * Opens, through the service, a ledger whose status tables an older congvan computed, with the log in
     * {@code logFile} (null: on the terminal, as {@code --verbose} sets it); returns what the terminal showed.
     */
    private String openAfterAnUpdate(ConsoleInteraction interaction, FileOutputStream logFile, ByteArrayOutputStream terminal)
            throws Exception {
        DemoRun.Result demo = DemoRun.run(home.resolve("demo"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + demo.ledgerFile());
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE status_projection SET version = 1");
        }
        // The console handler writes to the error stream it finds when made: the terminal here.
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        Handler handler = logFile == null ? new ConsoleHandler() : LoggingTestAccess.fileHandler(logFile);
        LoggingTestAccess.install(handler);
        try (CongvanService s = Workspace.resolve(demo.ledgerFile().toString(), demo.directoryFolder())
                .open(Clock.systemUTC(), interaction, Map.of())) {
            s.board(DemoRun.AS_OF);
        }
        handler.flush();
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
