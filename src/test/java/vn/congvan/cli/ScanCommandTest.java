package vn.congvan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.app.CongvanService;
import vn.congvan.app.Workspace;
import vn.congvan.ingest.ScannedSeed;
import vn.congvan.model.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scan of the seed (an image-only PDF made at test time: 200 dpi, turned a degree, grainy) through the
 * real Tesseract: {@code parse} says it was read by OCR; {@code import} puts it in the review queue
 * instead of making a task set; {@code review accept} makes the task set from the stored reading.
 */
class ScanCommandTest {
    @TempDir
    Path dir;

    @Test
    void aScanIsParsedByOcrQueuedOnImportAndTrackedOnceTheClerkAccepts() throws Exception {
        Path pdf = ScannedSeed.pdf(dir);
        String db = dir.resolve("ledger.db").toString();

        CliRun parse = CliRun.of("parse", pdf.toString());
        assertEquals(0, parse.exitCode(), parse.err());
        assertTrue(parse.out().startsWith("Đọc bằng nhận dạng chữ (OCR) từ bản quét"), parse.out());
        assertFields(parse.out());

        CliRun imported = CliRun.of("import", pdf.toString(), "--db", db);
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Thư cần xem số 1") && imported.out().contains("chưa lập danh sách việc"), imported.out());
        assertTrue(CliRun.of("list", "--db", db).out().contains("chưa có văn bản nào"), "no task set before the clerk confirms");
        assertNotEquals(0, CliRun.of("status", "6174", "--db", db).exitCode());

        CliRun list = CliRun.of("review", "list", "--db", db);
        assertTrue(list.out().contains("[1] Văn bản quét, đọc bằng OCR") && list.out().contains("cong-van-scan.pdf")
                && list.out().contains("Số: 6174/UBND-VX; ngày 21/08/2019; ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT; 2 nơi nhận; 3 nội dung"),
                list.out());
        CliRun show = CliRun.of("review", "show", "1", "--db", db);
        assertFields(show.out());
        assertTrue(show.out().contains("congvan review accept 1"), show.out());

        CliRun accept = CliRun.of("review", "accept", "1", "--db", db);
        assertEquals(0, accept.exitCode(), accept.err());
        assertTrue(accept.out().contains("đã nhập văn bản 6174/UBND-VX (2019)"), accept.out());

        CliRun status = CliRun.of("status", "6174", "--db", db);
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("Tổng cộng 32 đơn vị") && status.out().contains("Nội dung 1")
                && status.out().contains("Nội dung 3 (hạn 30/08/2019)"), status.out());
        assertTrue(CliRun.of("review", "list", "--db", db).out().contains("Không có thư cần xem nào đang chờ"));
        assertTrue(CliRun.of("review", "accept", "1", "--db", db).err().contains("đã được xử lý"), "decided once");
    }

    private static void assertFields(String out) {
        for (String field : new String[] {"Số, ký hiệu: 6174/UBND-VX", "Cơ quan ban hành: ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                "Địa danh, ngày: Phan Thiết, ngày 21 tháng 8 năm 2019",
                "Trích yếu: đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                "Kính gửi: Các cơ quan, đơn vị thuộc UBND thành phố; UBND các phường, xã",
                "1. Phổ biến rộng rãi đến cán bộ, công chức, viên chức", "2. Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ",
                "3. Ngày 30/8/2019, Sở Thông tin và Truyền thông", "Võ Văn Thông"}) {
            assertTrue(out.contains(field), field + " in:\n" + out);
        }
    }

    /** The configured Tesseract is a path that does not exist: the message names the file and how to install it. */
    @Test
    void withoutTesseractImportSaysHowToInstallItAndCreatesNoLedger() throws Exception {
        Path png = ScannedSeed.png(dir);
        Path db = dir.resolve("moi").resolve("ledger.db");
        Path missing = dir.resolve("khong-co").resolve("tesseract");
        try (CongvanService app = Workspace.resolve(db.toString(), Path.of("samples", "directory"))
                .open(Clock.systemUTC(), new ConsoleInteraction(), Map.of("CONGVAN_TESSERACT", missing.toString()))) {
            InputException e = assertThrows(InputException.class,
                    () -> app.importOrQueue(new CongvanService.ImportRequest(png, null)));
            String m = e.getMessage();
            assertTrue(m.contains("cong-van-chup.png") && m.contains("Tesseract"), m);
            assertTrue(m.contains("apt-get install tesseract-ocr tesseract-ocr-vie") && m.contains("UB-Mannheim"), m);
        }
        assertFalse(Files.exists(db), "a file that could not be read creates no ledger");
    }
}
