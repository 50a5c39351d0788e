package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

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
        assertTrue(imported.out().startsWith("Đã nhập văn bản 6174/UBND-VX (2019): 32 đơn vị × 3 nội dung = 96 việc cần theo dõi."),
                imported.out());

        CliRun again = CliRun.of("import", SEED, "--db", db);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("không thêm gì"), again.out());

        CliRun ack = CliRun.of("ack", "6174/UBND-VX", "UBND phường Đức Thắng", "--db", db);
        assertEquals(0, ack.exitCode(), ack.err());
        assertEquals("Đã ghi nhận: P-DUCTHANG đã nhận văn bản 6174/UBND-VX.", ack.out().strip());
        CliRun mark = CliRun.of("mark", "6174", "phường Đức Thắng", "1", "done", "--db", db, "--note", "đã phổ biến");
        assertEquals(0, mark.exitCode(), mark.err());
        assertEquals("Đã ghi nhận: P-DUCTHANG, nội dung 1 của văn bản 6174/UBND-VX: đã hoàn thành.", mark.out().strip());
        CliRun progress = CliRun.of("mark", "6174", "phường Phú Thủy", "2", "đang thực hiện", "--db", db);
        assertEquals(0, progress.exitCode(), progress.err());
        assertEquals("Đã ghi nhận: P-PHUTHUY, nội dung 2 của văn bản 6174/UBND-VX: đang thực hiện.", progress.out().strip());

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "28/08/2019");
        assertEquals(0, status.exitCode(), status.err());
        JsonNode j = DispatchJson.MAPPER.readTree(status.out());
        assertEquals("6174/UBND-VX", j.get("id").asText());
        assertEquals(2019, j.get("year").asInt());
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
        assertTrue(table.out().startsWith("Văn bản 6174/UBND-VX ngày 21/08/2019: đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ"),
                table.out());
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
    void demoRunsTheFlowAndSaysWhereEverythingIs(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--home", home.toString());
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(Files.isRegularFile(home.resolve("congvan.db")));
        assertTrue(demo.out().contains(home.resolve("congvan.db").toString()), demo.out());
        assertTrue(demo.out().contains("6174/UBND-VX"));

        // Sent to every unit into the outbox, at the instant the sample replies answer.
        Path outbox = home.resolve("outbox");
        assertTrue(demo.out().contains("Thư mục chờ gửi (các tệp .eml): " + outbox), demo.out());
        try (var files = Files.list(outbox)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(32, names.size(), "every assigned unit; the office does not send itself its own dispatch");
            assertTrue(names.contains("P-DUCTHANG_cv.612d4888705d9070ce552c9c09c17c98@phanthiet.example.eml"), names.toString());
        }
        // The sample replies collected: three recorded, phishing and newsletter listed and not applied.
        assertTrue(demo.out().contains("Tổng cộng 5 thư: 3 thư được ghi mới vào sổ (9 sự kiện mới), 0 thư đã ghi từ lần trước, "
                + "2 thư cần cán bộ xem, 0 thư bỏ qua."), demo.out());
        assertTrue(demo.out().contains("NGHI LÀ THƯ LỪA ĐẢO"), demo.out());

        // What the mails said, before item 3's deadline: read receipt, all done, 1 done / 2 in progress / 3 not started;
        // Phú Trinh answered by phone, which the clerk entered.
        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", home.resolve("congvan.db").toString(), "--json", "--today", "29/08/2019");
        JsonNode j = DispatchJson.MAPPER.readTree(status.out());
        assertEquals(4, j.get("counts").get("acknowledged").asInt());
        Map<String, JsonNode> units = new HashMap<>();
        j.get("units").forEach(u -> units.put(u.get("code").asText(), u));
        assertEquals("2019-08-22T02:15:00Z", units.get("P-DUCTHANG").get("acknowledgedAt").asText());
        assertEquals(List.of("NOT_STARTED", "NOT_STARTED", "NOT_STARTED"), statuses(units.get("P-DUCTHANG")));
        assertEquals(List.of("DONE", "DONE", "DONE"), statuses(units.get("P-PHUTHUY")));
        assertEquals(List.of("DONE", "IN_PROGRESS", "NOT_STARTED"), statuses(units.get("P-PHUTAI")));
        assertEquals(List.of("DONE", "IN_PROGRESS", "NOT_STARTED"), statuses(units.get("P-PHUTRINH")));
        assertTrue(units.get("P-PHUTAI").get("requirements").get(0).get("evidence").asText()
                .startsWith("Message-ID <CAB7x2Lq0phutai20190827160500@phanthiet.example>, từ phutai@phanthiet.example"));

        // The report the demo wrote counts that movement (as of 05/09/2019, item 3 is overdue for whoever has not done it).
        Path report = home.resolve("van-ban").resolve("bao-cao-6174-UBND-VX-2019.pdf");
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("4 đơn vị đã xác nhận nhận văn bản, 28 đơn"), text);
            assertTrue(text.contains("1 15/09/2019 3 0 29 0") && text.contains("2 15/09/2019 1 2 29 0")
                    && text.contains("3 30/08/2019 1 0 0 31"), text);
        }

        // The leader's part: the BÁO CÁO issued as 01/BC-UBND and signed with a demo certificate, labelled as such.
        Path signed;
        try (var files = Files.walk(home.resolve("van-ban"))) {
            signed = files.filter(p -> p.getFileName().toString().endsWith("-da-ky.pdf")).findFirst().orElseThrow();
        }
        assertTrue(signed.getFileName().toString().contains("so-01-BC-UBND"), signed.toString());
        assertTrue(demo.out().contains("01/BC-UBND: " + signed), demo.out());
        assertTrue(demo.out().contains("KHÔNG có giá trị pháp lý"), demo.out());
        CliRun verify = CliRun.of("verify", signed.toString());
        assertEquals(1, verify.exitCode(), "a demo certificate chains to no root the office trusts");
        assertTrue(verify.out().contains("DEMO — không có giá trị pháp lý"), verify.out());
        assertTrue(verify.out().contains("chữ ký bao toàn bộ văn bản"), verify.out());
        CliRun docs = CliRun.of("docs", "--db", home.resolve("congvan.db").toString());
        assertTrue(docs.out().contains("đã ban hành"), docs.out());

        CliRun twice = CliRun.of("demo", "--home", home.toString());
        assertEquals(2, twice.exitCode(), "a used demo folder is not overwritten");
        assertFalse(twice.err().isEmpty());
    }

    private static List<String> statuses(JsonNode unit) {
        List<String> out = new java.util.ArrayList<>();
        unit.get("requirements").forEach(r -> out.add(r.get("status").asText()));
        return out;
    }
}
