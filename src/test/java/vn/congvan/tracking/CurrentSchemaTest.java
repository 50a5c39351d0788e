package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;

/** Opening a ledger whose schema is current reads Flyway's history once and leaves Flyway unstarted. */
class CurrentSchemaTest {
    @TempDir
    Path folder;

    @Test
    void theShippedVersionsAreTheOnesFlywayFinds() {
        LedgerTarget target = LedgerTarget.of(folder.resolve("congvan.db").toString(), Map.of());
        Set<MigrationVersion> flyway = Arrays.stream(Schema.configuration(target).load().info().all())
                .map(MigrationInfo::getVersion).collect(Collectors.toSet());

        Optional<Set<MigrationVersion>> shipped = CurrentSchema.shipped(Schema.class.getClassLoader(), "db/migration",
                List.of(new IssuerKeys()));

        assertEquals(Optional.of(flyway), shipped);
        assertTrue(flyway.contains(MigrationVersion.fromVersion("4")), "the Java migration counts too");
    }

    @Test
    void migrationsInsideAJarAreListedAndAnythingElseLeavesItToFlyway() throws Exception {
        Path jar = jar("plain.jar", "db/", "db/migration/", "db/migration/V1__ledger.sql",
                "db/migration/sub/", "db/migration/sub/V2_1__more.sql", "other/", "other/V7__x.sql");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(Optional.of(Set.of(MigrationVersion.fromVersion("1"), MigrationVersion.fromVersion("2.1"),
                    MigrationVersion.fromVersion("4"))), CurrentSchema.shipped(loader, "db/migration", List.of(new IssuerKeys())));
        }
        // A repeatable migration is re-run by Flyway when it changes: only Flyway can say whether it is due.
        Path repeatable = jar("repeatable.jar", "db/", "db/migration/", "db/migration/V1__ledger.sql",
                "db/migration/R__views.sql");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {repeatable.toUri().toURL()}, null)) {
            assertEquals(Optional.empty(), CurrentSchema.shipped(loader, "db/migration", List.of()));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertEquals(Optional.empty(), CurrentSchema.shipped(loader, "db/migration", List.of()), "nothing to list");
        }
    }

    @Test
    void aFileNameGivesItsVersionAsFlywayReadsIt() {
        assertEquals(Optional.of(MigrationVersion.fromVersion("9")), CurrentSchema.version("V9__assignment_role_and_time.sql"));
        assertEquals(Optional.of(MigrationVersion.fromVersion("10.1")), CurrentSchema.version("V10_1__more.sql"));
        assertEquals(Optional.empty(), CurrentSchema.version("R__views.sql"));
        assertEquals(Optional.empty(), CurrentSchema.version("V__nothing.sql"));
        assertEquals(Optional.empty(), CurrentSchema.version("README.md"));
    }

    /**
     * The evidence that Flyway did not start: it validates every applied migration's checksum and refuses
     * a ledger whose history disagrees with the files. With the schema current, the ledger opens all the
     * same; with one migration missing, Flyway runs and says so.
     */
    @Test
    void aCurrentLedgerOpensWithoutFlywayAndOneBehindIsMigratedByIt() throws Exception {
        Path file = folder.resolve("congvan.db");
        Ledger.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        }

        Ledger.open(file.toString()).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            String last = lastVersion(s);
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + last + "'");
            assertFalse(CurrentSchema.holds(c, "flyway_schema_history", shipped()));
        }
        InputException e = assertThrows(InputException.class, () -> Ledger.open(file.toString()));
        assertTrue(e.getMessage().startsWith("Không cập nhật được cấu trúc sổ theo dõi"), e.getMessage());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aFailedOrUnknownMigrationIsNeverCurrent() throws Exception {
        Path file = folder.resolve("congvan.db");
        Ledger.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertTrue(CurrentSchema.holds(c, "flyway_schema_history", shipped()));

            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '" + lastVersion(s) + "'");
            assertFalse(CurrentSchema.holds(c, "flyway_schema_history", shipped()), "a failed migration");

            s.executeUpdate("UPDATE flyway_schema_history SET success = 1");
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 't', 0, 1)");
            assertFalse(CurrentSchema.holds(c, "flyway_schema_history", shipped()), "a newer program's migration");
        }
    }

    private static Set<MigrationVersion> shipped() {
        return CurrentSchema.shipped(Schema.class.getClassLoader(), "db/migration", List.of(new IssuerKeys())).orElseThrow();
    }

    private static String lastVersion(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A jar as Maven writes one: folders have entries of their own. */
    private Path jar(String name, String... entries) throws Exception {
        Path jar = folder.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
