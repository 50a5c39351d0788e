package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

import vn.congvan.model.InputException;

/** Brings a ledger's tables up to this program's version with the Flyway migrations in db/migration. */
final class Schema {
    /** What the two databases spell differently: the auto-numbered keys and the type for bytes. */
    private static final Map<String, String> SQLITE = Map.of(
            "event_seq", "INTEGER PRIMARY KEY AUTOINCREMENT",
            "key_seq", "INTEGER PRIMARY KEY AUTOINCREMENT",
            "blob", "BLOB");
    private static final Map<String, String> POSTGRES = Map.of(
            "event_seq", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
            "key_seq", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
            "blob", "BYTEA");

    private static final String HISTORY = "flyway_schema_history";
    private static final String LOCATION = "db/migration";
    /** The migrations written in Java, beside the SQL files under {@link #LOCATION}. */
    private static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new IssuerKeys());

    private Schema() {
    }

    /**
     * @param connection an open connection to the same database, used to look before Flyway leaps
     */
    static void migrate(LedgerTarget target, Connection connection) throws SQLException {
        List<String> tables = tables(connection);
        refuseForeign(target, tables);
        if (tables.contains(HISTORY) && isCurrent(connection)) {
            return;
        }
        Flyway flyway = configuration(target).load();
        try {
            refuseNewer(flyway.info(), target);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new InputException(LedgerDatabase.message("ledger.cannotMigrate", target.description(), LedgerDatabase.detail(e)), e);
        }
    }

    /**
     * Refuses a backup that is not a congvan ledger (no Flyway history) or that a newer program wrote;
     * reads only.
     */
    static void checkBackup(LedgerTarget backup, Connection connection) throws SQLException {
        if (!tables(connection).contains(HISTORY)) {
            throw new InputException(LedgerDatabase.message("restore.notLedger", backup.description(),
                    LedgerDatabase.message("restore.noHistory")));
        }
        try {
            refuseNewer(configuration(backup).load().info(), backup);
        } catch (FlywayException e) {
            throw new InputException(LedgerDatabase.message("restore.notLedger", backup.description(), LedgerDatabase.detail(e)), e);
        }
    }

    /** How Flyway finds this ledger and its migrations; tests also use it to make a ledger of an older version. */
    static FluentConfiguration configuration(LedgerTarget target) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(target.url(), target.user(), target.password())
                .jdbcProperties(target.properties())
                .table(HISTORY)
                .locations("classpath:" + LOCATION)
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
                .placeholders(target.sqlite() ? SQLITE : POSTGRES);
    }

    /**
     * Whether the ledger already has exactly the migrations this program ships (read from the class path,
     * so a new migration counts the moment it is added), in which case Flyway need not start.
     */
    private static boolean isCurrent(Connection connection) throws SQLException {
        Optional<Set<MigrationVersion>> shipped = CurrentSchema.shipped(Schema.class.getClassLoader(), LOCATION, JAVA_MIGRATIONS);
        return shipped.isPresent() && CurrentSchema.holds(connection, HISTORY, shipped.get());
    }

    /** Tables without Flyway's history are some other program's database: say so rather than touch it. */
    private static void refuseForeign(LedgerTarget target, List<String> tables) {
        if (!tables.isEmpty() && !tables.contains(HISTORY)) {
            throw new InputException(LedgerDatabase.message("ledger.foreignDatabase", target.description(), String.join(", ", tables)));
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * Flyway by default ignores applied migrations it does not know; for us they mean a newer program
     * wrote this ledger, and an older one must not touch it.
     */
    private static void refuseNewer(MigrationInfoService info, LedgerTarget target) {
        boolean newer = Arrays.stream(info.applied())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            MigrationVersion known = Arrays.stream(info.all())
                    .filter(m -> m.getState().isResolved())
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .orElse(MigrationVersion.EMPTY);
            throw new InputException(LedgerDatabase.message("ledger.newerThanProgram", target.description(),
                    info.current().getVersion(), known));
        }
    }
}
