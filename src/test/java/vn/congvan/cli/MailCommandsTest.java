package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.DistributeRequest;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.MailRoute;
import vn.congvan.app.Workspace;

/** distribute, collect and mail on the command line: the tables, the Vietnamese lines and the exit codes. */
class MailCommandsTest {
    static final String SEED = TrackingCommandsTest.SEED;
    static final String REPLIES = Path.of("samples", "replies").toString();

    @TempDir
    Path dir;

    private String importedLedger() {
        String db = dir.resolve("ledger.db").toString();
        CliRun imported = CliRun.of("import", SEED, "--db", db, "--due", "15/9/2019");
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }

    private static long emlFiles(Path outbox) throws IOException {
        try (var files = Files.list(outbox)) {
            return files.filter(p -> p.toString().endsWith(".eml")).count();
        }
    }

    @Test
    void distributeFillsTheOutboxOnceAndResendsOnlyWhatIsAsked() throws IOException {
        String db = importedLedger();
        Path outbox = dir.resolve("outbox");

        CliRun first = CliRun.of("distribute", "6174/UBND-VX", "--db", db);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("Gửi văn bản 6174/UBND-VX tới 32 đơn vị được giao:"), first.out());
        assertTrue(first.out().contains("Đơn vị") && first.out().contains("Địa chỉ thư") && first.out().contains("Message-ID hoặc lý do"));
        String ducThang = first.out().lines().filter(l -> l.startsWith("Ủy ban nhân dân phường Đức Thắng")).findFirst().orElseThrow();
        assertTrue(ducThang.matches("Ủy ban nhân dân phường Đức Thắng +ducthang@phanthiet\\.example +đã vào hộp chờ gửi +"
                + "<cv\\.[0-9a-f]{32}@phanthiet\\.example>"), ducThang);
        assertTrue(first.out().contains("Gửi lần này: 32 đơn vị; đã gửi từ trước (không gửi lại): 0; không gửi được: 0."), first.out());
        assertTrue(first.out().contains("Thư nằm trong thư mục chờ gửi " + outbox.toAbsolutePath()), "the default outbox is beside the ledger: " + first.out());
        assertEquals(32, emlFiles(outbox));

