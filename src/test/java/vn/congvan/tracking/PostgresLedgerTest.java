package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.congvan.PostgresTestSchema;

/**
 * The ledger contract on PostgreSQL, for offices that share one server. Runs when
 * {@code CONGVAN_TEST_PG_URL} names a database the test may create schemas in, user and password
 * included, e.g. {@code jdbc:postgresql://localhost:5432/congvan_test?user=congvan&password=congvan}.
 * Each test works in a fresh schema, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresLedgerTest extends LedgerContract {
    private PostgresTestSchema schema;

    @Override
    String newLocation() throws SQLException {
        schema = new PostgresTestSchema("ledger_test_");
        return schema.url();
    }

    @Override
    Connection rawConnection() throws SQLException {
        return schema.connect();
    }

    @Override
    void cleanUp() throws SQLException {
        schema.drop();
    }
}
