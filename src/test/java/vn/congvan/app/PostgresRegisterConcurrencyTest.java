package vn.congvan.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's numbers from eight connections to one PostgreSQL ledger (two clerks' programs on one
 * shared server). Runs when {@code CONGVAN_TEST_PG_URL} is set, as {@code .ci/run} does; in a fresh schema.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresRegisterConcurrencyTest extends RegisterConcurrencyContract {
    private static final String SERVER = System.getenv("CONGVAN_TEST_PG_URL");

    @TempDir
    Path dir;
    private String schema;

    @Override
    String newLocation() throws Exception {
        schema = "register_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void cleanUp() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Override
    Path reportFolder() {
        return dir.resolve("van-ban");
    }
}
