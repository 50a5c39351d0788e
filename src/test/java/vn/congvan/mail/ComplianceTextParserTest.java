package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvan.model.ComplianceStatus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

class ComplianceTextParserTest {
    private static final Set<String> THREE = new LinkedHashSet<>(List.of("1", "2", "3"));

    private static Map<String, ComplianceStatus> parse(String text) {
        return ComplianceTextParser.parse(text, THREE);
    }

    @Test
    void numberedLinesGiveOneStatusEach() {
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), parse("""
                Kính gửi Văn phòng,
                UBND phường Phú Tài báo cáo kết quả thực hiện như sau:
                1. Đã hoàn thành
                2. Đang thực hiện
                3. Chưa thực hiện
                Trân trọng."""));
    }

    @Test
    void keywordMarkersInAnyForm() {
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED),
                parse("Nội dung 1: đã thực hiện xong. Nội dung 2: đang triển khai. Mục 3 - chưa triển khai."));
    }

    @Test
    void markersWithoutDiacriticsAreRead() {
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS), parse("noi dung 1 da hoan thanh, noi dung 2 dang thuc hien"));
    }

    @Test
    void statusBeforeTheItemNumber() {
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS),
                parse("Phường đã hoàn thành nội dung 1 và 2; đang thực hiện nội dung 3."));
    }

    @Test
    void statusOnTheLineAfterTheItem() {
        assertEquals(Map.of("1", DONE, "3", NOT_STARTED), parse("""
                1. Phổ biến đến toàn thể cán bộ, công chức.
                Kết quả: đã hoàn thành.
                3. Sao lưu thư đã gửi trước ngày 30/8/2019: chưa thực hiện."""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Chưa hoàn thành|IN_PROGRESS",
            "1. Không thể hoàn thành đúng hạn|IN_PROGRESS",
            "1. Chưa xong|IN_PROGRESS",
            "1. Chưa được triển khai|NOT_STARTED",
            "1. Không thực hiện|NOT_STARTED",
            "1. Sẽ thực hiện trong tuần tới|NOT_STARTED",
            "1. Đã triển khai|DONE",
            "1. Đã triển khai thực hiện|DONE",
            "1. Đã được triển khai|DONE",
            "1. Hoàn thành|DONE",
            "1. Đã hoàn thành 80%|IN_PROGRESS",
            "1. Đã triển khai nhưng chưa hoàn thành|IN_PROGRESS",
            "1. Đang thực hiện, dự kiến hoàn thành trước ngày 30/8/2019|IN_PROGRESS",
            "1. Chưa thực hiện, phường sẽ hoàn thành trước ngày 30/8/2019|NOT_STARTED",
            "Đối với nội dung số 1: đã thực hiện|DONE",
            "(1) Đã triển khai xong|DONE",
    })
    void negationsAndChoices(String text, ComplianceStatus expected) {
        assertEquals(Map.of("1", expected), parse(text));
    }

    @Test
    void blanketCoversEveryItem() {
        assertEquals(Map.of("1", DONE, "2", DONE, "3", DONE), parse("Phường đã hoàn thành tất cả các nội dung của công văn."));
        assertEquals(Map.of("1", DONE, "2", DONE, "3", DONE), parse("Đơn vị đã triển khai đầy đủ."));
        assertEquals(Map.of("1", DONE, "2", DONE, "3", DONE), parse("Tất cả các nội dung của công văn đều đã được triển khai."));
    }

    @Test
    void itemsStatedOneByOneOverrideTheBlanket() {
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS),
                parse("Phường đã triển khai đầy đủ các nội dung.\nRiêng nội dung 3 đang thực hiện."));
    }

    @Test
    void fullyDoneWithOneItemNamedIsNotABlanket() {
        assertEquals(Map.of("1", DONE), parse("Đã hoàn thành đầy đủ nội dung 1."));
    }

    @Test
    void bareStatusWithoutItemOrQuantifierIsNotGuessed() {
        assertEquals(Map.of(), parse("Đã hoàn thành."));
        assertEquals(Map.of(), parse("Phường đã nhận công văn, cảm ơn."));
    }

    @Test
    void unfilledFormGivesNothing() {
        assertEquals(Map.of("2", DONE), parse("""
                1. đã hoàn thành / đang thực hiện / chưa thực hiện
                2. đã hoàn thành
                3. đã hoàn thành hoặc đang thực hiện"""));
    }

    @Test
    void quotedTextOfOurMailIsIgnored() {
        assertEquals(Map.of("2", DONE), parse("""
                Nội dung 2 đã hoàn thành.

                Vào Th 5, 22 thg 8, 2019 vào lúc 08:00 Văn phòng HĐND và UBND thành phố <vanphong@phanthiet.example>
                đã viết:
                Đề nghị đơn vị báo cáo:
                1. đã hoàn thành / đang thực hiện / chưa thực hiện
                3. Chưa thực hiện"""));
        assertEquals(Map.of("1", IN_PROGRESS), parse("""
                1. Đang thực hiện
                > 2. Đã hoàn thành
                > 3. Đã hoàn thành"""));
    }

    @Test
    void deadlineWordsAreNotStatuses() {
        assertEquals(Map.of(), parse("1. Thời hạn hoàn thành trước ngày 30/8/2019."));
    }

    @Test
    void unknownItemNumbersAreDropped() {
        assertEquals(Map.of("1", DONE), parse("1. Đã hoàn thành\n7. Đã hoàn thành"));
    }
}
