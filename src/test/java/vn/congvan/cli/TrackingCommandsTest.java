package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** A clerk's day on the command line: import, ack, mark, status — and the demo. */
class TrackingCommandsTest {
    static final String SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt").toString();

    @Test
    void importAckMarkStatus(@TempDir Path dir) throws Exception {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("6174/UBND-VX"), imported.out());

        CliRun again = CliRun.of("import", SEED, "--db", db);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("không thêm gì"), again.out());

        assertEquals(0, CliRun.of("ack", "6174/UBND-VX", "UBND phường Đức Thắng", "--db", db).exitCode());
        CliRun mark = CliRun.of("mark", "6174", "phường Đức Thắng", "1", "done", "--db", db, "--note", "đã phổ biến");
        assertEquals(0, mark.exitCode(), mark.err());
        assertEquals(0, CliRun.of("mark", "6174", "phường Phú Thủy", "2", "đang thực hiện", "--db", db).exitCode());

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "28/08/2019");
        assertEquals(0, status.exitCode(), status.err());
        JsonNode j = DispatchJson.MAPPER.readTree(status.out());
        assertEquals("2019-08-28", j.get("asOf").asText());
        assertEquals(2, j.get("counts").get("acknowledged").asInt());
        JsonNode req1 = j.get("counts").get("requirements").get("1");
        assertEquals(1, req1.get("DONE").asInt());
        assertEquals(j.get("counts").get("units").asInt() - 1, req1.get("NOT_STARTED").asInt());
        assertEquals(1, j.get("counts").get("requirements").get("2").get("IN_PROGRESS").asInt());
        JsonNode ducThang = null;
        for (JsonNode u : j.get("units")) {
            if (u.get("name").asText().endsWith("Đức Thắng")) {
                ducThang = u;
            }
        }
        assertTrue(ducThang != null && ducThang.get("acknowledged").asBoolean());
        assertEquals("DONE", ducThang.get("requirements").get(0).get("status").asText());
        assertEquals("đã phổ biến", ducThang.get("requirements").get(0).get("note").asText());

        CliRun table = CliRun.of("status", "6174/UBND-VX", "--db", db, "--today", "01/09/2019");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("Ủy ban nhân dân phường Đức Thắng"), table.out());
        assertTrue(table.out().contains("QUÁ HẠN"), "item 3 was due 30/08/2019: " + table.out());
    }

    @Test
    void wrongNamesAndStatusesAreClearErrors(@TempDir Path dir) throws Exception {
        String db = dir.resolve("ledger.db").toString();
        assertEquals(0, CliRun.of("import", SEED, "--db", db).exitCode());
        byte[] before = Files.readAllBytes(Path.of(db));

        CliRun unknownUnit = CliRun.of("ack", "6174/UBND-VX", "Phường Không Tồn Tại", "--db", db);
        assertEquals(2, unknownUnit.exitCode());
        assertTrue(unknownUnit.err().contains("Phường Không Tồn Tại"), unknownUnit.err());

        CliRun unknownDispatch = CliRun.of("status", "1/XX", "--db", db);
        assertEquals(2, unknownDispatch.exitCode());
        assertTrue(unknownDispatch.err().contains("1/XX"), unknownDispatch.err());

        CliRun badStatus = CliRun.of("mark", "6174", "P-DUCTHANG", "1", "gần xong", "--db", db);
        assertEquals(2, badStatus.exitCode());
        assertTrue(badStatus.err().contains("gần xong"), badStatus.err());

        CliRun badDate = CliRun.of("import", SEED, "--db", db, "--due", "31/02/2019");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("31/02/2019"), badDate.err());

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Path.of(db))), "ledger unchanged");
    }

    @Test
    void demoRunsTheFlowAndSaysWhereEverythingIs(@TempDir Path dir) {
        Path home = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--home", home.toString());
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(Files.isRegularFile(home.resolve("congvan.db")));
        assertTrue(demo.out().contains(home.resolve("congvan.db").toString()), demo.out());
        assertTrue(demo.out().contains("6174/UBND-VX"));
        assertTrue(demo.out().contains("đã hoàn thành"), demo.out());
        CliRun twice = CliRun.of("demo", "--home", home.toString());
        assertEquals(2, twice.exitCode(), "a used demo folder is not overwritten");
        assertFalse(twice.err().isEmpty());
    }
}
