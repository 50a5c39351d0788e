package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congvan.model.InputException;

/** Where the ledger lives when the user names no place, and how a named place is understood. */
class LedgerLocationTest {
    private static final Path HOME = Path.of("/home/thu");

    @Test
    void congvanHomeWinsEverywhere() {
        assertEquals(Path.of("/srv/congvan/congvan.db"),
                LedgerDatabase.defaultLocation(Map.of("CONGVAN_HOME", "/srv/congvan", "APPDATA", "C:/x"), "Windows 11", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/appdata/congvan/congvan.db"),
                LedgerDatabase.defaultLocation(Map.of("APPDATA", "/appdata"), "Windows 10", HOME));
        assertEquals(HOME.resolve("AppData/Roaming/congvan/congvan.db"), LedgerDatabase.defaultLocation(Map.of(), "Windows 10", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(HOME.resolve("Library/Application Support/congvan/congvan.db"),
                LedgerDatabase.defaultLocation(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME));
    }

    @Test
    void elsewhereTheXdgDataFolder() {
        assertEquals(Path.of("/xdg/congvan/congvan.db"), LedgerDatabase.defaultLocation(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/congvan/congvan.db"), LedgerDatabase.defaultLocation(Map.of(), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/congvan/congvan.db"),
                LedgerDatabase.defaultLocation(Map.of("XDG_DATA_HOME", "relative/path"), "Linux", HOME));
    }

    @Test
    void postgresTakesTheUserFromTheEnvironmentUnlessTheUrlNamesOne() {
        Map<String, String> env = Map.of("CONGVAN_DB_USER", "vanthu", "CONGVAN_DB_PASSWORD", "bi-mat");
        LedgerTarget fromEnv = LedgerTarget.of("jdbc:postgresql://db.phanthiet.example/congvan", env);
        assertEquals("vanthu", fromEnv.user());
        assertEquals("bi-mat", fromEnv.password());
        assertFalse(fromEnv.sqlite());

        LedgerTarget inUrl = LedgerTarget.of("jdbc:postgresql://db.phanthiet.example/congvan?user=a&password=secret", env);
        assertNull(inUrl.user());
        assertEquals("jdbc:postgresql://db.phanthiet.example/congvan?user=a&password=***", inUrl.description());
    }

    @Test
    void aFailingConnectionNeverShowsThePassword() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/congvan?user=vanthu&password=Bi-Mat-42";

        InputException e = assertThrows(InputException.class, () -> Ledger.open(url));

        assertTrue(e.getMessage().startsWith("Không kết nối được sổ theo dõi jdbc:postgresql://127.0.0.1:" + closedPort
                + "/congvan?user=vanthu&password=***"), e.getMessage());
        assertFalse(e.getMessage().contains("Bi-Mat-42"), e.getMessage());
    }

    @Test
    void aLibraryMessageThatEchoesTheUrlLosesItsPassword() {
        // As Flyway words it when it cannot get a connection.
        var echoed = new java.sql.SQLException("Unable to obtain connection from database (jdbc:postgresql://db/congvan?password=Bi-Mat-42&user=a)");

        assertEquals("Unable to obtain connection from database (jdbc:postgresql://db/congvan?password=***&user=a)",
                LedgerDatabase.detail(echoed));
    }

    @Test
    void otherDatabasesAreRefusedClearly() {
        InputException e = assertThrows(InputException.class, () -> LedgerTarget.of("jdbc:mysql://x/y", Map.of()));
        assertTrue(e.getMessage().startsWith("Không hỗ trợ sổ theo dõi tại jdbc:mysql://x/y"), e.getMessage());
    }
}
