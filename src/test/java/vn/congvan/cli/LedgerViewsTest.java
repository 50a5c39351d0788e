package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** list, overdue and history on the command line, and dispatches told apart by --year. */
class LedgerViewsTest {
    static final String SEED = TrackingCommandsTest.SEED;

    @TempDir
    Path dir;

    private String seedLedger() {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }

    private static void ok(CliRun run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static String lineStartingWith(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in:\n" + out));
    }

    @Test
    void listShowsEachDispatchWithItsCountsDeadlineAndState() {
        String db = dir.resolve("ledger.db").toString();
        CliRun missing = CliRun.of("list", "--db", db);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Lỗi: Chưa có sổ theo dõi tại "), missing.err());

        seedLedger();
        ok(CliRun.of("ack", "6174", "P-DUCTHANG", "--db", db));
        ok(CliRun.of("mark", "6174", "P-DUCTHANG", "3", "done", "--db", db));
        ok(CliRun.of("mark", "6174", "P-PHUTHUY", "1", "done", "--db", db));

        CliRun before = CliRun.of("list", "--db", db, "--today", "28/08/2019");
        ok(before);
        assertTrue(before.out().startsWith("Văn bản trong sổ theo dõi, tình hình tính đến ngày 28/08/2019:"), before.out());
        String header = lineStartingWith(before.out(), "Số, ký hiệu");
        assertTrue(header.matches("Số, ký hiệu +Ngày +Trích yếu +Đơn vị +Đã nhận +Xong +Hạn gần nhất +Tình trạng"), header);
        // 32 units, Đức Thắng acknowledged (Phú Thủy's report counts as receipt too), 2 of 99 done, item 3 due 30/08.
        String row = lineStartingWith(before.out(), "6174/UBND-VX");
        assertTrue(row.matches("6174/UBND-VX +21/08/2019 +đảm bảo an toàn thông tin khi sử dụng t… +32 +2 +2/96 +30/08/2019 +Đang thực hiện"),
                row);
        assertTrue(before.out().strip().endsWith("Tổng cộng 1 văn bản: 0 quá hạn, 1 đang thực hiện, 0 đã hoàn thành."), before.out());

        CliRun after = CliRun.of("list", "--db", db, "--today", "01/09/2019");
        ok(after);
        assertTrue(lineStartingWith(after.out(), "6174/UBND-VX").endsWith(" 30/08/2019    Quá hạn"), after.out());
        assertTrue(after.out().strip().endsWith("Tổng cộng 1 văn bản: 1 quá hạn, 0 đang thực hiện, 0 đã hoàn thành."), after.out());

        CliRun onlyOverdue = CliRun.of("list", "--db", db, "--today", "01/09/2019", "--state", "overdue");
        ok(onlyOverdue);
        assertTrue(onlyOverdue.out().startsWith("Văn bản có tình trạng \"Quá hạn\", tính đến ngày 01/09/2019:"), onlyOverdue.out());
        assertTrue(onlyOverdue.out().contains("6174/UBND-VX"), onlyOverdue.out());

        CliRun onlyOpen = CliRun.of("list", "--db", db, "--today", "01/09/2019", "--state", "OPEN");
        ok(onlyOpen);
        assertEquals("Không có văn bản nào có tình trạng \"Đang thực hiện\" tính đến ngày 01/09/2019.", onlyOpen.out().strip());

        CliRun badState = CliRun.of("list", "--db", db, "--state", "gần xong");
        assertEquals(2, badState.exitCode());
        assertTrue(badState.err().startsWith("Lỗi: ") && badState.err().contains("gần xong"), badState.err());
        assertTrue(badState.err().contains("--state"), badState.err());
    }

    @Test
    void aDispatchNoUnitOfTheDirectoryReceivesIsListedAsUnassigned() throws IOException {
        // Addressed to a province's departments: none of them is in the city's directory, so no unit is assigned.
        String db = dir.resolve("ledger.db").toString();
        String forms = ReceivedFormsTest.FORMS.resolve("cong-van-qua-thu.eml").toString();
        CliRun imported = CliRun.of("import", forms, "--db", db, "--units", ReceivedFormsTest.UNITS);
        ok(imported);
        assertTrue(imported.out().contains("512/STTTT-BCVT (2022): 0 đơn vị × 2 nội dung"), imported.out());

        // Alone in the ledger, it is listed: the ledger is not called empty.
        CliRun alone = CliRun.of("list", "--db", db, "--today", "01/04/2022");
        ok(alone);
        String row = lineStartingWith(alone.out(), "512/STTTT-BCVT");
        assertTrue(row.matches("512/STTTT-BCVT +15/03/2022 +.+ +0 +0 +0/0 +— +Chưa giao đơn vị"), row);
        assertTrue(alone.out().strip().endsWith("Tổng cộng 1 văn bản: 0 quá hạn, 0 đang thực hiện, 0 đã hoàn thành.\n"
                + "Có 1 văn bản chưa giao cho đơn vị nào (đơn vị nhận không có trong danh bạ hoặc chưa xác định được); "
                + "xem từng văn bản bằng lệnh status."), alone.out());

        // Its status says why no unit is listed, long after the import said it.
        CliRun status = CliRun.of("status", "512", "--db", db);
        ok(status);
        assertTrue(status.out().contains("Không có trong danh bạ, chưa giao việc: "
                + "Văn phòng UBND tỉnh; các Sở, ban, ngành tỉnh; UBND các huyện, thị xã; "
                + "Trung tâm Văn hóa, Thông tin và Thể thao các huyện"), status.out());

        // Nobody to send it to: distribute says so, and writes no mail.
        CliRun distribute = CliRun.of("distribute", "512", "--db", db, "--units", ReceivedFormsTest.UNITS);
        ok(distribute);
        assertEquals("Văn bản 512/STTTT-BCVT chưa giao cho đơn vị nào: không có đơn vị để gửi. Xem nơi nhận bằng lệnh status.",
                distribute.out().strip());

        // Nor is there anything to report: no BÁO CÁO saying that "every unit acknowledged receipt" of it.
        Path out = dir.resolve("bao-cao");
        CliRun report = CliRun.of("report", "512", "--db", db, "--units", ReceivedFormsTest.UNITS, "--out", out.toString(),
                "--format", "pdf,docx,xlsx");
        assertEquals(2, report.exitCode(), report.out() + report.err());
        assertEquals("Lỗi: Văn bản 512/STTTT-BCVT chưa giao cho đơn vị nào: chưa có kết quả của đơn vị nào để báo cáo, "
                + "không lập báo cáo.", report.err().strip());
        assertFalse(Files.exists(out), "no file written, not even the folder");

        // Imported again once the directory knows one of them: the ledger keeps what it assigned then, and says so.
        Path units = dir.resolve("danh-ba");
        Files.createDirectories(units);
        for (String f : List.of("office.properties", "groups.csv", "units.csv")) {
            Files.copy(Path.of("samples", "directory", f), units.resolve(f));
        }
        Files.writeString(units.resolve("units.csv"), "VP-UBND-TINH,Văn phòng UBND tỉnh,office,,vanphong@tinh.example,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CliRun again = CliRun.of("import", forms, "--db", db, "--units", units.toString());
        ok(again);
        assertTrue(again.out().contains("Văn bản 512/STTTT-BCVT (2022) đã có trong sổ theo dõi với cùng nội dung; "
                + "không thêm gì (0 đơn vị, 0 việc)."), again.out());
        assertTrue(again.out().contains("Với danh bạ hiện nay văn bản này sẽ giao cho 1 đơn vị (2 việc); sổ theo dõi giữ việc "
                + "giao như lúc nhập lần đầu, không tự thay đổi."), again.out());
        assertTrue(lineStartingWith(CliRun.of("list", "--db", db).out(), "512/STTTT-BCVT").endsWith("Chưa giao đơn vị"));

        ok(CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019"));
        CliRun both = CliRun.of("list", "--db", db, "--today", "28/08/2019");
        ok(both);
        assertTrue(lineStartingWith(both.out(), "6174/UBND-VX").endsWith("Đang thực hiện"), both.out());
        assertTrue(lineStartingWith(both.out(), "512/STTTT-BCVT").endsWith("Chưa giao đơn vị"), both.out());
        assertTrue(both.out().contains("Tổng cộng 2 văn bản: 0 quá hạn, 1 đang thực hiện, 0 đã hoàn thành."), both.out());

        CliRun unassigned = CliRun.of("list", "--db", db, "--today", "28/08/2019", "--state", "unassigned");
        ok(unassigned);
        assertTrue(unassigned.out().startsWith("Văn bản có tình trạng \"Chưa giao đơn vị\", tính đến ngày 28/08/2019:"),
                unassigned.out());
        assertTrue(unassigned.out().contains("512/STTTT-BCVT") && !unassigned.out().contains("6174/UBND-VX"), unassigned.out());
        CliRun open = CliRun.of("list", "--db", db, "--today", "28/08/2019", "--state", "open");
        ok(open);
        assertTrue(open.out().contains("6174/UBND-VX") && !open.out().contains("512/STTTT-BCVT"), open.out());
    }

    @Test
    void aDispatchEveryUnitHasDoneIsListedAsDone() throws IOException {
        // A directory of two wards, so that every unit can finish every item by hand.
        Path units = dir.resolve("danh-ba");
        Files.createDirectories(units);
        Files.copy(Path.of("samples", "directory", "office.properties"), units.resolve("office.properties"));
        List<String> groups = Files.readAllLines(Path.of("samples", "directory", "groups.csv"), StandardCharsets.UTF_8);
        Files.write(units.resolve("groups.csv"), List.of(groups.get(0), lineFor(groups, "PHUONG-XA,"), lineFor(groups, "PHUONG,")),
                StandardCharsets.UTF_8);
        List<String> rows = Files.readAllLines(Path.of("samples", "directory", "units.csv"), StandardCharsets.UTF_8);
        Files.write(units.resolve("units.csv"), List.of(rows.get(0), lineFor(rows, "P-DUCTHANG,"), lineFor(rows, "P-PHUTHUY,")),
                StandardCharsets.UTF_8);
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--units", units.toString(), "--due", "15/9/2019");
        ok(imported);
        assertTrue(imported.out().contains("2 đơn vị × 3 nội dung = 6 việc"), imported.out());
        for (String unit : List.of("P-DUCTHANG", "P-PHUTHUY")) {
            for (String req : List.of("1", "2", "3")) {
                ok(CliRun.of("mark", "6174", unit, req, "xong", "--db", db, "--units", units.toString()));
            }
        }

        CliRun list = CliRun.of("list", "--db", db, "--units", units.toString(), "--today", "01/10/2019", "--state", "done");
        ok(list);
        String row = lineStartingWith(list.out(), "6174/UBND-VX");
        assertTrue(row.matches("6174/UBND-VX +21/08/2019 +.+ +2 +2 +6/6 +— +Đã hoàn thành"), row);
        assertTrue(list.out().strip().endsWith("Tổng cộng 1 văn bản: 0 quá hạn, 0 đang thực hiện, 1 đã hoàn thành."), list.out());

        CliRun overdue = CliRun.of("overdue", "--db", db, "--units", units.toString(), "--today", "01/10/2019");
        ok(overdue);
        assertEquals("Không có việc nào quá hạn tính đến ngày 01/10/2019.", overdue.out().strip());
    }

    private static String lineFor(List<String> rows, String start) {
        return rows.stream().filter(r -> r.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void overdueListsEveryLateAssignmentByUnitOrByDispatch() {
        String db = seedLedger();
        CliRun early = CliRun.of("overdue", "--db", db, "--today", "29/08/2019");
        ok(early);
        assertEquals("Không có việc nào quá hạn tính đến ngày 29/08/2019.", early.out().strip());

        ok(CliRun.of("mark", "6174", "P-DUCTHANG", "3", "done", "--db", db));
        CliRun byUnit = CliRun.of("overdue", "--db", db, "--today", "05/09/2019");
        ok(byUnit);
        String out = byUnit.out();
        assertTrue(out.startsWith("Việc quá hạn tính đến ngày 05/09/2019, theo đơn vị:"), out);
        // Item 3 was due 30/08/2019: 6 days late on 05/09 for every unit but Đức Thắng, which has done it.
        assertTrue(out.contains("\nỦy ban nhân dân phường Phú Thủy (P-PHUTHUY): 1 việc quá hạn\n"), out);
        String phuThuy = lineStartingWith(out, "  Ủy ban nhân dân phường Phú Thủy");
        assertTrue(phuThuy.matches(" +Ủy ban nhân dân phường Phú Thủy +6174/UBND-VX \\(2019\\) +nội dung 3 +hạn 30/08/2019 +trễ 6 ngày"), phuThuy);
        assertFalse(out.contains("Đức Thắng"), out);
        assertTrue(out.strip().endsWith("Tổng cộng 31 việc quá hạn của 31 đơn vị, thuộc 1 văn bản."), out);
        // Grouped by unit: the groups follow the units' names.
        List<String> headings = out.lines().filter(l -> l.endsWith("việc quá hạn") && !l.startsWith(" ")).toList();
        assertEquals(31, headings.size(), out);
        assertEquals(headings.stream().sorted().toList(), headings);

        CliRun byDispatch = CliRun.of("overdue", "--db", db, "--today", "05/09/2019", "--by", "dispatch");
        ok(byDispatch);
        assertTrue(byDispatch.out().startsWith("Việc quá hạn tính đến ngày 05/09/2019, theo văn bản:"), byDispatch.out());
        assertTrue(byDispatch.out().contains("\nVăn bản 6174/UBND-VX (2019) — đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ: "
                + "31 việc quá hạn\n"), byDispatch.out());
        assertEquals(31, byDispatch.out().lines().filter(l -> l.matches(" +.+ +6174/UBND-VX \\(2019\\) +nội dung 3 +hạn 30/08/2019 +trễ 6 ngày"))
                .count(), byDispatch.out());
        assertTrue(byDispatch.out().strip().endsWith("Tổng cộng 31 việc quá hạn của 31 đơn vị, thuộc 1 văn bản."), byDispatch.out());

        CliRun badOrder = CliRun.of("overdue", "--db", db, "--by", "ngày");
        assertEquals(2, badOrder.exitCode());
        assertTrue(badOrder.err().startsWith("Lỗi: ") && badOrder.err().contains("--by"), badOrder.err());
    }

    @Test
    void historyTellsWhoSaidWhatWhenAndFromWhere() {
        String db = seedLedger();
        ok(CliRun.of("ack", "6174", "UBND phường Đức Thắng", "--db", db, "--note", "Đã nhận qua điện thoại"));
        ok(CliRun.of("mark", "6174", "P-DUCTHANG", "2", "progress", "--db", db, "--note", "đang rà soát hộp thư"));
        ok(CliRun.of("mark", "6174", "P-PHUTHUY", "1", "done", "--db", db));

        CliRun all = CliRun.of("history", "6174/UBND-VX", "--db", db);
        ok(all);
        String out = all.out();
        assertTrue(out.startsWith("Lịch sử văn bản 6174/UBND-VX (2019): đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ"), out);
        String imported = out.lines().skip(2).findFirst().orElseThrow();
        assertTrue(imported.matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d  Nhập vào sổ +nguồn: nhập văn bản \\([0-9a-f]{64}\\); "
                + "bằng chứng: 000_7ae9f029b9ddbc9d\\.txt"), imported);
        String ack = out.lines().filter(l -> l.contains("Xác nhận đã nhận")).findFirst().orElseThrow();
        assertTrue(ack.matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d  Xác nhận đã nhận +Ủy ban nhân dân phường Đức Thắng; "
                + "nguồn: cán bộ nhập \\(clerk:[0-9a-f-]{36}\\); ghi chú: Đã nhận qua điện thoại"), ack);
        String progress = out.lines().filter(l -> l.contains("Báo đang thực hiện")).findFirst().orElseThrow();
        assertTrue(progress.contains("Ủy ban nhân dân phường Đức Thắng; nội dung 2; nguồn: cán bộ nhập")
                && progress.endsWith("ghi chú: đang rà soát hộp thư"), progress);
        assertTrue(out.lines().anyMatch(l -> l.contains("Báo đã hoàn thành") && l.contains("Ủy ban nhân dân phường Phú Thủy; nội dung 1;")),
                out);
        assertTrue(out.strip().endsWith("Tổng cộng 4 sự kiện."), out);

        CliRun one = CliRun.of("history", "6174", "phường Đức Thắng", "--db", db);
        ok(one);
        assertTrue(one.out().startsWith("Lịch sử văn bản 6174/UBND-VX (2019) của Ủy ban nhân dân phường Đức Thắng (P-DUCTHANG):"), one.out());
        assertFalse(one.out().contains("Phú Thủy"), one.out());
        assertTrue(one.out().contains("Xác nhận đã nhận") && one.out().contains("Báo đang thực hiện"), one.out());
        assertTrue(one.out().strip().endsWith("Tổng cộng 2 sự kiện."), one.out());

        CliRun quiet = CliRun.of("history", "6174", "P-PHUTAI", "--db", db);
        ok(quiet);
        assertTrue(quiet.out().strip().endsWith("Chưa có sự kiện nào."), quiet.out());

        CliRun unknownUnit = CliRun.of("history", "6174", "Phường Không Tồn Tại", "--db", db);
        assertEquals(2, unknownUnit.exitCode());
        assertTrue(unknownUnit.err().contains("Phường Không Tồn Tại"), unknownUnit.err());
    }

    @Test
    void theSameNumberInAnotherYearIsAnotherDispatchAndYearTellsThemApart() throws Exception {
        String db = seedLedger();
        Path copy = dir.resolve("6174-nam-2021.txt");
        String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        assertTrue(seed.contains("ngày 21 tháng 8 năm 2019"));
        Files.writeString(copy, seed.replace("ngày 21 tháng 8 năm 2019", "ngày 21 tháng 8 năm 2021"), StandardCharsets.UTF_8);

        CliRun second = CliRun.of("import", copy.toString(), "--db", db, "--due", "15/9/2021");
        ok(second);
        assertTrue(second.out().startsWith("Đã nhập văn bản 6174/UBND-VX (2021): 32 đơn vị × 3 nội dung = 96 việc cần theo dõi."),
                second.out());

        CliRun ambiguous = CliRun.of("status", "6174", "--db", db);
        assertEquals(2, ambiguous.exitCode(), ambiguous.out());
        String err = ambiguous.err();
        assertTrue(err.startsWith("Lỗi: Có 2 văn bản ứng với \"6174\": "), err);
        assertTrue(err.contains("6174/UBND-VX ngày 21/08/2019 của ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT")
                && err.contains("6174/UBND-VX ngày 21/08/2021 của ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT"), err);
        assertTrue(err.contains("--year"), "says how to choose: " + err);
        assertEquals("", ambiguous.out());

        CliRun of2021 = CliRun.of("status", "6174", "--year", "2021", "--db", db, "--json", "--today", "01/09/2021");
        ok(of2021);
        JsonNode j = DispatchJson.MAPPER.readTree(of2021.out());
        assertEquals("6174/UBND-VX", j.get("id").asText());
        assertEquals(2021, j.get("year").asInt());

        // A clerk's entry goes to the dispatch of the year named, and only to it.
        ok(CliRun.of("ack", "6174/UBND-VX", "P-DUCTHANG", "--year", "2021", "--db", db));
        CliRun status2021 = CliRun.of("status", "6174/UBND-VX", "--year", "2021", "--db", db, "--json", "--today", "01/09/2021");
        assertEquals(1, DispatchJson.MAPPER.readTree(status2021.out()).get("counts").get("acknowledged").asInt());
        CliRun status2019 = CliRun.of("status", "6174/UBND-VX", "--year", "2019", "--issuer", "ủy ban nhân dân thành phố phan thiết",
                "--db", db, "--json", "--today", "01/09/2019");
        ok(status2019);
        JsonNode j2019 = DispatchJson.MAPPER.readTree(status2019.out());
        assertEquals(2019, j2019.get("year").asInt());
        assertEquals(0, j2019.get("counts").get("acknowledged").asInt());

        CliRun noSuchYear = CliRun.of("status", "6174", "--year", "2020", "--db", db);
        assertEquals(2, noSuchYear.exitCode());
        assertTrue(noSuchYear.err().contains("6174 năm 2020"), noSuchYear.err());

        // Both are listed, and a report's files carry the year.
        CliRun list = CliRun.of("list", "--db", db, "--today", "01/09/2021");
        ok(list);
        assertEquals(2, list.out().lines().filter(l -> l.startsWith("6174/UBND-VX")).count(), list.out());
        assertTrue(list.out().contains("21/08/2019") && list.out().contains("21/08/2021"), list.out());

        Path out = dir.resolve("van-ban");
        CliRun report = CliRun.of("report", "6174", "--year", "2021", "--db", db, "--out", out.toString(), "--today", "01/09/2021");
        ok(report);
        assertTrue(Files.isRegularFile(out.resolve("bao-cao-6174-UBND-VX-2021.pdf")), report.out());
        assertTrue(Files.isRegularFile(out.resolve("so-theo-doi-6174-UBND-VX-2021.xlsx")), report.out());
        assertFalse(Files.exists(out.resolve("bao-cao-6174-UBND-VX-2019.pdf")), report.out());
    }
}
