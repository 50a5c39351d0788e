package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.congvan.PostgresTestSchema;

/**
 * The status tables' contract on PostgreSQL, where two clerks' programs may write at once. Runs when
 * {@code CONGVAN_TEST_PG_URL} is set (as CI does; see PostgresLedgerTest); each test in a fresh schema.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresStatusTablesTest extends StatusTablesContract {
    private PostgresTestSchema schema;

    @Override
    String newLocation() throws SQLException {
        schema = new PostgresTestSchema("status_test_");
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
