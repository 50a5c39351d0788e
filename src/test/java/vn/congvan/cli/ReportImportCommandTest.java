package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a ward's BÁO CÁO on the seed says what it recorded, item by item, and makes no task set;
 * {@code status} then shows the ward's statuses; a report it is not sure of is named with its review entry.
 */
class ReportImportCommandTest {
    static final Path REPORTS = Path.of("src/test/resources/reports");

    @TempDir
    Path dir;

    @Test
    void importOfAWardsReportSaysWhatWasRecordedAndMakesNoTaskSet() {
        String db = dir.resolve("ledger.db").toString();
        assertEquals(0, CliRun.of("import", "samples/000_7ae9f029b9ddbc9d.txt", "--db", db).exitCode());

        CliRun report = CliRun.of("import", REPORTS.resolve("phu-trinh-bao-cao.docx").toString(), "--db", db);

        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("Tệp phu-trinh-bao-cao.docx là báo cáo của đơn vị: không lập danh sách việc mới."), report.out());
        assertTrue(report.out().contains("Đã ghi báo cáo của Ủy ban nhân dân phường Phú Trinh cho công văn 6174/UBND-VX: "
                + "mục 1 đã hoàn thành ngày 23/08/2019, mục 2 đang thực hiện, dự kiến hoàn thành trước ngày 10/09/2019, "
                + "mục 3 chưa thực hiện."), report.out());
        CliRun list = CliRun.of("list", "--db", db);
        assertEquals(1, list.out().lines().filter(l -> l.contains("/UBND-VX") || l.contains("/BC-")).count(), list.out());
        CliRun status = CliRun.of("status", "6174", "--today", "29/08/2019", "--db", db);
        String ward = status.out().lines().filter(l -> l.startsWith("Ủy ban nhân dân phường Phú Trinh")).findFirst().orElseThrow();
        assertTrue(ward.matches(".*✓ 28/08/2019\\s+đã hoàn thành\\s+đang thực hiện\\s+chưa thực hiện\\s*"), ward);

        CliRun again = CliRun.of("import", REPORTS.resolve("phu-trinh-bao-cao.docx").toString(), "--db", db);
        assertTrue(again.out().contains("đã được ghi trước đó") && again.out().contains("không thêm gì"), again.out());

        CliRun doubtful = CliRun.of("import", REPORTS.resolve("lac-dao-theo-chu-de.txt").toString(), "--db", db);
        assertTrue(doubtful.out().contains("Báo cáo lac-dao-theo-chu-de.txt chờ cán bộ xem: Thư cần xem số 1."), doubtful.out());
        assertTrue(doubtful.out().contains("Lý do: Báo cáo không nêu rõ số thứ tự của nội dung 1, 2"), doubtful.out());
    }
}
