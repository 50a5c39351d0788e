package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congvan.model.CopyRecipient;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.TrackedDispatch;

/**
 * A dispatch's copies for information ("Thường trực Thành ủy (b/c)", "CT, PCT UBND tp" in a one-line Kính gửi,
 * "Sở Y tế (b/c)" in Nơi nhận) are kept in the ledger and listed by status and status --json, never as units
 * and never as unmatched; a name the directory reads several ways is shown as "chưa rõ".
 */
class CopyRecipientsCommandTest {
    static final Path FIXTURE = Path.of("src/test/resources/dispatches/cong-van-kinh-gui-mot-dong-han-gio.txt");

    @Test
    void statusListsTheCopiesForInformationStoredWithTheDispatch(@TempDir Path dir) throws Exception {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", FIXTURE.toString(), "--db", db);
        assertEquals(0, imported.exitCode(), imported.err());
        assertFalse(imported.out().contains("không xác định được đơn vị nhận"), imported.out());

        CliRun table = CliRun.of("status", "815/UBND-VX", "--db", db, "--today", "11/03/2021");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("Gửi để biết: Thường trực Thành ủy (b/c); CT, PCT UBND tp; Sở Y tế (b/c)"), table.out());
        assertTrue(table.out().contains("Nội dung 1 (hạn 16 giờ 30 ngày 12/03/2021)"), table.out());

        CliRun json = CliRun.of("status", "815/UBND-VX", "--db", db, "--today", "11/03/2021", "--json");
        JsonNode j = DispatchJson.MAPPER.readTree(json.out());
        List<String> informed = new ArrayList<>();
        j.get("informationRecipients").forEach(n -> informed.add(n.asText()));
        assertEquals(List.of("Thường trực Thành ủy (b/c)", "CT, PCT UBND tp", "Sở Y tế (b/c)"), informed);
        assertEquals(0, j.get("ambiguousRecipients").size());
        List<String> codes = new ArrayList<>();
        j.get("units").forEach(u -> codes.add(u.get("code").asText()));
        assertFalse(codes.contains("TT-THANHUY") || codes.contains("LD-UBND"), codes.toString());
        assertEquals("2021-03-11T23:59", j.get("judgedAt").asText(), "a day named is judged at its end");
    }

    @Test
    void anUnclearNameIsShownForTheClerk() {
        TrackedDispatch d = new TrackedDispatch(1, "3302/UBND-VX", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", LocalDate.of(2020, 4, 6),
                null, "tổ chức Ngày hội đọc sách", "3302.md", java.time.Instant.parse("2020-04-07T01:00:00Z"));
        String out = StatusView.table(d, new DispatchStatus(1, LocalDate.of(2020, 4, 8), List.of()), Map.of(),
                List.of(new CopyRecipient("TT Văn hóa", CopyRecipient.Kind.AMBIGUOUS)), vn.congvan.model.ReceivedSignatures.NONE);
        assertTrue(out.contains("Chưa rõ (văn thư cần xác định đơn vị): TT Văn hóa"), out);
        assertFalse(out.contains("Gửi để biết"), out);
    }
}
