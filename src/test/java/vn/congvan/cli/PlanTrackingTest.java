package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The task set of a plan, a decision and the recurring and timed dispatches (issue 12), as the ledger holds
 * it after {@code import} and {@code status --json} shows it: each unit's role per row, deadlines, periods.
 */
class PlanTrackingTest {
    static final Path DIR = Path.of("src/test/resources/dispatches");

    @Test
    void aPlanAssignsEachRowToItsLeadAndSupportingUnitsOnly(@TempDir Path dir) throws Exception {
        JsonNode j = importAndStatus(dir, "ke-hoach-bang-nhiem-vu.md", "58/KH-UBND", "01/06/2020");
        Map<String, String> roles = roles(j);
        assertEquals("LEAD 2020-05-31 OVERDUE", roles.get("PHONG-VHTT 1"));
        assertEquals("SUPPORT 2020-05-31 OVERDUE", roles.get("PHONG-TCKH 1"));
        for (String commune : List.of("X-PHONGNAM", "X-TIENLOI", "X-TIENTHANH", "X-THIENNGHIEP")) {
            assertEquals("SUPPORT 2020-05-31 OVERDUE", roles.get(commune + " 1"), "UBND các xã is a group: every commune");
        }
        assertEquals("LEAD 2020-09-30 NOT_STARTED", roles.get("PHONG-TUPHAP 2"));
        assertEquals("SUPPORT 2020-09-30 NOT_STARTED", roles.get("PHONG-NOIVU 2"));
        assertEquals("LEAD - NOT_STARTED", roles.get("VP-HDND-UBND 3"), "named on its own, the office leads its row");
        assertEquals("SUPPORT - NOT_STARTED", roles.get("PHONG-YTE 3"));
        assertEquals("LEAD 2020-12-15 NOT_STARTED", roles.get("PHONG-NOIVU 4"));
        assertEquals("SUPPORT 2020-12-15 NOT_STARTED", roles.get("PHONG-VHTT 4"));
        assertEquals(null, roles.get("PHONG-TUPHAP 1"), "a unit gets only the rows that name it");
        assertEquals(null, roles.get("X-PHONGNAM 2"));
        assertEquals(22, roles.size());

        CliRun table = CliRun.of("status", "58/KH-UBND", "--db", dir.resolve("ledger.db").toString(), "--today", "01/06/2020");
        assertEquals(0, table.exitCode(), table.err());
        String phongVhtt = table.out().lines().filter(l -> l.startsWith("Phòng Văn hóa và Thông tin")).findFirst().orElseThrow();
        assertTrue(phongVhtt.contains("QUÁ HẠN (CT)") && phongVhtt.contains("chưa thực hiện (PH)"), phongVhtt);
        assertTrue(table.out().contains("(CT): đơn vị chủ trì; (PH): đơn vị phối hợp."), table.out());
        String header = table.out().lines().filter(l -> l.startsWith("Đơn vị")).findFirst().orElseThrow();
        assertTrue(header.indexOf("Nội dung 1") < header.indexOf("Nội dung 2") && header.indexOf("Nội dung 2") < header.indexOf("Nội dung 3")
                && header.indexOf("Nội dung 3") < header.indexOf("Nội dung 4"), header);
    }

