package vn.congvan.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Whether a ledger already holds exactly the migrations this program ships, read with one query of
 * Flyway's history table. Starting Flyway (scanning the class path, validating every applied migration's
 * checksum) is a large part of a one-shot command's start, so it runs only when this cannot say yes: a
 * migration pending or failed, one the program does not know (a newer program's, refused by Flyway's
 * path), or migrations this class cannot list (any resource but versioned {@code V…__….sql} files in a
 * folder or jar, e.g. inside an OSGi bundle).
 */
final class CurrentSchema {
    private CurrentSchema() {
    }

    /**
     * The versions of the migrations this program ships: the SQL files under {@code location} on the class
     * path and the Java migrations; empty when they cannot be listed here, so Flyway must decide.
     */
    static Optional<Set<MigrationVersion>> shipped(ClassLoader loader, String location, Collection<JavaMigration> java) {
        Set<MigrationVersion> versions = new HashSet<>();
        java.forEach(m -> versions.add(m.getVersion()));
        try {
            Enumeration<URL> roots = loader.getResources(location);
            boolean any = false;
            while (roots.hasMoreElements()) {
                any = true;
                Optional<List<String>> names = names(roots.nextElement(), location);
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                for (String name : names.get()) {
                    Optional<MigrationVersion> v = version(name);
                    if (v.isEmpty()) {
                        return Optional.empty();
                    }
                    versions.add(v.get());
                }
            }
            return any ? Optional.of(versions) : Optional.empty();
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // Flyway will say what is wrong, in its words
        }
    }

    /** True when the history lists every shipped version as applied successfully, and nothing else. */
    static boolean holds(Connection connection, String historyTable, Set<MigrationVersion> shipped) throws SQLException {
        Set<MigrationVersion> applied = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + historyTable)) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || !rs.getBoolean(2)) {
                    return false; // a repeatable or failed migration: Flyway's rules apply
                }
                applied.add(MigrationVersion.fromVersion(version));
            }
        }
        return applied.equals(shipped);
    }

    /** Flyway's default naming: V, the version (underscores for dots), two underscores, a description, .sql. */
    static Optional<MigrationVersion> version(String fileName) {
        int separator = fileName.indexOf("__");
        if (!fileName.startsWith("V") || separator < 2 || !fileName.endsWith(".sql")) {
            return Optional.empty();
        }
        return Optional.of(MigrationVersion.fromVersion(fileName.substring(1, separator).replace('_', '.')));
    }

    /** The names of the files under one class path root's {@code location}, at any depth, as Flyway scans it. */
    private static Optional<List<String>> names(URL url, String location) throws IOException, URISyntaxException {
        switch (url.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                    return Optional.of(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
                }
            }
            case "jar" -> {
                URL jarFile = ((JarURLConnection) url.openConnection()).getJarFileURL();
                if (!"file".equals(jarFile.getProtocol())) {
                    return Optional.empty();
                }
                String prefix = location.endsWith("/") ? location : location + "/";
                try (JarFile jar = new JarFile(Path.of(jarFile.toURI()).toFile())) {
                    return Optional.of(jar.stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                            .map(JarEntry::getName)
                            .map(n -> n.substring(n.lastIndexOf('/') + 1))
                            .toList());
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
