package vn.congvan.tracking;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Where the ledger's data lives: one connection to an SQLite file or a PostgreSQL database, brought
 * up to date with the migrations, and the two ways to use it — a read, or a write that is one
 * transaction (all of it, or on any failure nothing). Its users take turns on the connection.
 */
final class LedgerDatabase implements AutoCloseable {
    private static final Messages MSG = Messages.of(LedgerDatabase.class);
    private static final String DEFAULT_FILE = "congvan.db";
    /** SQLite's page cache during a batch ({@link #widenPageCache}), in KB. */
    private static final int BATCH_PAGE_CACHE_KB = 16_384;

    private final Connection connection;
    private final Sql sql;
    private final String description;
    private final Clock clock;
    private final boolean sqlite;
    private final Savepoints savepoints;
    /** What the open transaction read of the dispatches and assignments events name; forgotten on every rollback. */
    private final KnownAssignments knownAssignments = new KnownAssignments();
    /**
     * The units whose events the open transaction added, by dispatch (sorted, the order rows are locked in); an
     * empty set stands for every unit of the dispatch. Refreshed in the status tables just before the commit.
     */
    private final TreeMap<Long, TreeSet<String>> statusChanged = new TreeMap<>();
    /** Transactions open on the connection: 0; 1 for a write or a batch; more for the savepoints of writes inside them. */
    private int depth;

