package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The status tables' contract on PostgreSQL, where two clerks' programs may write at once. Runs when
 * {@code CONGVAN_TEST_PG_URL} is set (as CI does; see PostgresLedgerTest); each test in a fresh schema.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresStatusTablesTest extends StatusTablesContract {
    private static final String SERVER = System.getenv("CONGVAN_TEST_PG_URL");

    private String schema;

    @Override
    String newLocation() throws SQLException {
        schema = "status_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return inSchema();
    }

    @Override
    Connection rawConnection() throws SQLException {
        return DriverManager.getConnection(inSchema());
    }

    @Override
    void cleanUp() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private String inSchema() {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
