package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The ledger contract on PostgreSQL, for offices that share one server. Runs when
 * {@code CONGVAN_TEST_PG_URL} names a database the test may create schemas in, user and password
 * included, e.g. {@code jdbc:postgresql://localhost:5432/congvan_test?user=congvan&password=congvan}.
 * Each test works in a fresh schema, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresLedgerTest extends LedgerContract {
    private static final String SERVER = System.getenv("CONGVAN_TEST_PG_URL");

    private String schema;

    @Override
    String newLocation() throws SQLException {
        schema = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
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
