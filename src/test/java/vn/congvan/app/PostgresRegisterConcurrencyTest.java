package vn.congvan.app;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.PostgresTestSchema;

/**
 * The register's numbers from eight connections to one PostgreSQL ledger (two clerks' programs on one
 * shared server). Runs when {@code CONGVAN_TEST_PG_URL} is set, as {@code .ci/run} does; in a fresh schema.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresRegisterConcurrencyTest extends RegisterConcurrencyContract {
    @TempDir
    Path dir;
    private PostgresTestSchema schema;

    @Override
    String newLocation() throws Exception {
        schema = new PostgresTestSchema("register_test_");
        return schema.url();
    }

    @Override
    void cleanUp() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    Path reportFolder() {
        return dir.resolve("van-ban");
    }
}
