package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.DistributeRequest;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.MailRoute;
import vn.congvan.app.Workspace;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.tracking.Ledger;

/** {@code review} on the command line, from {@code collect} to the clerk's decisions, and delivery in {@code status}. */
class ReviewCommandTest {
    @TempDir
    Path dir;

    /** The seed imported and sent to the outbox on 22/08/2019 08:00, as the sample replies expect. */
    private String distributedLedger() {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", TrackingCommandsTest.SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        Clock sentAt = Clock.fixed(ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        try (CongvanService app = DemoRun.open(Workspace.resolve(db, Path.of("samples", "directory")), sentAt)) {
            app.distribute(new DistributeRequest(DispatchRef.of("6174/UBND-VX"), MailRoute.outbox(dir.resolve("outbox")), null, List.of()));
        }
        return db;
    }

    /** A ward clerk writing from a private address without naming the dispatch: congvan cannot place it. */
    private Path unplacedReport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("thu-den"));
        Files.writeString(folder.resolve("muine.eml"), """
                From: =?UTF-8?Q?V=C4=83n_th=C6=B0_M=C5=A9i_N=C3=A9?= <vanthu.muine@gmail.example>
                To: vanphong@phanthiet.example
                Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o?=
                Date: Wed, 28 Aug 2019 15:00:00 +0700
                Message-ID: <lost.muine.1@gmail.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Phường Mũi Né báo cáo: nội dung 1 xong, nội dung 2 đang làm.
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void collectQueuesWhatItCannotPlaceAndTheClerkDecidesEachOnce() throws Exception {
        String db = distributedLedger();
        Path folder = unplacedReport();

        CliRun collect = CliRun.of("collect", "--db", db, "--eml", MailCommandsTest.REPLIES, "--eml", folder.toString());

        assertEquals(0, collect.exitCode(), collect.err());
        assertTrue(collect.out().contains("Thư cần xem: 3 thư (3 thư mới) chờ cán bộ xác nhận; xem bằng lệnh congvan review list."),
                collect.out());
        assertTrue(collect.out().contains("[thư cần xem số 1]"), collect.out());

        CliRun list = CliRun.of("review", "list", "--db", db);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("Thư cần xem: 3 thư chờ cán bộ xử lý."), list.out());
        assertTrue(list.out().contains("NGHI LỪA ĐẢO — 26/08/2019"), list.out());
        String muiNe = line(list.out(), "vanthu.muine@gmail.example");
        assertTrue(muiNe.contains("Không xác định được") && muiNe.contains("chưa xác định được văn bản, đơn vị"), muiNe);
        String number = muiNe.substring(muiNe.indexOf('[') + 1, muiNe.indexOf(']'));

        CliRun show = CliRun.of("review", "show", number, "--db", db);
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("  │ Phường Mũi Né báo cáo: nội dung 1 xong, nội dung 2 đang làm."), show.out());

        CliRun accept = CliRun.of("review", "accept", number, "--db", db);
        assertEquals(2, accept.exitCode(), "an unplaced mail needs the clerk to place it");
        assertTrue(accept.err().contains("chưa xác định được văn bản và đơn vị"), accept.err());

        CliRun bad = CliRun.of("review", "edit", number, "1=xong", "2", "--db", db, "--van-ban", "6174", "--don-vi", "phường Mũi Né");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("Không hiểu \"2\""), bad.err());

        CliRun edit = CliRun.of("review", "edit", number, "1=xong", "2=dang thuc hien", "--db", db, "--van-ban", "6174",
                "--don-vi", "phường Mũi Né");
        assertEquals(0, edit.exitCode(), edit.err());
        assertEquals("Đã ghi tình trạng do cán bộ chọn cho thư cần xem số " + number + ": 3 sự kiện (văn bản 6174/UBND-VX, "
                + "Ủy ban nhân dân phường Mũi Né): nội dung 1 đã hoàn thành; nội dung 2 đang thực hiện.", edit.out().strip());

        CliRun twice = CliRun.of("review", "reject", number, "--db", db);
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("đã được xử lý trước đó"), twice.err());

        String phishing = line(list.out(), "quantri@hethong-thucongvu.example");
        String phishingNumber = phishing.substring(phishing.indexOf('[') + 1, phishing.indexOf(']'));
        CliRun reject = CliRun.of("review", "reject", phishingNumber, "--ly-do", "Thư lừa đảo, đã báo bộ phận CNTT", "--db", db);
        assertEquals(0, reject.exitCode(), reject.err());
        assertEquals("Đã bỏ qua thư cần xem số " + phishingNumber + "; không ghi tình trạng nào vào sổ.", reject.out().strip());

        CliRun after = CliRun.of("review", "list", "--db", db);
        assertTrue(after.out().startsWith("Thư cần xem: 1 thư chờ cán bộ xử lý."), after.out());
        assertFalse(after.out().contains("vanthu.muine@gmail.example"), after.out());
        CliRun all = CliRun.of("review", "list", "--all", "--db", db);
        assertTrue(all.out().contains("Đã bỏ qua ngày") && all.out().contains("Thư lừa đảo, đã báo bộ phận CNTT"), all.out());

        // Collecting the same mails again queues nothing twice and applies nothing the clerk rejected.
        CliRun again = CliRun.of("collect", "--db", db, "--eml", MailCommandsTest.REPLIES, "--eml", folder.toString());
        assertTrue(again.out().contains("Thư cần xem: 3 thư (0 thư mới)"), again.out());
        assertTrue(CliRun.of("review", "list", "--db", db).out().startsWith("Thư cần xem: 1 thư chờ cán bộ xử lý."));

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "29/08/2019");
        JsonNode muiNeStatus = unit(status.out(), "P-MUINE");
        assertEquals("DONE", muiNeStatus.get("requirements").get(0).get("status").asText());
        assertEquals("IN_PROGRESS", muiNeStatus.get("requirements").get(1).get("status").asText());
        CliRun history = CliRun.of("history", "6174/UBND-VX", "P-MUINE", "--db", db);
        assertTrue(history.out().contains("nguồn: thư cần xem, cán bộ xác nhận (review:" + number + ")"), history.out());
        assertTrue(history.out().contains("ghi chú: cán bộ sửa tình trạng từ thư cần xem"), history.out());
    }

    @Test
    void statusShowsPerUnitWhetherTheMailReachedIt() throws Exception {
        String db = distributedLedger();
        // What collect records from a delivery report (see ReviewQueueTest): a DELIVERY_FAILED for the unit.
        try (Ledger ledger = Ledger.open(db)) {
            long key = ledger.queries().dispatches().get(0).key();
            ledger.events().append(Event.of(key, EventType.DELIVERY_FAILED, Instant.parse("2019-08-22T01:05:00Z")).unit("P-PHUTHUY")
                    .source("mail", "mid:<dsn.1@phanthiet.example>#sha256:00").evidence("Message-ID <dsn.1@phanthiet.example>")
                    .note("552 5.2.2 Mailbox full").build());
        }

        CliRun json = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "29/08/2019");
        CliRun table = CliRun.of("status", "6174/UBND-VX", "--db", db, "--today", "29/08/2019");

        assertEquals(0, json.exitCode(), json.err());
        JsonNode phuThuy = unit(json.out(), "P-PHUTHUY").get("delivery");
        assertEquals("FAILED", phuThuy.get("state").asText());
        assertEquals("552 5.2.2 Mailbox full", phuThuy.get("reason").asText());
        assertEquals("2019-08-22T01:05:00Z", phuThuy.get("at").asText());
        JsonNode ducThang = unit(json.out(), "P-DUCTHANG").get("delivery");
        assertEquals("SENT", ducThang.get("state").asText());
        assertTrue(ducThang.get("reason").isNull());
        assertTrue(table.out().contains("Thư gửi văn bản không đến được (đề nghị liên hệ bằng điện thoại):"), table.out());
        assertTrue(table.out().contains("Ủy ban nhân dân phường Phú Thủy <phuthuy@phanthiet.example>: 552 5.2.2 Mailbox full (22/08/2019)"),
                table.out());
        assertTrue(line(table.out(), "phường Phú Thủy").contains("KHÔNG ĐẾN"), table.out());
    }

    private static JsonNode unit(String json, String code) throws Exception {
        for (JsonNode u : DispatchJson.MAPPER.readTree(json).get("units")) {
            if (u.get("code").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError(code + " not in " + json);
    }

    private static String line(String out, String containing) {
        return out.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError(containing + " not in " + out));
    }
}
