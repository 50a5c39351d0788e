package vn.congvan.tracking;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import vn.congvan.model.InputException;

/**
 * Where a ledger lives and how to connect to it, worked out from what the user wrote: a JDBC URL or
 * a plain file path (an SQLite file).
 *
 * @param url         the JDBC URL
 * @param user        the database user, or null when the URL carries it (or none is needed)
 * @param password    the password, or null
 * @param properties  driver properties; for SQLite the pragmas every connection needs
 * @param sqlite      whether it is an SQLite database
 * @param description how messages name it: the path, or the URL without its password
 * @param file        the SQLite file, or null for a database server
 */
record LedgerTarget(String url, String user, String password, Map<String, String> properties, boolean sqlite,
                    String description, Path file) {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * Foreign keys on; WAL so that readers (the window) do not block the writer (a command); writers
     * take the lock when their transaction begins and wait for it up to 10 s rather than failing. The driver
     * does not ask for the row id after every insert (it ran a query of its own each time; nothing reads it).
     * Temporary files in memory: each savepoint (every mail of a collect is one) copies the pages it changes to a
     * statement journal, which SQLite otherwise writes to a temporary file past 64 KB: 317,000 writes (623 MB) for a
     * collect of 10,000 mails, twice the ledger's own writes (bench/PERFORMANCE.md, "collect").
     */
    private static final Map<String, String> SQLITE_PRAGMAS = Map.of(
            "foreign_keys", "true",
            "journal_mode", "WAL",
            "busy_timeout", "10000",
            "transaction_mode", "IMMEDIATE",
            "temp_store", "MEMORY",
            "jdbc.get_generated_keys", "false");

    static LedgerTarget of(String location, Map<String, String> env) {
        String trimmed = location.strip();
        if (trimmed.startsWith("jdbc:sqlite:") && trimmed.contains("memory")) {
            // Flyway and the ledger would each get their own, separate in-memory database.
            throw new InputException(LedgerDatabase.message("ledger.inMemory", location));
        }
        if (trimmed.startsWith("jdbc:sqlite:")) {
            String path = trimmed.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "").replaceFirst("^file:", "");
            return new LedgerTarget(trimmed, null, null, SQLITE_PRAGMAS, true, trimmed, path.isEmpty() ? null : absolute(path, location));
        }
        if (trimmed.startsWith("jdbc:postgresql:")) {
            boolean userInUrl = trimmed.contains("user=");
            String user = userInUrl ? null : env.get("CONGVAN_DB_USER");
            String password = userInUrl ? null : env.get("CONGVAN_DB_PASSWORD");
            return new LedgerTarget(trimmed, user, password, Map.of(), false, mask(trimmed), null);
        }
        if (trimmed.startsWith("jdbc:") || trimmed.isEmpty()) {
            throw new InputException(LedgerDatabase.message("ledger.unsupported", location));
        }
        return ofFile(trimmed);
    }

    /** {@code text} without any {@code password=…} value in it, for messages. */
    static String mask(String text) {
        return PASSWORD.matcher(text).replaceAll("$1***");
    }

    private static LedgerTarget ofFile(String location) {
        Path file = absolute(location, location);
        return new LedgerTarget("jdbc:sqlite:" + file, null, null, SQLITE_PRAGMAS, true, file.toString(), file);
    }

    private static Path absolute(String path, String location) {
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InputException(LedgerDatabase.message("ledger.badPath", location, e.getReason()), e);
        }
    }
}
