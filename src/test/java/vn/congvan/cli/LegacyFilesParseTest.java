package vn.congvan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code parse --json} of files typed in TCVN3 and VNI (made by {@code LegacyFixtureMaker} from the Unicode
 * texts in {@code legacy/nguon/}): every field comes out in Unicode, exactly as from the Unicode text.
 */
class LegacyFilesParseTest {
    static final Path DIR = Path.of("src/test/resources/dispatches/legacy");

    @Test
    void wordFileWithVnTimeRuns() throws Exception {
        tuyPhong(parse("tcvn3-vntime.docx"));
    }

    @Test
    void wordFileWhoseFontsAConversionReplaced() throws Exception {
        tuyPhong(parse("tcvn3-mat-phong-chu.docx"));
    }

    @Test
    void word97FileWithVnTimeRuns() throws Exception {
        tuyPhong(parse("tcvn3-word97.doc"));
    }

    @Test
    void textPastedFromATcvn3File() throws Exception {
        tuyPhong(parse("tcvn3-dan-tu-thu.txt"));
    }

    @Test
    void theUnicodeSourceReadsTheSame() throws Exception {
        tuyPhong(parse("nguon/tuy-phong.md"));
        soYTe(parse("nguon/so-y-te.md"));
    }

    @Test
    void wordFileWithVniTimesRuns() throws Exception {
        soYTe(parse("vni-times.docx"));
    }

    private static JsonNode parse(String name) throws Exception {
        CliRun run = CliRun.of("parse", DIR.resolve(name).toString(), "--json");
        assertEquals(0, run.exitCode(), name + ": " + run.err());
        return DispatchJson.MAPPER.readTree(run.out());
    }

    private static void tuyPhong(JsonNode j) {
        assertEquals("CONG_VAN", j.get("type").asText());
        assertEquals("1452", j.get("number").asText());
        assertEquals("UBND-NV", j.get("symbol").asText());
        assertEquals("1452/UBND-NV", j.get("numberSymbol").asText());
        assertEquals("2018-03-15", j.get("date").asText());
        assertEquals("Tuy Phong", j.get("place").asText());
        assertTrue(j.get("parentIssuer").isNull());
        assertEquals("ỦY BAN NHÂN DÂN HUYỆN TUY PHONG", j.get("issuer").asText());
        assertEquals("rà soát, cập nhật hồ sơ cán bộ, công chức cấp xã", j.get("subject").asText());
        assertEquals(List.of("UBND các xã, thị trấn", "Phòng Nội vụ huyện"), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(2, reqs.size());
        assertEquals("1", reqs.get(0).get("id").asText());
        assertEquals("Rà soát, cập nhật đầy đủ hồ sơ cán bộ, công chức cấp xã theo mẫu đính kèm; bổ sung những giấy tờ còn thiếu.",
                reqs.get(0).get("text").asText());
        assertEquals(List.of(), texts(reqs.get(0).get("deadlines")));
        assertEquals(0, reqs.get(0).get("items").size());
        assertEquals("2", reqs.get(1).get("id").asText());
        assertEquals("Gửi báo cáo kết quả rà soát về Phòng Nội vụ huyện trước ngày 30/3/2018 để tổng hợp.", reqs.get(1).get("text").asText());
        assertEquals(List.of("2018-03-30"), texts(reqs.get(1).get("deadlines")));
        assertEquals(0, reqs.get(1).get("items").size());
        assertEquals(1, j.get("references").size());
        assertEquals("389/SNV-CCVC", j.get("references").get(0).get("numberSymbol").asText());
        assertEquals("2018-03-02", j.get("references").get(0).get("date").asText());
        JsonNode signer = j.get("signer");
        assertEquals(1, signer.get("authority").size());
        assertEquals("KT. CHỦ TỊCH", signer.get("authority").get(0).asText());
        assertEquals("PHÓ CHỦ TỊCH", signer.get("position").asText());
        assertEquals("Trần Thị Hồng Nhung", signer.get("name").asText());
        assertEquals(List.of("Như trên", "Chủ tịch, các PCT UBND huyện", "Lưu: VT, NV"), texts(j.get("distribution")));
        assertTrue(j.get("contact").isNull());
    }

    private static void soYTe(JsonNode j) {
        assertEquals("CONG_VAN", j.get("type").asText());
        assertEquals("827", j.get("number").asText());
        assertEquals("SYT-NVY", j.get("symbol").asText());
        assertEquals("827/SYT-NVY", j.get("numberSymbol").asText());
        assertEquals("2017-05-09", j.get("date").asText());
        assertEquals("Bình Thuận", j.get("place").asText());
        assertEquals("UBND TỈNH BÌNH THUẬN", j.get("parentIssuer").asText());
        assertEquals("SỞ Y TẾ", j.get("issuer").asText());
        assertEquals("tăng cường phòng, chống dịch sốt xuất huyết", j.get("subject").asText());
        assertEquals(List.of("Trung tâm Y tế các huyện, thị xã, thành phố", "Bệnh viện đa khoa tỉnh"), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(3, reqs.size());
        assertEquals(List.of("1", "2", "3"), List.of(reqs.get(0).get("id").asText(), reqs.get(1).get("id").asText(), reqs.get(2).get("id").asText()));
        assertEquals("Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các khu dân cư có ổ dịch; hoàn thành trước ngày 31/5/2017.",
                reqs.get(0).get("text").asText());
        assertEquals("Bảo đảm đủ thuốc, dịch truyền và giường bệnh để thu dung, điều trị người bệnh.", reqs.get(1).get("text").asText());
        assertEquals("Báo cáo tình hình dịch về Sở Y tế (Phòng Nghiệp vụ Y) vào thứ Sáu hằng tuần.", reqs.get(2).get("text").asText());
        assertEquals(List.of("2017-05-31"), texts(reqs.get(0).get("deadlines")));
        assertEquals(List.of(), texts(reqs.get(1).get("deadlines")));
        assertEquals(List.of(), texts(reqs.get(2).get("deadlines")));
        for (JsonNode req : reqs) {
            assertEquals(0, req.get("items").size());
        }
        assertEquals(0, j.get("references").size());
        JsonNode signer = j.get("signer");
        assertEquals(0, signer.get("authority").size());
        assertEquals("GIÁM ĐỐC", signer.get("position").asText());
        assertEquals("Lê Quốc Dũng", signer.get("name").asText());
        assertEquals(List.of("Như trên", "Giám đốc Sở", "Lưu: VT, NVY"), texts(j.get("distribution")));
        assertTrue(j.get("contact").isNull());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