    @Test
    void theReminderGoesToLeadUnitsAndNamesTheSupportingOnes(@TempDir Path dir) throws Exception {
        String db = dir.resolve("ledger.db").toString();
        assertEquals(0, CliRun.of("import", DIR.resolve("ke-hoach-bang-nhiem-vu.md").toString(), "--db", db).exitCode());
        // Every unit acknowledged; only row 1 (due 31/5/2020) is late on 01/06/2020.
        for (String unit : List.of("PHONG-VHTT", "PHONG-TCKH", "X-PHONGNAM", "X-TIENLOI", "X-TIENTHANH", "X-THIENNGHIEP", "PHONG-TUPHAP",
                "PHONG-NOIVU", "VP-HDND-UBND", "PHONG-TNMT", "PHONG-LDTBXH", "PHONG-GDDT", "PHONG-YTE", "PHONG-KINHTE", "PHONG-QLDT",
                "THANHTRA")) {
            assertEquals(0, CliRun.of("ack", "58/KH-UBND", unit, "--db", db).exitCode(), unit);
        }
        Path out = dir.resolve("out");
        CliRun report = CliRun.of("report", "58/KH-UBND", "--db", db, "--out", out.toString(), "--format", "docx,xlsx",
                "--today", "01/06/2020");
        assertEquals(0, report.exitCode(), report.err());
        Path reminder;
        Path register;
        try (var files = java.nio.file.Files.list(out)) {
            List<Path> all = files.toList();
            reminder = all.stream().filter(p -> p.getFileName().toString().startsWith("don-doc-")).findFirst().orElseThrow(() -> new AssertionError(all));
            register = all.stream().filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(reminder));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            // Status words are kept whole with no-break spaces; read them as a clerk does.
            text = extractor.getText().replace('\u00A0', ' ');
        }
        String kinhGui = text.lines().filter(l -> l.startsWith("Kính gửi")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(kinhGui.contains("Phòng Văn hóa và Thông tin"), kinhGui);
        assertTrue(!kinhGui.contains("Phòng Tài chính - Kế hoạch") && !kinhGui.contains("xã"), "supporting units are not addressed: " + kinhGui);
        assertTrue(text.contains("ND 1: Quá hạn (hạn 31/05/2020; đơn vị phối hợp: Ủy ban nhân dân xã Phong Nẫm, Ủy ban nhân dân xã Tiến Lợi, "
                + "Ủy ban nhân dân xã Tiến Thành, Ủy ban nhân dân xã Thiện Nghiệp, Phòng Tài chính - Kế hoạch)"), text);

        try (var in = java.nio.file.Files.newInputStream(register);
             var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            List<String> cells = new ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> cells.add(c.toString())));
            assertTrue(cells.contains("Quá hạn (chủ trì)") || cells.stream().anyMatch(c -> c.equalsIgnoreCase("quá hạn (chủ trì)")), cells.toString());
            assertTrue(cells.stream().anyMatch(c -> c.equalsIgnoreCase("quá hạn (phối hợp)")), cells.toString());
        }
    }

    @Test
    void theMailTellsEachUnitItsRoleAndTheOtherUnitsOfTheRow(@TempDir Path dir) throws Exception {
        String db = dir.resolve("ledger.db").toString();
        assertEquals(0, CliRun.of("import", DIR.resolve("ke-hoach-bang-nhiem-vu.md").toString(), "--db", db).exitCode());
        Path outbox = dir.resolve("outbox");
        CliRun sent = CliRun.of("distribute", "58/KH-UBND", "--db", db, "--outbox", outbox.toString());
        assertEquals(0, sent.exitCode(), sent.err());
        String tcKh = mailText(outbox, "PHONG-TCKH_");
        assertTrue(tcKh.contains("Đơn vị phối hợp; đơn vị chủ trì: Phòng Văn hóa và Thông tin."), tcKh);
        assertTrue(!tcKh.contains("Số hóa hồ sơ"), "a unit's mail holds only its rows");
        String vhtt = mailText(outbox, "PHONG-VHTT_");
        assertTrue(vhtt.contains("Đơn vị chủ trì; đơn vị phối hợp: Phòng Tài chính - Kế hoạch, UBND các xã."), vhtt);
    }

    private static String mailText(Path outbox, String prefix) throws Exception {
        Path eml;
        try (var files = java.nio.file.Files.list(outbox)) {
            eml = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        try (var in = java.nio.file.Files.newInputStream(eml)) {
            var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
            return text(message);
        }
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multi) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < multi.getCount(); i++) {
                out.append(text(multi.getBodyPart(i)));
            }
            return out.toString();
        }
        return "";
    }

    @Test
    void aPlanInWordAssignsTheSameWay(@TempDir Path dir) throws Exception {
        JsonNode j = importAndStatus(dir, "ke-hoach-phong-chong-thien-tai.docx", "112/KH-UBND", "01/05/2021");
        Map<String, String> roles = roles(j);
        assertEquals("LEAD 2021-04-30 OVERDUE", roles.get("PHONG-NOIVU 1"));
        assertEquals("SUPPORT 2021-04-30 OVERDUE", roles.get("PHONG-KINHTE 1"));
        assertEquals("LEAD 2021-06-30 NOT_STARTED", roles.get("P-DUCLONG 2"));
        assertEquals("SUPPORT 2021-06-30 NOT_STARTED", roles.get("PHONG-QLDT 2"));
        assertEquals("LEAD 2021-08-31 NOT_STARTED", roles.get("P-MUINE 3"));
        assertEquals("SUPPORT 2021-08-31 NOT_STARTED", roles.get("DAI-TRUYENTHANH 3"));
        assertEquals("LEAD - NOT_STARTED", roles.get("DAI-TRUYENTHANH 4"));
        assertEquals("SUPPORT - NOT_STARTED", roles.get("P-HAMTIEN 4"));
        assertEquals(null, roles.get("X-TIENLOI 4"), "UBND các phường: wards, not communes");
    }

    @Test
    void aDecisionGoesToTheUnitsOfItsNoiNhanWithEveryArticle(@TempDir Path dir) throws Exception {
        CliRun imported = CliRun.of("import", DIR.resolve("quyet-dinh-dieu-diem.md").toString(), "--db", dir.resolve("ledger.db").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("Đã nhập văn bản 1450/QĐ-UBND (2020): 2 đơn vị × 3 nội dung = 6 việc cần theo dõi."),
                imported.out());
        assertTrue(!imported.out().contains("Như Điều 3"), "Như Điều 3 is not an unknown unit: " + imported.out());
        JsonNode j = status(dir, "1450/QĐ-UBND", "01/08/2020");
        Map<String, String> roles = roles(j);
        assertEquals("null 2020-10-31 NOT_STARTED", roles.get("PHONG-QLDT 1"), "Điều 1 is due with its last point");
        assertEquals("null 2020-07-31 OVERDUE", roles.get("PHONG-TCKH 2"));
        assertEquals(6, roles.size());
    }

    @Test
    void aDeadlineWithATimeOfDayIsKeptAndShownAsOfficesWriteIt(@TempDir Path dir) throws Exception {
        JsonNode j = importAndStatus(dir, "cong-van-han-gio.txt", "702/UBND-VX", "11/03/2021");
        JsonNode yte = unit(j, "PHONG-YTE");
        assertEquals("2021-03-12", yte.get("requirements").get(0).get("deadline").asText());
        assertEquals("16:30", yte.get("requirements").get(0).get("deadlineTime").asText());
        assertEquals("10:00", yte.get("requirements").get(1).get("deadlineTime").asText());
        assertTrue(yte.get("requirements").get(0).get("role").isNull());
        CliRun table = CliRun.of("status", "702", "--db", dir.resolve("ledger.db").toString(), "--today", "11/03/2021");
        assertTrue(table.out().contains("Nội dung 1 (hạn 16 giờ 30 ngày 12/03/2021)"), table.out());
        assertTrue(table.out().contains("Nội dung 2 (hạn 10 giờ 00 ngày 15/03/2021)"), table.out());
    }

    @Test
    void aMonthlyReportIsOneAssignmentPerUnitAndMonthForTwelveMonths(@TempDir Path dir) throws Exception {
        JsonNode j = importAndStatus(dir, "cong-van-bao-cao-hang-thang.md", "1033/UBND-KT", "21/06/2021");
        JsonNode commune = unit(j, "X-TIENLOI");
        List<String> lines = new ArrayList<>();
        commune.get("requirements").forEach(r -> lines.add(r.get("id").asText() + " " + r.get("deadline").asText() + " " + r.get("status").asText()));
        assertEquals(List.of("1.2021-05 2021-05-20 OVERDUE", "1.2021-06 2021-06-20 OVERDUE", "1.2021-07 2021-07-20 NOT_STARTED",
                "1.2021-08 2021-08-20 NOT_STARTED", "1.2021-09 2021-09-20 NOT_STARTED", "1.2021-10 2021-10-20 NOT_STARTED",
                "1.2021-11 2021-11-20 NOT_STARTED", "1.2021-12 2021-12-20 NOT_STARTED", "1.2022-01 2022-01-20 NOT_STARTED",
                "1.2022-02 2022-02-20 NOT_STARTED", "1.2022-03 2022-03-20 NOT_STARTED", "1.2022-04 2022-04-20 NOT_STARTED",
                "2 2021-05-15 OVERDUE", "1.2022-05 2022-05-20 NOT_STARTED"), lines,
                "the first month due after the dispatch's day (26/4) is May; twelve months from the import, then on 21/6 a year"
                        + " ahead of June adds May 2022 after the rows the import made");
        assertEquals(4, j.get("units").size());

        String db = dir.resolve("ledger.db").toString();
        CliRun mark = CliRun.of("mark", "1033", "xã Tiến Lợi", "1.2021-05", "done", "--db", db);
        assertEquals(0, mark.exitCode(), mark.err());
        JsonNode after = status(dir, "1033/UBND-KT", "21/06/2021");
        JsonNode may = unit(after, "X-TIENLOI").get("requirements").get(0);
        assertEquals("DONE", may.get("status").asText(), "each period has its own status");
        assertEquals("OVERDUE", unit(after, "X-TIENLOI").get("requirements").get(1).get("status").asText());
    }

    @Test
    void aQuarterlyReportStartsWithTheStatedQuarter(@TempDir Path dir) throws Exception {
        JsonNode j = importAndStatus(dir, "cong-van-bao-cao-hang-quy.txt", "845/UBND-NV", "20/06/2021");
        JsonNode tuPhap = unit(j, "PHONG-TUPHAP");
        List<String> lines = new ArrayList<>();
        tuPhap.get("requirements").forEach(r -> lines.add(r.get("id").asText() + " " + r.get("deadline").asText() + " " + r.get("status").asText()));
        assertEquals(List.of("1.2021-Q2 2021-06-15 OVERDUE", "1.2021-Q3 2021-09-15 NOT_STARTED", "1.2021-Q4 2021-12-15 NOT_STARTED",
                "1.2022-Q1 2022-03-15 NOT_STARTED", "2 2021-03-31 OVERDUE", "1.2022-Q2 2022-06-15 NOT_STARTED"), lines,
                "a year ahead of 20/6/2021 reaches the second quarter of 2022");
    }

    private static JsonNode importAndStatus(Path dir, String fixture, String id, String today) throws Exception {
        CliRun imported = CliRun.of("import", DIR.resolve(fixture).toString(), "--db", dir.resolve("ledger.db").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return status(dir, id, today);
    }

    private static JsonNode status(Path dir, String id, String today) throws Exception {
        CliRun status = CliRun.of("status", id, "--db", dir.resolve("ledger.db").toString(), "--json", "--today", today);
        assertEquals(0, status.exitCode(), status.err());
        return DispatchJson.MAPPER.readTree(status.out());
    }

    /** "UNIT REQ" → "ROLE DEADLINE STATUS" for every assignment. */
    private static Map<String, String> roles(JsonNode j) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode u : j.get("units")) {
            for (JsonNode r : u.get("requirements")) {
                out.put(u.get("code").asText() + " " + r.get("id").asText(), (r.get("role").isNull() ? "null" : r.get("role").asText())
                        + " " + (r.get("deadline").isNull() ? "-" : r.get("deadline").asText()) + " " + r.get("status").asText());
            }
        }
        return out;
    }

    private static JsonNode unit(JsonNode j, String code) {
        for (JsonNode u : j.get("units")) {
            if (u.get("code").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
