package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code parse --json} of plans with task tables, a decision with articles and points, and dispatches with a
 * time of day, a monthly and a quarterly report (issue 12): every field, as a clerk reads the paper.
 */
class PlanParseCommandTest {
    static final Path DIR = Path.of("src/test/resources/dispatches");
    static final String PHAN_THIET = "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT";

    @Test
    void planInMarkdownGivesOneRequirementPerTaskRowWithLeadSupportAndDeadline() throws Exception {
        JsonNode j = parse("ke-hoach-bang-nhiem-vu.md");
        header(j, "KE_HOACH", "58", "KH-UBND", "2020-03-10", PHAN_THIET,
                "Triển khai chuyển đổi số trong cơ quan nhà nước trên địa bàn thành phố năm 2020");
        assertEquals(List.of(), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(4, reqs.size(), "the group rows I and II are headings; the aims 1. 2. are not tasks");
        task(reqs.get(0), "1", "Rà soát, nâng cấp mạng nội bộ tại bộ phận một cửa", List.of("2020-05-31"),
                List.of("Phòng Văn hóa và Thông tin"), List.of("Phòng Tài chính - Kế hoạch", "UBND các xã"));
        task(reqs.get(1), "2", "Số hóa hồ sơ, sổ hộ tịch lưu trữ", List.of("2020-09-30"),
                List.of("Phòng Tư pháp"), List.of("Phòng Nội vụ"));
        task(reqs.get(2), "3", "Gửi, nhận văn bản điện tử trên phần mềm quản lý văn bản", List.of(),
                List.of("Văn phòng HĐND và UBND thành phố"), List.of("Các cơ quan chuyên môn thuộc UBND thành phố"));
        task(reqs.get(3), "4", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", List.of("2020-12-15"),
                List.of("Phòng Nội vụ"), List.of("Phòng Văn hóa và Thông tin"));
        references(j, List.of("35/KH-UBND 2020-03-02"));
        signer(j, "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa");
        assertEquals(List.of("UBND tỉnh (b/c)", "CT, PCT. UBND tp", "Các cơ quan chuyên môn thuộc UBND thành phố", "UBND các xã",
                "Lưu: VT, VX"), texts(j.get("distribution")));
        assertTrue(j.get("contact").isNull());
    }

    @Test
    void planInWordReadsItsTaskTableWhateverTheColumnsAreCalled() throws Exception {
        JsonNode j = parse("ke-hoach-phong-chong-thien-tai.docx");
        header(j, "KE_HOACH", "112", "KH-UBND", "2021-04-05", PHAN_THIET, "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2021");
        assertEquals(List.of(), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(4, reqs.size());
        task(reqs.get(0), "1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn", List.of("2021-04-30"),
                List.of("Phòng Nội vụ"), List.of("Phòng Kinh tế"));
        task(reqs.get(1), "2", "Rà soát khu dân cư ven biển có nguy cơ sạt lở", List.of("2021-06-30"),
                List.of("UBND phường Đức Long"), List.of("Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị"));
        task(reqs.get(2), "3", "Diễn tập ứng phó bão cấp phường", List.of("2021-08-31"),
                List.of("UBND phường Mũi Né"), List.of("Phòng Kinh tế", "Đài Truyền thanh thành phố"));
        task(reqs.get(3), "4", "Tuyên truyền kỹ năng phòng tránh thiên tai trên hệ thống truyền thanh", List.of(),
                List.of("Đài Truyền thanh thành phố"), List.of("UBND các phường"));
        references(j, List.of("245/KH-UBND 2021-01-29"));
        signer(j, "TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hoàng Phúc");
        assertEquals(List.of("UBND tỉnh (b/c)", "Các cơ quan chuyên môn thuộc UBND thành phố", "UBND các phường, xã", "Lưu: VT, KT"),
                texts(j.get("distribution")));
        assertTrue(j.get("contact").isNull());
    }

    @Test
    void decisionArticlesAreRequirementsAndTheirPointsItemsWithTheirOwnDeadlines() throws Exception {
        JsonNode j = parse("quyet-dinh-dieu-diem.md");
        header(j, "QUYET_DINH", "1450", "QĐ-UBND", "2020-05-18", PHAN_THIET,
                "Về việc giao nhiệm vụ chỉnh trang đô thị tuyến đường Nguyễn Tất Thành");
        assertEquals(List.of(), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(List.of("1", "2", "3"), ids(reqs));
        assertEquals("Giao Phòng Quản lý đô thị chủ trì chỉnh trang tuyến đường Nguyễn Tất Thành, cụ thể:", reqs.get(0).get("text").asText());
        assertEquals(List.of(), texts(reqs.get(0).get("deadlines")));
        JsonNode points = reqs.get(0).get("items");
        assertEquals(List.of("a", "b"), ids(points));
        assertEquals("Lập phương án chỉnh trang vỉa hè, cây xanh, trình UBND thành phố trước ngày 30/6/2020;",
                points.get(0).get("text").asText());
        assertEquals(List.of("2020-06-30"), texts(points.get(0).get("deadlines")));
        assertEquals("Tổ chức thi công, hoàn thành chậm nhất ngày 31 tháng 10 năm 2020.", points.get(1).get("text").asText());
        assertEquals(List.of("2020-10-31"), texts(points.get(1).get("deadlines")));
        assertEquals("Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện, hoàn thành trong tháng 7/2020.",
                reqs.get(1).get("text").asText());
        assertEquals(List.of("2020-07-31"), texts(reqs.get(1).get("deadlines")));
        assertTrue(reqs.get(2).get("text").asText().startsWith("Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Quản lý đô thị"));
        assertEquals(List.of(), texts(reqs.get(2).get("deadlines")), "the day it takes effect (kể từ ngày) is a start");
        for (JsonNode r : reqs) {
            assertEquals(List.of(), texts(r.get("lead")));
            assertTrue(r.get("recurrence").isNull());
        }
        references(j, List.of("512/QĐ-UBND 2020-03-02"));
        signer(j, null, null, "CHỦ TỊCH", "Nguyễn Hoàng Phúc");
        assertEquals(List.of("Như Điều 3", "Phòng Quản lý đô thị", "Phòng Tài chính - Kế hoạch", "Lưu: VT, QLĐT"),
                texts(j.get("distribution")));
    }

    @Test
    void aDeadlineKeepsItsTimeOfDay() throws Exception {
        JsonNode j = parse("cong-van-han-gio.txt");
        header(j, "CONG_VAN", "702", "UBND-VX", "2021-03-10", PHAN_THIET, "báo cáo nhanh số liệu tiêm chủng");
        assertEquals(List.of("Phòng Y tế", "UBND các phường, xã"), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(List.of("1", "2"), ids(reqs));
        assertEquals(List.of("2021-03-12"), texts(reqs.get(0).get("deadlines")));
        assertEquals("16:30", reqs.get(0).get("deadlineTime").asText());
        assertEquals(List.of("2021-03-15"), texts(reqs.get(1).get("deadlines")));
        assertEquals("10:00", reqs.get(1).get("deadlineTime").asText(), "16h30 and 10h00 are written both ways");
        assertTrue(reqs.get(0).get("text").asText().startsWith("UBND các phường, xã báo cáo số liệu tiêm chủng"));
        assertTrue(reqs.get(0).get("recurrence").isNull());
        references(j, List.of());
        signer(j, "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa");
        assertEquals(List.of("Như trên", "Lưu: VT, VX"), texts(j.get("distribution")));
    }

    @Test
    void aMonthlyReportIsASeriesNotADate() throws Exception {
        JsonNode j = parse("cong-van-bao-cao-hang-thang.md");
        header(j, "CONG_VAN", "1033", "UBND-KT", "2021-04-26", PHAN_THIET, "báo cáo tình hình thu ngân sách hằng tháng");
        assertEquals(List.of("UBND các xã"), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(List.of("1", "2"), ids(reqs));
        assertEquals(List.of(), texts(reqs.get(0).get("deadlines")));
        JsonNode monthly = reqs.get(0).get("recurrence");
        assertEquals("MONTHLY", monthly.get("period").asText());
        assertEquals(20, monthly.get("day").asInt());
        assertTrue(monthly.get("start").isNull());
        assertEquals(List.of("2021-05-15"), texts(reqs.get(1).get("deadlines")));
        assertTrue(reqs.get(1).get("recurrence").isNull());
        references(j, List.of());
        signer(j, "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa");
        assertEquals(List.of("Như trên", "Phòng Tài chính - Kế hoạch", "Lưu: VT, KT"), texts(j.get("distribution")));
    }

    @Test
    void aQuarterlyReportStartsFromItsFirstPeriodWhichIsNoDeadline() throws Exception {
        JsonNode j = parse("cong-van-bao-cao-hang-quy.txt");
        header(j, "CONG_VAN", "845", "UBND-NV", "2021-03-22", PHAN_THIET, "báo cáo định kỳ công tác cải cách hành chính");
        assertEquals(List.of("Phòng Tư pháp", "Phòng Văn hóa và Thông tin"), texts(j.get("recipients")));
        JsonNode reqs = j.get("requirements");
        assertEquals(List.of("1", "2"), ids(reqs));
        assertEquals(List.of(), texts(reqs.get(0).get("deadlines")), "quý II/2021 is where the series starts");
        JsonNode quarterly = reqs.get(0).get("recurrence");
        assertEquals("QUARTERLY", quarterly.get("period").asText());
        assertEquals(15, quarterly.get("day").asInt());
        assertEquals("2021-04", quarterly.get("start").asText());
        assertEquals(List.of("2021-03-31"), texts(reqs.get(1).get("deadlines")));
        references(j, List.of());
        signer(j, "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa");
        assertEquals(List.of("Như trên", "Phòng Nội vụ", "Lưu: VT, NV"), texts(j.get("distribution")));
        assertTrue(j.get("contact").isNull());
    }

    private static JsonNode parse(String name) throws Exception {
        CliRun run = CliRun.of("parse", DIR.resolve(name).toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        return DispatchJson.MAPPER.readTree(run.out());
    }

    private static void header(JsonNode j, String type, String number, String symbol, String date, String issuer, String subject) {
        assertEquals(type, j.get("type").asText());
        assertEquals(number, j.get("number").asText());
        assertEquals(symbol, j.get("symbol").asText());
        assertEquals(number + "/" + symbol, j.get("numberSymbol").asText());
        assertEquals(date, j.get("date").asText());
        assertEquals("Phan Thiết", j.get("place").asText());
        assertTrue(j.get("parentIssuer").isNull());
        assertEquals(issuer, j.get("issuer").asText());
        assertEquals(subject, j.get("subject").asText());
    }

    private static void task(JsonNode r, String id, String text, List<String> deadlines, List<String> lead, List<String> support) {
        assertEquals(id, r.get("id").asText());
        assertEquals(text, r.get("text").asText());
        assertEquals(deadlines, texts(r.get("deadlines")));
        assertTrue(r.get("deadlineTime").isNull());
        assertEquals(lead, texts(r.get("lead")));
        assertEquals(support, texts(r.get("support")));
        assertTrue(r.get("recurrence").isNull());
        assertEquals(0, r.get("items").size());
    }

    private static void references(JsonNode j, List<String> expected) {
        List<String> found = new ArrayList<>();
        j.get("references").forEach(r -> found.add(r.get("numberSymbol").asText() + " " + r.get("date").asText()));
        assertEquals(expected, found);
    }

    private static void signer(JsonNode j, String authority, String title, String position, String name) {
        JsonNode s = j.get("signer");
        List<String> lines = new ArrayList<>();
        s.get("authority").forEach(l -> lines.add(l.asText()));
        assertEquals(authority == null ? List.of() : List.of(authority + " " + title), lines);
        assertEquals(position, s.get("position").asText());
        assertEquals(name, s.get("name").asText());
    }

    private static List<String> ids(JsonNode reqs) {
        List<String> ids = new ArrayList<>();
        reqs.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