        CliRun again = CliRun.of("distribute", "6174", "--db", db);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("Gửi lần này: 0 đơn vị; đã gửi từ trước (không gửi lại): 32; không gửi được: 0."), again.out());
        assertTrue(again.out().contains("Không có đơn vị nào cần gửi"), again.out());
        assertEquals(32, emlFiles(outbox));

        Path elsewhere = dir.resolve("gui-lai");
        CliRun resend = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--outbox", elsewhere.toString(),
                "--resend", "phường Đức Thắng", "--resend", "X-TIENLOI");
        assertEquals(0, resend.exitCode(), resend.err());
        assertTrue(resend.out().contains("Gửi lần này: 2 đơn vị; đã gửi từ trước (không gửi lại): 30"), resend.out());
        assertEquals(2, emlFiles(elsewhere));

        CliRun notAssigned = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--resend", "Hội Nông dân thành phố");
        assertEquals(2, notAssigned.exitCode());
        assertTrue(notAssigned.err().startsWith("Lỗi: Đơn vị \"Hội Nông dân thành phố\" không được giao thực hiện văn bản 6174/UBND-VX."),
                notAssigned.err());

        CliRun twoRoutes = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--outbox", elsewhere.toString(), "--smtp", "127.0.0.1:9");
        assertEquals(2, twoRoutes.exitCode());
        assertEquals("Lỗi: Chỉ chọn một cách gửi: --outbox (thư mục chờ gửi) hoặc --smtp (máy chủ thư).", twoRoutes.err().strip());
        assertEquals(2, emlFiles(elsewhere), "nothing sent");
    }

    @Test
    void securityNoneToAServerOnTheNetworkIsRefusedBeforeAnyConnection() throws IOException {
        String db = importedLedger();
        // A server of this machine reached through its network address: it would take the connection.
        String address = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).map(InetAddress::getHostAddress)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(address != null, "this machine has no network address");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("0.0.0.0"))) {
            CliRun run = CliRun.of("distribute", "6174/UBND-VX", "--db", db,
                    "--smtp", address + ":" + server.getLocalPort(), "--security", "none");

            assertEquals(2, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("Lỗi: Không dùng --security none với máy chủ " + address
                    + ": mật khẩu và thư sẽ đi qua mạng không mã hóa."), run.err());
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "no connection was made");
        }
        CliRun history = CliRun.of("history", "6174/UBND-VX", "--db", db);
        assertFalse(history.out().contains("SEND") || history.out().contains("gửi"), "no unit was tried: " + history.out());
    }

    @Test
    void aUnitThatCannotBeSentIsShownWithItsReasonAndTheExitCodeSaysSo() throws IOException {
        // A directory where one ward's address is mistyped: it passes the directory's check but no mail server takes it.
        Path units = dir.resolve("danh-ba");
        Files.createDirectories(units);
        for (String f : List.of("groups.csv", "office.properties")) {
            Files.copy(Path.of("samples", "directory", f), units.resolve(f));
        }
        Files.writeString(units.resolve("units.csv"), Files.readString(Path.of("samples", "directory", "units.csv"))
                .replace("lacdao@phanthiet.example", "lac..dao@phanthiet.example"), StandardCharsets.UTF_8);
        String db = dir.resolve("ledger.db").toString();
        assertEquals(0, CliRun.of("import", SEED, "--db", db, "--units", units.toString()).exitCode());

        CliRun run = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--units", units.toString());

        assertEquals(1, run.exitCode(), run.err());
        String lacDao = run.out().lines().filter(l -> l.startsWith("Ủy ban nhân dân phường Lạc Đạo")).findFirst().orElseThrow();
        assertTrue(lacDao.contains("KHÔNG GỬI ĐƯỢC") && lacDao.contains("Địa chỉ thư điện tử của Ủy ban nhân dân phường Lạc Đạo không hợp lệ"), lacDao);
        assertTrue(run.out().contains("Gửi lần này: 31 đơn vị; đã gửi từ trước (không gửi lại): 0; không gửi được: 1."), run.out());
        assertTrue(run.out().contains("Có 1 đơn vị chưa gửi được"), run.out());
        assertEquals(31, emlFiles(dir.resolve("outbox")));

        // Once the address is right, only Lạc Đạo is sent.
        Files.writeString(units.resolve("units.csv"), Files.readString(Path.of("samples", "directory", "units.csv")), StandardCharsets.UTF_8);
        CliRun fixed = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--units", units.toString());
        assertEquals(0, fixed.exitCode(), fixed.out());
        assertTrue(fixed.out().contains("Gửi lần này: 1 đơn vị; đã gửi từ trước (không gửi lại): 31; không gửi được: 0."), fixed.out());
    }

    @Test
    void collectRecordsTheSampleRepliesListsTheRestAndSaysHowManyWereNew() throws IOException {
        String db = importedLedger();
        // Sent when the samples say, so the read receipt names a Message-ID the ledger knows.
        Clock sentAt = Clock.fixed(ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        Workspace ws = Workspace.resolve(db, Path.of("samples", "directory"));
        try (CongvanService app = DemoRun.open(ws, sentAt)) {
            var sent = app.distribute(new DistributeRequest(DispatchRef.of("6174/UBND-VX"), MailRoute.outbox(dir.resolve("outbox")),
                    null, List.of()));
            assertEquals(32, sent.units().size());
        }

        CliRun collect = CliRun.of("collect", "--db", db, "--eml", REPLIES);

        assertEquals(0, collect.exitCode(), collect.err());
        String out = collect.out();
        assertTrue(out.contains("01-read-receipt-ducthang.eml — Ủy ban nhân dân phường Đức Thắng đã mở đọc thư văn bản 6174/UBND-VX (22/08/2019 09:15). [mới: 1 sự kiện]"), out);
        assertTrue(out.contains("03-report-phutai.eml — Ủy ban nhân dân phường Phú Tài trả lời về văn bản 6174/UBND-VX (27/08/2019 16:05): "
                + "nội dung 1 đã hoàn thành; nội dung 2 đang thực hiện; nội dung 3 chưa thực hiện. [mới: 4 sự kiện]"), out);
        assertTrue(out.contains("Thư cần cán bộ xem (không ghi vào sổ):"), out);
        assertTrue(out.contains("04-phishing.eml — thư của quantri@hethong-thucongvu.example") && out.contains("NGHI LÀ THƯ LỪA ĐẢO"), out);
        assertTrue(out.contains("05-newsletter.eml — thư của bantin@tintuc-congnghe.example"), out);
        assertTrue(out.contains("Tổng cộng 5 thư: 3 thư được ghi mới vào sổ (9 sự kiện mới), 0 thư đã ghi từ lần trước, 2 thư cần cán bộ xem, 0 thư bỏ qua."), out);

        CliRun twice = CliRun.of("collect", "--db", db, "--eml", REPLIES);
        assertEquals(0, twice.exitCode(), twice.err());
        assertTrue(twice.out().contains("Tổng cộng 5 thư: 0 thư được ghi mới vào sổ (0 sự kiện mới), 3 thư đã ghi từ lần trước"), twice.out());
        assertTrue(twice.out().contains("[đã ghi từ lần trước]"), twice.out());

        CliRun status = CliRun.of("status", "6174/UBND-VX", "--db", db, "--json", "--today", "29/08/2019");
        assertTrue(status.out().contains("\"acknowledged\" : 3"), status.out());
    }

    @Test
    void collectWithAMissingSourceReadsTheOthersAndEndsWithOne() {
        String db = importedLedger();
        Path missing = dir.resolve("khong-co.mbox");
        CliRun run = CliRun.of("collect", "--db", db, "--mbox", missing.toString(), "--eml", REPLIES);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Không đọc được " + missing + ": Không tìm thấy " + missing), run.out());
        assertTrue(run.out().contains("Đã đọc " + REPLIES + ": 5 thư"), run.out());
        assertTrue(run.out().contains("Chưa đọc hết các nguồn thư"), run.out());

        CliRun none = CliRun.of("collect", "--db", db);
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("Lỗi: Chưa chọn nguồn thư"), none.err());
    }

    @Test
    void withoutAPasswordNothingIsSentAndNothingRecorded() {
        Assumptions.assumeTrue(System.getenv("CONGVAN_MAIL_PASSWORD") == null && System.console() == null,
                "no password in the environment and no terminal to ask on");
        String db = importedLedger();
        CliRun run = CliRun.of("distribute", "6174/UBND-VX", "--db", db, "--smtp", "127.0.0.1:9", "--user", "vanphong@phanthiet.example");
        assertEquals(2, run.exitCode(), "the user must give a password: " + run.out());
        assertEquals("Lỗi: Chưa có mật khẩu thư của vanphong@phanthiet.example trên 127.0.0.1: đặt biến môi trường "
                + "CONGVAN_MAIL_PASSWORD hoặc chạy lệnh ở cửa sổ dòng lệnh để nhập mật khẩu.", run.err().strip());
        assertEquals("", run.out(), "no table: nothing was tried");

        // The ledger holds the import and nothing else: no unit was sent or failed.
        CliRun history = CliRun.of("history", "6174/UBND-VX", "--db", db);
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("Tổng cộng 1 sự kiện."), history.out());
        assertTrue(history.out().contains("Nhập vào sổ"), history.out());
        assertFalse(history.out().contains("Đã gửi văn bản") || history.out().contains("Gửi không được"), history.out());
    }

    @Test
    void mailCommandsNeedAServerAndNeverTakeAPassword() {
        CliRun quota = CliRun.of("mail", "quota");
        assertEquals(2, quota.exitCode());
        assertEquals("Lỗi: Chưa chọn máy chủ thư: dùng --imap MÁY-CHỦ[:CỔNG].", quota.err().strip());

        CliRun noUser = CliRun.of("mail", "archive", "--imap", "mail.phanthiet.example", "--folder", "Sent", "--before", "31/12/2017",
                "--to", dir.resolve("a.mbox").toString());
        assertEquals(2, noUser.exitCode());
        assertTrue(noUser.err().contains("--user"), noUser.err());

        CliRun password = CliRun.of("mail", "quota", "--imap", "mail.phanthiet.example", "--user", "vanphong@phanthiet.example",
                "--password", "bi-mat");
        assertEquals(2, password.exitCode(), "there is no --password option");
        assertFalse(password.out().contains("bi-mat"));

        CliRun badSecurity = CliRun.of("mail", "quota", "--imap", "mail.phanthiet.example", "--user", "a@phanthiet.example",
                "--security", "ssl3");
        assertEquals(2, badSecurity.exitCode());
        assertTrue(badSecurity.err().contains("Kiểu bảo mật \"ssl3\" không hợp lệ"), badSecurity.err());
    }
}
