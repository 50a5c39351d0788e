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
}
