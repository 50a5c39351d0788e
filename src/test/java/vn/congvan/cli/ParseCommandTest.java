package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code parse FILE --json}: the keys and values a script relies on, and the errors a clerk sees. */
class ParseCommandTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");

    @Test
    void seedParsesToExactlyItsFields() throws Exception {
        CliRun run = CliRun.of("parse", SEED.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = DispatchJson.MAPPER.readTree(run.out());

        assertEquals("CONG_VAN", j.get("type").asText());
        assertEquals("6174", j.get("number").asText());
        assertEquals("UBND-VX", j.get("symbol").asText());
        assertEquals("6174/UBND-VX", j.get("numberSymbol").asText());
        assertEquals("2019-08-21", j.get("date").asText());
        assertEquals("Phan Thiết", j.get("place").asText());
        assertTrue(j.get("parentIssuer").isNull());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", j.get("issuer").asText());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", j.get("subject").asText());
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"), texts(j.get("recipients")));

        JsonNode reqs = j.get("requirements");
        assertEquals(3, reqs.size());
        assertEquals(List.of("1", "2", "3"), List.of(reqs.get(0).get("id").asText(), reqs.get(1).get("id").asText(), reqs.get(2).get("id").asText()));
        assertTrue(reqs.get(0).get("text").asText().startsWith("Phổ biến rộng rãi đến cán bộ, công chức, viên chức"));
        assertTrue(reqs.get(2).get("text").asText().contains("Hộp thư đã gửi"), "bold markers removed, text kept");
        assertTrue(!reqs.get(2).get("text").asText().contains("**"));
        assertEquals(List.of(), texts(reqs.get(0).get("deadlines")));
        assertEquals(List.of(), texts(reqs.get(1).get("deadlines")));
        assertEquals(List.of("2019-08-30"), texts(reqs.get(2).get("deadlines")));
        assertEquals(0, reqs.get(0).get("items").size());

        JsonNode refs = j.get("references");
        assertEquals(1, refs.size());
        assertEquals("707/STTTT-TTCNTT&TT", refs.get(0).get("numberSymbol").asText());
        assertEquals("2019-08-12", refs.get(0).get("date").asText());

        JsonNode signer = j.get("signer");
        assertEquals(1, signer.get("authority").size());
        assertEquals("KT. CHỦ TỊCH", signer.get("authority").get(0).asText());
        assertEquals("PHÓ CHỦ TỊCH", signer.get("position").asText());
        assertEquals("Võ Văn Thông", signer.get("name").asText());

        assertEquals(List.of("Như trên", "CT, PCT. UBND tp", "Mặt trận và các đoàn thể tp",
                "Lãnh đạo, chuyên viên VP", "Lưu: VT, QTM, VX (L)"), texts(j.get("distribution")));
    }

    @Test
    void humanSummaryNamesTheEssentials() {
        CliRun run = CliRun.of("parse", SEED.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6174/UBND-VX"));
        assertTrue(run.out().contains("ngày 21 tháng 8 năm 2019"));
        assertTrue(run.out().contains("[hạn 30/08/2019]"));
    }

    @Test
    void badInputsGiveAClearErrorAndExitCode2(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("trong.txt"), "");
        Path junk = Files.write(dir.resolve("rac.txt"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 7, 8});
        Path noNumber = Files.writeString(dir.resolve("khong-so.txt"),
                Files.readString(SEED).replace("Số: 6174 /UBND-VX", ""), StandardCharsets.UTF_8);
        Path badDate = Files.writeString(dir.resolve("ngay-sai.txt"),
                Files.readString(SEED).replace("ngày 21 tháng 8 năm 2019", "ngày 31 tháng 02 năm 2019"), StandardCharsets.UTF_8);
        Path notDispatch = Files.writeString(dir.resolve("thu-moi.txt"), "Chào anh,\nHẹn gặp lại vào thứ Hai.\n");
        Path missing = dir.resolve("khong-co.txt");

        for (Path bad : List.of(empty, junk, noNumber, badDate, notDispatch, missing)) {
            CliRun run = CliRun.of("parse", bad.toString(), "--json");
            assertEquals(2, run.exitCode(), bad + " → " + run.out() + run.err());
            assertTrue(run.err().contains(bad.getFileName().toString()), "names the file: " + run.err());
            assertTrue(run.err().startsWith("Lỗi:"), "Vietnamese, one line: " + run.err());
            assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals("", run.out(), "nothing printed as if it had worked");
        }
        CliRun date = CliRun.of("parse", badDate.toString());
        assertTrue(date.err().contains("31/02/2019") || date.err().contains("31 tháng 02"), date.err());
    }

    private static List<String> texts(JsonNode array) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
