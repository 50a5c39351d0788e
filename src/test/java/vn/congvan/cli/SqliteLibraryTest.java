package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sqlite.util.LibraryLoaderUtil;

/**
 * {@code ./congvan} passes the SQLite library that {@code mvn package} unpacked to target/native
 * ({@code -Dorg.sqlite.lib.path}); each case is a new JVM, as the driver loads its library once per process.
 * With the library there it is loaded from there and nothing is copied to the temporary folder; with the
 * folder empty (never built, or cleaned) the driver falls back to its own copy and the ledger opens all the same.
 */
class SqliteLibraryTest {
    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void ledger() {
        db = dir.resolve("ledger.db");
        CliRun imported = CliRun.of("import", TrackingCommandsTest.SEED, "--db", db.toString(), "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
    }

    @Test
    void theUnpackedLibraryIsLoadedWithoutACopy() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("native"));
        String name = LibraryLoaderUtil.getNativeLibName();
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(
                (folder.startsWith("/") ? "" : "/") + folder + "/" + name)) {
            assertNotNull(in, "sqlite-jdbc carries no library for this machine");
            Files.copy(in, unpacked.resolve(name));
        }
        Path temp = Files.createDirectories(dir.resolve("tmp-unpacked"));

        Run status = status(unpacked, temp);

        assertEquals(0, status.exitCode(), status.out());
        assertTrue(status.out().contains("Văn bản 6174/UBND-VX ngày 21/08/2019"), status.out());
        assertEquals(List.of(), sqliteCopies(temp), "the driver copied its library although one was given");
    }

    @Test
    void withoutTheUnpackedLibraryTheDriverUsesItsOwnCopy() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-native"));
        Path temp = Files.createDirectories(dir.resolve("tmp-fallback"));

        Run status = status(empty, temp);

        assertEquals(0, status.exitCode(), status.out());
        assertTrue(status.out().contains("Văn bản 6174/UBND-VX ngày 21/08/2019"), status.out());
    }

    private record Run(int exitCode, String out) {
    }

    /** {@code status} in a new JVM on the test class path, with the library folder and temporary folder given. */
    private static Run status(Path libraryFolder, Path temp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Dorg.sqlite.lib.path=" + libraryFolder, "-Djava.io.tmpdir=" + temp,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "vn.congvan.Launcher",
                "status", "6174/UBND-VX", "--db", db.toString(), "--today", "05/09/2019")
                .redirectErrorStream(true);
        pb.environment().put("CONGVAN_HOME", dir.resolve("home").toString()); // its log, not the user's
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "status did not end");
        return new Run(p.exitValue(), out);
    }

    private static List<String> sqliteCopies(Path temp) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("sqlite-")).toList();
        }
    }
}