    private LedgerDatabase(Connection connection, String description, Clock clock, boolean sqlite) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.description = description;
        this.clock = clock;
        this.sqlite = sqlite;
        this.savepoints = new Savepoints(connection, sql, sqlite);
    }

    /**
     * @param create whether a missing SQLite file may be created (commands that write); otherwise a
     *               missing file is refused and nothing is created
     */
    static LedgerDatabase open(String location, boolean create) {
        return open(location, create, text -> { });
    }

    /**
     * @param notices told, in Vietnamese, of long one-off work the opening does (the status tables computed
     *                again after an update), when it starts and when it ends
     */
    static LedgerDatabase open(String location, boolean create, Consumer<String> notices) {
        LedgerTarget target = LedgerTarget.of(location, System.getenv());
        if (create) {
            LedgerFiles.createIfMissing(target);
        } else {
            LedgerFiles.requireExisting(target);
        }
        LedgerFiles.tighten(target);
        Connection connection = connect(target);
        try {
            Schema.migrate(target, connection);
            LedgerDatabase db = new LedgerDatabase(connection, target.description(), Clock.systemUTC(), target.sqlite());
            db.keepStatusTablesCurrent(notices);
            return db;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new InputException(message("ledger.databaseError", target.description(), detail(e)), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** See {@link Ledger#defaultLocation()}. */
    static Path defaultLocation(Map<String, String> env, String osName, Path home) {
        String congvanHome = env.get("CONGVAN_HOME");
        if (present(congvanHome)) {
            return Path.of(congvanHome).resolve(DEFAULT_FILE);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path dataFolder;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            dataFolder = present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
        } else if (os.startsWith("mac")) {
            dataFolder = home.resolve("Library").resolve("Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            // The XDG spec says to ignore a relative value.
            dataFolder = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        }
        return dataFolder.resolve("congvan").resolve(DEFAULT_FILE);
    }

    String description() {
        return description;
    }

    Sql sql() {
        return sql;
    }

    /** What the open transaction knows of the dispatches and assignments events name ({@link KnownAssignments}). */
    KnownAssignments knownAssignments() {
        return knownAssignments;
    }

    /** When a write happens, as the ledger records it (recorded_at). */
    Clock clock() {
        return clock;
    }

    /**
     * Marks a unit of a dispatch (null: every unit) whose events changed in the open transaction: its rows in
     * the status tables are computed again before the transaction commits ({@link StatusTables}).
     */
    void statusChanged(long dispatchKey, String unitCode) {
        TreeSet<String> units = statusChanged.get(dispatchKey);
        if (unitCode == null) {
            statusChanged.put(dispatchKey, new TreeSet<>());
        } else if (units == null) {
            statusChanged.put(dispatchKey, new TreeSet<>(List.of(unitCode)));
        } else if (!units.isEmpty()) {
            units.add(unitCode);
        }
    }

    /**
     * Brings the status tables up to date with the events the open transaction added, dispatch by dispatch in
     * key order; also before a read of those tables inside a batch, which would otherwise not see its own events.
     */
    void refreshStatuses() throws SQLException {
        refreshStatuses(null);
    }

    /** @param cache the events read at the batch's earlier commits ({@link StatusTables.EventCache}), or null */
    private void refreshStatuses(StatusTables.EventCache cache) throws SQLException {
        try {
            for (var changed : statusChanged.entrySet()) {
                StatusTables.refresh(sql, changed.getKey(), changed.getValue().isEmpty() ? null : changed.getValue(), !sqlite, cache);
            }
        } finally {
            statusChanged.clear();
        }
    }

    /**
     * Rebuilds the status tables from the events when they were computed by other rules than this program's (or
     * not yet: a ledger just brought to version 14), in one transaction; the user is told why it takes a while,
     * and the log keeps it.
     */
    private void keepStatusTablesCurrent(Consumer<String> notices) {
        if (read(() -> StatusTables.version(sql, false)) == StatusTables.VERSION) {
            return;
        }
        write(() -> {
            if (StatusTables.version(sql, !sqlite) != StatusTables.VERSION) {
                // A new ledger has nothing to compute: nothing to say either.
                boolean any = sql.exists("SELECT 1 FROM tracked_dispatch");
                Logger log = LoggerFactory.getLogger(StatusTables.class);
                if (any) {
                    String starting = message("status.rebuilding", description);
                    log.warn(starting);
                    notices.accept(starting);
                }
                long start = System.nanoTime();
                long cells = StatusTables.rebuild(sql);
                if (any) {
                    String done = message("status.rebuilt", description, cells, (System.nanoTime() - start) / 1e9);
                    log.warn(done);
                    notices.accept(done);
                }
            }
            return null;
        }, this::databaseError);
    }

    /** Work on the database that may throw SQLException. */
    interface Work<T> {
        T run() throws SQLException;
    }

    synchronized <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is written, or on any failure nothing. Inside a
     * {@linkplain #inBatches batch} it is a savepoint of the batch's transaction, as whole as on its own.
     */
    synchronized <T> T write(Work<T> work, Function<SQLException, InputException> onError) {
        try {
            if (depth > 0) {
                return withinSavepoint(work);
            }
            connection.setAutoCommit(false);
            depth++;
            try {
                T result = work.run();
                refreshStatuses();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // An Error too (out of memory, a stack overflow): left open, the transaction would be committed
                // half-written by setAutoCommit below.
                statusChanged.clear();
                rollback(e);
                throw e;
            } finally {
                depth--;
                knownAssignments.forget();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw onError.apply(e);
        }
    }

    private <T> T withinSavepoint(Work<T> work) throws SQLException {
        Savepoints.Point point = savepoints.set(depth);
        depth++;
        try {
            T result = work.run();
            point.release();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            // What the write read may have been its own rows, now taken back.
            knownAssignments.forget();
            try {
                point.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            depth--;
        }
    }

    /**
     * Runs {@code work} in one transaction that it commits at points it chooses ({@link Ledger.Batch#commit}),
     * so that many small writes share one commit (one flush to disk) instead of each paying its own. Every
     * {@link #write} inside it stays whole (a savepoint). When {@code work} fails, the writes that completed
     * before the failure are committed and the failure is thrown: a failed write never takes the others with it.
     */
    synchronized <T> T inBatches(Function<Ledger.Batch, T> work) {
        if (depth > 0) {
            return work.apply(() -> {
            });
        }
        Integer pageCache;
        try {
            pageCache = widenPageCache();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw databaseError(e);
        }
        depth++;
        StatusTables.EventCache events = sqlite ? new StatusTables.EventCache() : null;
        Ledger.Batch batch = () -> {
            try {
                // Between two writes of the batch (no savepoint open) what is read is what the commit keeps.
                refreshStatuses(depth == 1 ? events : null);
                connection.commit();
                knownAssignments.forget();
            } catch (SQLException e) {
                if (events != null) {
                    events.clear();
                }
                rollback(e);
                throw databaseError(e);
            }
        };
        try {
            T result = work.apply(batch);
            batch.commit();
            return result;
        } catch (RuntimeException | Error e) {
            try {
                refreshStatuses();
                connection.commit();
            } catch (SQLException commitFailure) {
                e.addSuppressed(commitFailure);
                rollback(e);
            }
            throw e;
        } finally {
            depth--;
            statusChanged.clear();
            knownAssignments.forget();
            try {
                connection.setAutoCommit(true);
                if (pageCache != null) {
                    sql.update("PRAGMA cache_size = " + pageCache);
                }
            } catch (SQLException e) {
                // the connection is broken; the next use says so
            }
        }
    }

    /**
     * SQLite's page cache at {@value #BATCH_PAGE_CACHE_KB} KB for a batch (SQLite's default is 2 MB): a collect of
     * 10,000 mails otherwise read some 200 MB of pages back from the file (pages that had left the cache) and made 45 %
     * more write calls (changed pages spilled before the commit). Kept only while the batch lasts, so that a
     * window that collected once does not keep the memory.
     *
     * @return the cache size to set again after the batch, or null (PostgreSQL)
     */
    private Integer widenPageCache() throws SQLException {
        if (!sqlite) {
            return null;
        }
        int before = sql.first("PRAGMA cache_size", rs -> rs.getInt(1)).orElseThrow();
        sql.update("PRAGMA cache_size = -" + BATCH_PAGE_CACHE_KB);
        return before;
    }

    private void rollback(Throwable cause) {
        knownAssignments.forget();
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    InputException databaseError(SQLException e) {
        return new InputException(message("ledger.databaseError", description, detail(e)), e);
    }

    @Override
    public synchronized void close() {
        try (connection) {
            sql.close();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    static Connection connect(LedgerTarget target) {
        Properties properties = new Properties();
        properties.putAll(target.properties());
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        Connection connection = null;
        try {
            // SQLite's driver directly: DriverManager would first find and start every driver on the class
            // path (a search of every jar, and PostgreSQL's driver loaded), on every start.
            connection = target.sqlite() ? new org.sqlite.JDBC().connect(target.url(), properties)
                    : DriverManager.getConnection(target.url(), properties);
            if (target.sqlite()) {
                // SQLite opens any file lazily; reading its catalogue is what finds one that is not a database.
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                    rs.next();
                }
                // The driver reads the version of the library it loaded, not its own.
                DatabaseMetaData library = connection.getMetaData();
                try {
                    requireSqlite(library.getDatabaseMajorVersion(), library.getDatabaseMinorVersion(),
                            library.getDatabaseProductVersion(), target.description());
                } catch (InputException e) {
                    closeQuietly(connection, e);
                    throw e;
                }
            }
            return connection;
        } catch (SQLException e) {
            if (connection != null) {
                closeQuietly(connection, e);
            }
            String key = target.sqlite() ? "ledger.notDatabase" : "ledger.cannotConnect";
            throw new InputException(message(key, target.description(), detail(e)), e);
        }
    }

    /**
     * The oldest SQLite the ledger's queries run on: {@code overdue} and a collection's start join with
     * {@code concat_ws} and {@code string_agg} (both new in 3.44). The driver ships a
     * newer one; an office can still point {@code org.sqlite.lib.path} at its system's library, and then is told so
     * at open rather than by a failed query.
     */
    static final String OLDEST_SQLITE = "3.44.0";

    /** Refuses an SQLite library older than {@link #OLDEST_SQLITE}, naming both versions ({@code version} as it says). */
    static void requireSqlite(int major, int minor, String version, String description) {
        if (major < 3 || major == 3 && minor < 44) {
            throw new InputException(message("ledger.sqliteTooOld", description, version, OLDEST_SQLITE));
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * A library's own message, to follow ours: without its final full stop, as ours brings one, and
     * without any password a driver or Flyway echoed from the URL.
     */
    static String detail(Exception e) {
        String text = LedgerTarget.mask(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).strip());
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A Vietnamese message from this package's messages.properties. */
    static String message(String key, Object... args) {
        return MSG.get(key, args);
    }
}
