package vn.congvan.tracking;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DocumentType;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;

/**
 * The append-only tracking ledger: dispatches with their assignments, and the events that happened
 * to them. Statuses are never stored; {@link #status} derives them. Every write is one transaction, so
 * a failure leaves the ledger as it was.
 *
 * <p>One instance holds one connection and is safe to share between threads (its methods take turns).
 * Several programs may open the same SQLite file: writers wait for each other.
 */
public final class Ledger implements AutoCloseable {
    private static final Messages MSG = Messages.of(Ledger.class);
    private static final String DEFAULT_FILE = "congvan.db";

    private static final String EVENT_COLUMNS =
            "seq, dispatch_id, unit_code, req_id, type, occurred_at, source, source_id, evidence, note, deadline";

    /** Events only a unit can cause. */
    private static final Set<EventType> UNIT_REPORTS =
            EnumSet.of(EventType.ACKNOWLEDGED, EventType.NOT_STARTED, EventType.PROGRESS, EventType.DONE);

    private final Connection connection;
    private final Sql sql;
    private final String description;
    private final Clock clock;

    private Ledger(Connection connection, String description, Clock clock) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.description = description;
        this.clock = clock;
    }

    /** How to name this ledger to a user: the file, or the URL without its password. */
    public String description() {
        return description;
    }

    /**
     * Opens (creating when needed) the ledger at {@code location} and brings its tables up to date.
     *
     * @param location a JDBC URL ({@code jdbc:sqlite:…}, {@code jdbc:postgresql://…}; without a user in
     *                 the URL, {@code CONGVAN_DB_USER} and {@code CONGVAN_DB_PASSWORD} are used) or a
     *                 file path, which means an SQLite file (its folders are created)
     * @throws InputException when the location is not a ledger, cannot be reached, or was written by a
     *                        newer version of the program
     */
    public static Ledger open(String location) {
        LedgerTarget target = LedgerTarget.of(location, System.getenv());
        Connection connection = connect(target);
        try {
            Schema.migrate(target, connection);
            return new Ledger(connection, target.description(), Clock.systemUTC());
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new InputException(message("ledger.databaseError", target.description(), detail(e)), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * The ledger file in the user's data folder: {@code $CONGVAN_HOME/congvan.db} when that is set, else
     * {@code %APPDATA%\congvan\congvan.db} on Windows, {@code ~/Library/Application Support/congvan/congvan.db}
     * on macOS and {@code $XDG_DATA_HOME/congvan/congvan.db} (default {@code ~/.local/share}) elsewhere.
     */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

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

    /**
     * Stores a dispatch, its requirements and assignments and an {@link EventType#IMPORTED} event, all in
     * one transaction. Importing the same text again changes nothing.
     *
     * @param sourceName the file or mail the dispatch came from, as the user knows it
     * @param sourceText its text (already cleaned by the reader); its SHA-256 identifies the import
     * @param at         when the import happens
     * @throws InputException when the dispatch has no number, the ledger already holds another text under
     *                        the same number/symbol, or the task set names a unit or requirement it lacks
     */
    public ImportResult importTaskSet(TaskSet taskSet, String sourceName, String sourceText, Instant at) {
        return importTaskSet(taskSet, sourceName, sourceText, null, at);
    }

    /**
     * As {@link #importTaskSet(TaskSet, String, String, Instant)}, keeping also the file's own bytes under
     * {@code sourceName} in the same transaction (see {@link #originalFile}). The import is still identified
     * by the text: importing the same text again changes nothing, whatever the bytes.
     *
     * @param original the file exactly as received; null when there is none (a dispatch typed in)
     */
    public synchronized ImportResult importTaskSet(TaskSet taskSet, String sourceName, String sourceText, byte[] original,
                                                   Instant at) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(at, "at");
        Dispatch dispatch = taskSet.dispatch();
        OfficialDocument document = dispatch.document();
        if (document.numberSymbol() == null) {
            throw new InputException(message("import.noNumber", Objects.requireNonNullElse(document.subject(), sourceName)));
        }
        String id = dispatch.id();
        String sha256 = sha256(sourceText);
        return write(() -> {
            Optional<String[]> existing = sql.first("SELECT source_sha256, source_name FROM dispatch WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
            if (existing.isPresent()) {
                if (existing.get()[0].equals(sha256)) {
                    return new ImportResult(false, assignmentCount(id));
                }
                throw new InputException(message("import.otherContent", id, description, existing.get()[1], sourceName));
            }
            sql.update("INSERT INTO dispatch (id, type, issuer, issue_date, subject, source_name, source_sha256, source_text, imported_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, document.type(), document.issuer(), document.date(), document.subject(),
                    sourceName, sha256, sourceText, at);
            if (original != null) {
                sql.update("INSERT INTO source_file (dispatch_id, file_name, content, sha256) VALUES (?, ?, ?, ?)",
                        id, sourceName, original, sha256(original));
            }
            insertRequirements(id, dispatch.requirements());
            insertAssignments(id, taskSet);
            insertEvent(new Event(id, null, null, EventType.IMPORTED, at, "import", sha256, sourceName, null, null));
            return new ImportResult(true, taskSet.assignments().size());
        }, e -> new InputException(message("import.failed", id, description, detail(e)), e));
    }

    private void insertRequirements(String dispatchId, List<Requirement> requirements) throws SQLException {
        int position = 0;
        for (Requirement r : requirements) {
            sql.update("INSERT INTO requirement (dispatch_id, req_id, position, text, deadline) VALUES (?, ?, ?, ?, ?)",
                    dispatchId, r.id(), position++, requirementText(r), r.dueDate().orElse(null));
        }
    }

    /** A requirement's text with its sub-items, one per line with their labels, as a reader would quote it. */
    private static String requirementText(Requirement r) {
        StringBuilder text = new StringBuilder(r.text());
        for (Requirement item : r.items()) {
            text.append('\n').append(item.id()).append(") ").append(item.text());
        }
        return text.toString();
    }

    private void insertAssignments(String dispatchId, TaskSet taskSet) throws SQLException {
        Map<String, Unit> units = taskSet.units().stream()
                .collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
        Set<String> requirementIds = taskSet.dispatch().requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        int position = 0;
        // Checked row by row, not up front: a bad row after good ones must still leave no trace.
        for (Assignment a : taskSet.assignments()) {
            if (!dispatchId.equals(a.dispatchId())) {
                throw new InputException(message("import.wrongDispatch", dispatchId, a.dispatchId()));
            }
            Unit unit = units.get(a.unitCode());
            if (unit == null) {
                throw new InputException(message("import.unknownUnit", dispatchId, a.unitCode()));
            }
            if (!requirementIds.contains(a.requirementId())) {
                throw new InputException(message("import.unknownRequirement", dispatchId, a.requirementId()));
            }
            sql.update("INSERT INTO assignment (dispatch_id, unit_code, req_id, position, unit_name, unit_email, deadline)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    dispatchId, a.unitCode(), a.requirementId(), position++, unit.name(), unit.email(), a.deadline());
        }
    }

    /**
     * Records an event unless the same one (same dispatch, source id, type, unit and requirement) is
     * already there.
     *
     * @return true when it was added, false when it was a repeat
     * @throws InputException when the dispatch is not in the ledger, or the unit or requirement is not
     *                        among its assignments, a receipt or progress report names no unit, or a
     *                        deadline change carries no deadline
     */
    public synchronized boolean append(Event e) {
        validate(e);
        return write(() -> {
            checkKnown(e);
            return insertEvent(e);
        }, this::databaseError);
    }

    /**
     * Appends several events as one fact (a reply's acknowledgement and its per-item reports): all of
     * them or, when one is refused, none.
     *
     * @return how many were new (repeats of recorded events are skipped, as by {@link #append})
     */
    public synchronized int appendAll(List<Event> events) {
        events.forEach(Ledger::validate);
        return write(() -> {
            int added = 0;
            for (Event e : events) {
                checkKnown(e);
                added += insertEvent(e) ? 1 : 0;
            }
            return added;
        }, this::databaseError);
    }

    private static void validate(Event e) {
        Objects.requireNonNull(e.dispatchId(), "dispatchId");
        Objects.requireNonNull(e.type(), "type");
        Objects.requireNonNull(e.at(), "at");
        Objects.requireNonNull(e.source(), "source");
        Objects.requireNonNull(e.sourceId(), "sourceId");
        if (e.type() == EventType.DEADLINE_CHANGED && e.deadline() == null) {
            throw new InputException(message("event.noDeadline", e.dispatchId()));
        }
        // Without a unit such a report would count for every unit (see StatusProjection).
        if (UNIT_REPORTS.contains(e.type()) && e.unitCode() == null) {
            throw new InputException(message("event.noUnit", e.dispatchId()));
        }
    }

    private void checkKnown(Event e) throws SQLException {
        String id = e.dispatchId();
        if (!sql.exists("SELECT 1 FROM dispatch WHERE id = ?", id)) {
            throw new InputException(message("event.unknownDispatch", id, description));
        }
        String unit = e.unitCode();
        String requirement = e.requirementId();
        if (unit != null && !sql.exists("SELECT 1 FROM assignment WHERE dispatch_id = ? AND unit_code = ?", id, unit)) {
            throw new InputException(message("event.unknownUnit", id, unit));
        }
        if (requirement != null && !sql.exists("SELECT 1 FROM assignment WHERE dispatch_id = ? AND req_id = ?", id, requirement)) {
            throw new InputException(message("event.unknownRequirement", id, requirement));
        }
        if (unit != null && requirement != null
                && !sql.exists("SELECT 1 FROM assignment WHERE dispatch_id = ? AND unit_code = ? AND req_id = ?", id, unit, requirement)) {
            throw new InputException(message("event.unassigned", id, unit, requirement));
        }
    }

    private boolean insertEvent(Event e) throws SQLException {
        return sql.update("INSERT INTO event (dispatch_id, unit_code, req_id, type, occurred_at, recorded_at, source, source_id,"
                        + " evidence, note, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.dispatchId(), e.unitCode(), e.requirementId(), e.type(), e.at(), clock.instant(), e.source(), e.sourceId(),
                e.evidence(), e.note(), e.deadline()) == 1;
    }

    public synchronized Optional<TrackedDispatch> dispatch(String id) {
        return read(() -> sql.first("SELECT * FROM dispatch WHERE id = ?", Ledger::trackedDispatch, id));
    }

    /** The file the dispatch was imported from, byte for byte; empty when it was imported without one. */
    public synchronized Optional<OriginalFile> originalFile(String dispatchId) {
        return read(() -> sql.first("SELECT file_name, content FROM source_file WHERE dispatch_id = ?",
                rs -> new OriginalFile(rs.getString(1), rs.getBytes(2)), dispatchId));
    }

    /** All dispatches, in the order they were imported. */
    public synchronized List<TrackedDispatch> dispatches() {
        return read(() -> sql.list("SELECT * FROM dispatch ORDER BY imported_at, id", Ledger::trackedDispatch));
    }

    /** The dispatch's assignments in the order of its task set; empty for an unknown dispatch. */
    public synchronized List<Assignment> assignments(String dispatchId) {
        return read(() -> sql.list("SELECT dispatch_id, unit_code, req_id, deadline FROM assignment WHERE dispatch_id = ? ORDER BY position",
                rs -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), Sql.date(rs.getString(4))), dispatchId));
    }

    /** The dispatch's events in the order they happened (then in the order they were recorded). */
    public synchronized List<Event> events(String dispatchId) {
        return read(() -> eventsOf(dispatchId));
    }

    /** The events recorded for one unit of a dispatch (not those of the whole dispatch), in the order they happened. */
    public synchronized List<Event> events(String dispatchId, String unitCode) {
        return read(() -> sql.list("SELECT " + EVENT_COLUMNS + " FROM event WHERE dispatch_id = ? AND unit_code = ? ORDER BY occurred_at, seq",
                Ledger::event, dispatchId, unitCode));
    }

    private List<Event> eventsOf(String dispatchId) throws SQLException {
        return sql.list("SELECT " + EVENT_COLUMNS + " FROM event WHERE dispatch_id = ? ORDER BY occurred_at, seq",
                Ledger::event, dispatchId);
    }

    /**
     * Where every unit stands on the dispatch on {@code today} (a day in Vietnam, Asia/Ho_Chi_Minh, as the
     * caller sees it): the latest report per requirement, deadlines after changes, overdue, acknowledged.
     *
     * @throws InputException when the dispatch is not in the ledger
     */
    public synchronized DispatchStatus status(String dispatchId, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return read(() -> {
            if (!sql.exists("SELECT 1 FROM dispatch WHERE id = ?", dispatchId)) {
                throw new InputException(message("event.unknownDispatch", dispatchId, description));
            }
            List<StatusProjection.AssignedUnit> assignments = sql.list(
                    "SELECT unit_code, unit_name, unit_email, req_id, deadline FROM assignment WHERE dispatch_id = ? ORDER BY position",
                    rs -> new StatusProjection.AssignedUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Sql.date(rs.getString(5))),
                    dispatchId);
            return StatusProjection.project(dispatchId, today, assignments, eventsOf(dispatchId));
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private int assignmentCount(String dispatchId) throws SQLException {
        return sql.first("SELECT COUNT(*) FROM assignment WHERE dispatch_id = ?", rs -> rs.getInt(1), dispatchId).orElse(0);
    }

    private static TrackedDispatch trackedDispatch(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new TrackedDispatch(rs.getString("id"), type == null ? null : DocumentType.valueOf(type),
                rs.getString("issuer"), Sql.date(rs.getString("issue_date")), rs.getString("subject"),
                rs.getString("source_name"), rs.getString("source_text"), Sql.instant(rs.getString("imported_at")));
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getString("dispatch_id"), rs.getString("unit_code"), rs.getString("req_id"),
                EventType.valueOf(rs.getString("type")), Sql.instant(rs.getString("occurred_at")), rs.getString("source"),
                rs.getString("source_id"), rs.getString("evidence"), rs.getString("note"), Sql.date(rs.getString("deadline")));
    }

    /** Work on the database that may throw SQLException. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or on any failure nothing. */
    private <T> T write(Work<T> work, Function<SQLException, InputException> onError) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw onError.apply(e);
        }
    }

    private InputException databaseError(SQLException e) {
        return new InputException(message("ledger.databaseError", description, detail(e)), e);
    }

    private static Connection connect(LedgerTarget target) {
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
            connection = DriverManager.getConnection(target.url(), properties);
            if (target.sqlite()) {
                // SQLite opens any file lazily; reading its catalogue is what finds one that is not a database.
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                    rs.next();
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

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A library's own message, to follow ours: without its final full stop, as ours brings one. */
    static String detail(Exception e) {
        String text = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).strip();
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
