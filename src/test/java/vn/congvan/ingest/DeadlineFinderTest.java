package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvan.text.VietnameseDates;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which dates in a requirement are deadlines, and which are not. */
class DeadlineFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gửi báo cáo về Sở trước ngày 30/8/2019.|2019-08-30",
            "Gửi về Sở chậm nhất ngày 15 tháng 9 năm 2019.|2019-09-15",
            "Gửi về Sở chậm nhất là ngày 15 tháng 9 năm 2019.|2019-09-15",
            "Gửi về Sở chậm nhất là ngày 15/9/2019.|2019-09-15",
            "Báo cáo tình hình sử dụng phần mềm, hạn chót ngày 20/4/2020.|2020-04-20",
            "Hạn chót: 20/4/2020.|2020-04-20",
            "Các đơn vị hoàn thành trước ngày 15/02/2020.|2020-02-15",
            "Thời hạn: ngày 05 tháng 02 năm 2020.|2020-02-05",
            "Thời gian thực hiện: Tháng 5/2020.|2020-05-31",
            "Đề xuất nhu cầu nâng cấp trong tháng 5/2020.|2020-05-31",
            "Tổ chức tập huấn trong tháng 2 năm 2020.|2020-02-29",
            "Thực hiện từ ngày 01/3/2020 đến ngày 31/3/2020.|2020-03-31",
            "Báo cáo trước ngày 30-9-2019.|2019-09-30"})
    void deadlines(String text, LocalDate expected) {
        assertEquals(List.of(expected), DeadlineFinder.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Xóa thư có thời gian gửi từ ngày 31/12/2017 trở về trước.",
            "Hệ thống cũ ngừng hoạt động kể từ ngày 01/3/2020.",
            "Áp dụng từ ngày 01/3/2020.",
            "Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 của Sở Thông tin và Truyền thông.",
            "Căn cứ Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ.",
            "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa dữ liệu.",
            "Triển khai từ tháng 3/2020.",
            "Phổ biến rộng rãi đến cán bộ, công chức."})
    void notDeadlines(String text) {
        assertEquals(List.of(), DeadlineFinder.find(text));
    }

    @Test
    void anEventReferredBackToIsTheDeadline() {
        assertEquals(List.of(LocalDate.of(2019, 8, 30)), DeadlineFinder.find(
                "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ xóa dữ liệu thư đã gửi; đề nghị sao lưu trước thời điểm trên."));
    }

    @Test
    void theBackReferenceSkipsCitedStartAndCutOffDates() {
        assertEquals(List.of(LocalDate.of(2019, 8, 30)), DeadlineFinder.find(
                "Ngày 30/8/2019, theo Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019, Sở sẽ xóa thư gửi từ ngày 31/12/2017 "
                        + "trở về trước; đề nghị sao lưu trước thời điểm trên."));
    }

    @Test
    void theSeedsThirdRequirementHasOneDeadline() {
        assertEquals(List.of(LocalDate.of(2019, 8, 30)), DeadlineFinder.find(
                "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu toàn bộ Email đã gửi trong Hộp thư "
                        + "đã gửi ra khỏi hệ thống có thời gian gửi từ ngày 31/12/2017 trở về trước (nếu các cơ quan, đơn vị, cá "
                        + "nhân có thư điện tử đã gửi quan trọng cần lưu trữ lại trên máy tính cá nhân trước ngày 30/8/2019)."));
    }

    @Test
    void deadlinesComeInOrderOfAppearanceWithoutDuplicates() {
        assertEquals(List.of(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 9, 15), LocalDate.of(2019, 12, 31)),
                DeadlineFinder.find("Nộp hồ sơ trước ngày 30/9/2019; riêng danh sách gửi chậm nhất ngày 15 tháng 9 năm 2019; "
                        + "nhắc lại: hồ sơ nộp trước ngày 30/9/2019, tổng kết trong tháng 12/2019."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gửi báo cáo trước ngày 31/02/2019.", "Hoàn thành trong tháng 13/2019."})
    void anImpossibleDeadlineIsRefused(String text) {
        assertThrows(VietnameseDates.InvalidDate.class, () -> DeadlineFinder.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Báo cáo trước 16 giờ 30 ngày 12/3/2021.|2021-03-12|16:30",
            "Gửi số liệu trước 16h30 ngày 12/3/2021.|2021-03-12|16:30",
            "Có mặt chậm nhất 8 giờ, ngày 05/4/2021.|2021-04-05|08:00",
            "Gửi về trước 10 giờ 15 phút ngày 15 tháng 3 năm 2021.|2021-03-15|10:15",
            "Gửi về trước ngày 15/3/2021.|2021-03-15|",
    })
    void aDeadlineKeepsTheTimeOfDayWrittenWithIt(String text, LocalDate date, String time) {
        DeadlineFinder.Found found = DeadlineFinder.read(text);
        assertEquals(List.of(date), found.deadlines());
        assertEquals(time == null ? null : java.time.LocalTime.parse(time), found.dueTime());
    }

    @Test
    void aQuarterIsDueAtItsLastDayButAStartFromAPeriodIsNoDeadline() {
        assertEquals(List.of(LocalDate.of(2020, 9, 30)), DeadlineFinder.find("Hoàn thành trong Quý III/2020."));
        assertEquals(List.of(), DeadlineFinder.find("Báo cáo định kỳ, bắt đầu từ kỳ báo cáo quý II/2021."));
        assertEquals(List.of(), DeadlineFinder.find("Báo cáo định kỳ, bắt đầu từ kỳ báo cáo tháng 6/2021."));
    }

    @Test
    void aRecurringReportIsASeriesWithItsDayAndStart() {
        var monthly = DeadlineFinder.read("Báo cáo trước ngày 20 hằng tháng, bắt đầu từ tháng 5/2021.").recurrence();
        assertEquals(new vn.congvan.model.Recurrence(vn.congvan.model.Recurrence.Period.MONTHLY, 20, java.time.YearMonth.of(2021, 5)), monthly);
        var quarterly = DeadlineFinder.read("Báo cáo định kỳ hằng quý.").recurrence();
        assertEquals(new vn.congvan.model.Recurrence(vn.congvan.model.Recurrence.Period.QUARTERLY, 0, null), quarterly);
        assertEquals(null, DeadlineFinder.read("Duy trì họp giao ban hằng tháng; báo cáo kết quả trước ngày 30/6/2021.").recurrence(),
                "a text with a date to meet is due once");
        assertEquals(List.of(LocalDate.of(2021, 5, 20), LocalDate.of(2021, 6, 20)),
                monthly.occurrences(LocalDate.of(2021, 7, 25), 2).stream().map(vn.congvan.model.Recurrence.Occurrence::due).toList(),
                "a stated start wins over the document's date");
        assertEquals(List.of(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 9, 30)),
                quarterly.occurrences(LocalDate.of(2021, 4, 2), 6).stream().map(vn.congvan.model.Recurrence.Occurrence::due).toList());
    }
}
