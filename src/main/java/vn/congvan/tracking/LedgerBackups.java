package vn.congvan.tracking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.sqlite.SQLiteConfig;

import vn.congvan.model.InputException;

/**
 * Backup and restore of an SQLite ledger. A backup is SQLite's {@code VACUUM INTO}: one consistent
 * copy even while another program writes. A restore first checks the copy (an SQLite congvan ledger,
 * intact, of a version this program reads), keeps the current ledger aside as
 * {@code <file>.before-restore-<time>}, then copies the backup in with SQLite's backup API, which
 * takes the locks other programs respect. A PostgreSQL ledger is saved with pg_dump instead.
 */
public final class LedgerBackups {
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private LedgerBackups() {
    }

    /**
     * Writes a consistent copy of the ledger at {@code location} into {@code backup}, a new file
     * (owner-only).
     *
     * @throws InputException for a PostgreSQL ledger, a missing ledger, or a backup file that exists
     */
    public static void backup(String location, Path backup) {
        LedgerTarget target = sqliteTarget(location, "backup.postgres");
        Path file = backup.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new InputException(LedgerDatabase.message("backup.exists", file));
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new InputException(LedgerDatabase.message("backup.noFolder", file.getParent()));
        }
        try (LedgerDatabase db = LedgerDatabase.open(location, false)) {
            db.read(() -> db.sql().update("VACUUM INTO ?", file.toString()));
            LedgerFiles.restrict(file);
        } catch (IOException e) {
            throw new InputException(LedgerDatabase.message("ledger.databaseError", target.description(), LedgerDatabase.detail(e)), e);
        }
    }

    /**
     * Replaces the ledger at {@code location} with {@code backup} once the backup passes its checks;
     * a refused backup changes nothing.
     *
     * @param now when, for the name of the copy kept aside
     * @return the previous ledger kept aside, or null when there was none
     */
    public static Path restore(String location, Path backup, Instant now) {
        LedgerTarget target = sqliteTarget(location, "restore.postgres");
        Path source = backup.toAbsolutePath().normalize();
        check(source);
        boolean hadLedger = Files.exists(target.file());
        LedgerFiles.createIfMissing(target);
        Path aside = hadLedger ? target.file().resolveSibling(target.file().getFileName() + ".before-restore-" + ASIDE_TIME.format(now)) : null;
        Connection connection = LedgerDatabase.connect(target);
        try (connection; Statement s = connection.createStatement()) {
            if (aside != null) {
                try (var keep = connection.prepareStatement("VACUUM INTO ?")) {
                    keep.setString(1, aside.toString());
                    keep.executeUpdate();
                }
                LedgerFiles.restrict(aside);
            }
            s.executeUpdate("restore from " + quoted(source));
        } catch (SQLException | IOException e) {
            throw new InputException(LedgerDatabase.message("restore.failed", source, target.description(), LedgerDatabase.detail(e)), e);
        }
        return aside;
    }

    /** An SQLite congvan ledger, intact, of a version this program can read; else refused. */
    private static void check(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new InputException(LedgerDatabase.message("restore.missing", backup));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Map<String, String> readOnly = new HashMap<>();
        config.toProperties().forEach((k, v) -> readOnly.put(k.toString(), v.toString()));
        LedgerTarget copy = new LedgerTarget("jdbc:sqlite:" + backup, null, null, readOnly, true, backup.toString(), backup);
        try (Connection c = LedgerDatabase.connect(copy)) {
            String integrity;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "?";
            }
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new InputException(LedgerDatabase.message("restore.damaged", backup, integrity));
            }
            Schema.checkBackup(copy, c);
        } catch (SQLException e) {
            throw new InputException(LedgerDatabase.message("restore.notLedger", backup, LedgerDatabase.detail(e)), e);
        }
    }

    private static LedgerTarget sqliteTarget(String location, String postgresKey) {
        LedgerTarget target = LedgerTarget.of(location, System.getenv());
        if (!target.sqlite() || target.file() == null) {
            throw new InputException(LedgerDatabase.message(postgresKey, target.description()));
        }
        return target;
    }

    /** A path as sqlite-jdbc's {@code restore from} reads it: in the quotes it does not contain. */
    private static String quoted(Path file) {
        String p = file.toString();
        if (!p.contains("'")) {
            return "'" + p + "'";
        }
        if (!p.contains("\"")) {
            return "\"" + p + "\"";
        }
        throw new InputException(LedgerDatabase.message("restore.badName", file));
    }
}
