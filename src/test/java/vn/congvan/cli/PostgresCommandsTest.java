package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congvan.PostgresTestSchema;

/**
 * An office sharing one ledger on PostgreSQL: the same commands with {@code --db jdbc:postgresql://…}.
 * Runs when {@code CONGVAN_TEST_PG_URL} names a database (user and password included); .ci/run starts one.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresCommandsTest {
    static final String SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt").toString();
    PostgresTestSchema schema;

    @BeforeEach
    void freshSchema() throws Exception {
        schema = new PostgresTestSchema("cli_test_");
    }

    @AfterEach
    void dropSchema() throws Exception {
        schema.drop();
    }

    @Test
    void importAckMarkStatusOnASharedServer() throws Exception {
        String db = schema.url();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("96 việc"), imported.out());
        assertTrue(!imported.out().contains("password=congvan"), "the password is never printed: " + imported.out());
        assertEquals(0, CliRun.of("import", SEED, "--db", db).exitCode(), "idempotent");
        assertEquals(0, CliRun.of("ack", "6174", "P-DUCTHANG", "--db", db).exitCode());
        assertEquals(0, CliRun.of("mark", "6174", "P-DUCTHANG", "3", "done", "--db", db).exitCode());

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "01/09/2019");
        assertEquals(0, status.exitCode(), status.err());
        JsonNode counts = DispatchJson.MAPPER.readTree(status.out()).get("counts");
        assertEquals(32, counts.get("units").asInt());
        assertEquals(1, counts.get("acknowledged").asInt());
        assertEquals(1, counts.get("requirements").get("3").get("DONE").asInt());
        assertEquals(31, counts.get("requirements").get("3").get("OVERDUE").asInt());
    }
}
