package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;
import vn.congvan.model.Requirement;
import vn.congvan.text.VietnameseText;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

class ComplianceTextParserTest {
    private static final Set<String> THREE = new LinkedHashSet<>(List.of("1", "2", "3"));
    /** Three requirements as a dispatch on mailboxes writes them (invented text). */
    private static final List<Requirement> MAILBOX = List.of(
            requirement("1", "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với thư điện tử lạ, "
                    + "không nhấp vào đường link gửi kèm theo."),
            requirement("2", "Kiểm tra dung lượng hộp thư công vụ và xóa những thư cũ ra khỏi hệ thống."),
            requirement("3", "Sao lưu thư đã gửi có thời gian gửi từ ngày 31/12/2017 trở về trước, "
                    + "lưu trữ lại trên máy tính trước ngày 30/8/2019."));
    private static final LocalDate DISPATCH_DAY = LocalDate.of(2019, 8, 21);
    private static final LocalDate MAIL_DAY = LocalDate.of(2019, 9, 5);

    private static Requirement requirement(String id, String text) {
        return new Requirement(id, text, List.of(), List.of());
    }

    private static Map<String, ItemReading> read(String text) {
        return ComplianceTextParser.read(text, MAILBOX, DISPATCH_DAY, MAIL_DAY);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static void assertReading(ItemReading r, ComplianceStatus status, boolean certain, String sentence) {
        assertEquals(status, r.status(), r.toString());
        assertEquals(certain, r.certain(), r.toString());
        assertEquals(sentence, r.sentence(), r.toString());
    }

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
    void theRestAreTheItemsNotStatedOneByOne() {
        // "đang bảo trì" is the reason item 2 is not started, not a status; "các nội dung còn lại" are items 1 and 3.
        assertEquals(Map.of("1", DONE, "2", NOT_STARTED, "3", DONE), parse(
                "Phòng báo cáo: nội dung 2 chưa thực hiện do máy chủ đang bảo trì, các nội dung còn lại đã hoàn thành."));
        assertEquals(Map.of("1", IN_PROGRESS, "2", DONE, "3", DONE),
                parse("Nội dung 1 đang thực hiện. Đã hoàn thành các nội dung khác."));
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Việc sao lưu thư đã xong.",
            "viec sao luu thu da xong.",
            "Về việc sao lưu thư đã gửi, phường đã hoàn thành.",
    })
    void anItemNamedByItsTopicGoesToTheClerk(String text) {
        for (String t : List.of(text, nfd(text))) {
            Map<String, ItemReading> r = read(t);
            assertEquals(Set.of("3"), r.keySet(), t);
            assertReading(r.get("3"), DONE, false, Normalizer.normalize(t, Normalizer.Form.NFC));
        }
    }

    @Test
    void aWeakTopicGoesToTheClerk() {
        Map<String, ItemReading> r = read("Đơn vị đã phổ biến đến toàn thể cán bộ.");
        assertEquals(Set.of("1"), r.keySet());
        assertReading(r.get("1"), DONE, false, "Đơn vị đã phổ biến đến toàn thể cán bộ.");
    }

    @Test
    void eachClauseFindsItsOwnTopic() {
        Map<String, ItemReading> r = read("Nội dung 1 đã xong, việc kiểm tra dung lượng hộp thư đang thực hiện, "
                + "việc sao lưu thư đã gửi chưa thực hiện.");
        assertEquals(DONE, r.get("1").status());
        assertTrue(r.get("1").certain());
        assertEquals(IN_PROGRESS, r.get("2").status());
        assertFalse(r.get("2").certain(), "named by topic: the clerk confirms it");
        assertEquals(NOT_STARTED, r.get("3").status());
        assertFalse(r.get("3").certain(), "named by topic: the clerk confirms it");
    }

    @Test
    void aTopicSharedByTwoItemsNamesNone() {
        // Words of item 2 (xóa thư cũ) and of item 3 (lưu trữ lại) in one sentence: no item stands out.
        Map<String, ItemReading> r = read("Đã xóa thư cũ và lưu trữ lại.");
        assertEquals(List.of("1", "2", "3"), List.copyOf(r.keySet()));
        r.values().forEach(x -> assertReading(x, DONE, false, "Đã xóa thư cũ và lưu trữ lại."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đơn vị đã hoàn thành cả 3 nội dung.",
            "Cả ba nội dung đều đã hoàn thành.",
            "ca ba noi dung deu da hoan thanh.",
            "Tất cả các nội dung đã được triển khai.",
            "Toàn bộ các nhiệm vụ đã hoàn thành.",
            "Đơn vị đã hoàn thành 3/3 nội dung.",
            "Đã triển khai đầy đủ các nội dung và tiếp tục duy trì thực hiện.",
    })
    void everyItemByQuantifier(String text) {
        for (String t : List.of(text, nfd(text))) {
            Map<String, ItemReading> r = read(t);
            assertEquals(List.of("1", "2", "3"), List.copyOf(r.keySet()), t);
            r.values().forEach(x -> assertReading(x, DONE, true, Normalizer.normalize(t, Normalizer.Form.NFC)));
        }
    }

    @Test
    void aCountThatIsNotTheDispatchsGoesToTheClerk() {
        List<Requirement> four = List.of(requirement("1", ""), requirement("2", ""), requirement("3", ""), requirement("4", ""));
        Map<String, ItemReading> r = ComplianceTextParser.read("Đơn vị đã hoàn thành cả 3 nội dung.", four);
        assertEquals(4, r.size());
        r.values().forEach(x -> assertReading(x, DONE, false, "Đơn vị đã hoàn thành cả 3 nội dung."));
        Map<String, ItemReading> twoOfThree = read("Đơn vị đã hoàn thành 2/3 nội dung.");
        assertEquals(3, twoOfThree.size());
        twoOfThree.values().forEach(x -> assertReading(x, DONE, false, "Đơn vị đã hoàn thành 2/3 nội dung."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nội dung 1 và nội dung 3 đã hoàn thành.|1 3",
            "noi dung 1 va noi dung 3 da hoan thanh.|1 3",
            "Nội dung 1, 2 và 3 đang thực hiện.|1 2 3",
            "Mục 1-3 đã xong.|1 2 3",
            "Các nội dung từ 2 đến 3 đã triển khai.|2 3",
    })
    void severalItemsNamedTogether(String text, String ids) {
        for (String t : List.of(text, nfd(text))) {
            Map<String, ItemReading> r = read(t);
            assertEquals(List.of(ids.split(" ")), List.copyOf(r.keySet()), t);
            ComplianceStatus expected = t.contains("ang") ? IN_PROGRESS : DONE;
            r.values().forEach(x -> assertReading(x, expected, true, Normalizer.normalize(t, Normalizer.Form.NFC)));
        }
    }

    @Test
    void aCommaBetweenTwoNumberedClausesKeepsThemApart() {
        Map<String, ItemReading> r = read("Hoàn thành nội dung 1, nội dung 2 đang thực hiện.");
        assertReading(r.get("1"), DONE, true, "Hoàn thành nội dung 1, nội dung 2 đang thực hiện.");
        assertReading(r.get("2"), IN_PROGRESS, true, "Hoàn thành nội dung 1, nội dung 2 đang thực hiện.");
        assertEquals(2, r.size());
    }

    @Test
    void theItemNumberAfterItsSentence() {
        Map<String, ItemReading> r = read("""
                Đơn vị đã phổ biến, quán triệt đến toàn thể cán bộ (nội dung 1).
                Đang rà soát dung lượng hộp thư - mục 2.""");
        assertReading(r.get("1"), DONE, true, "Đơn vị đã phổ biến, quán triệt đến toàn thể cán bộ (nội dung 1).");
        assertReading(r.get("2"), IN_PROGRESS, true, "Đang rà soát dung lượng hộp thư - mục 2.");
        assertEquals(2, r.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Đã phổ biến đến cán bộ|DONE",
            "1. Đã quán triệt|DONE",
            "1. Đã lưu trữ xong|DONE",
            "1. Đã sao lưu|DONE",
            "1. Đã cập nhật|DONE",
            "1. Đã gửi báo cáo về Văn phòng|DONE",
            "1. Đã tổ chức hội nghị|DONE",
            "1. Đã nộp|DONE",
            "1. Đang tiếp tục thực hiện|IN_PROGRESS",
            "1. Đang khẩn trương|IN_PROGRESS",
            "1. Đang khẩn trương thực hiện|IN_PROGRESS",
            "1. Chưa triển khai được|NOT_STARTED",
            "1. Chưa có|NOT_STARTED",
            "1. Đã hoàn thành, không có khó khăn vướng mắc|DONE",
            "1. Sao lưu thư đã gửi: chưa thực hiện|NOT_STARTED",
    })
    void repliesUseMoreVerbs(String text, ComplianceStatus expected) {
        for (String t : List.of(text, nfd(text), VietnameseText.fold(text).replaceFirst("^1 ", "1. "))) {
            Map<String, ItemReading> r = read(t);
            assertEquals(Set.of("1"), r.keySet(), t);
            assertEquals(expected, r.get("1").status(), t);
            assertTrue(r.get("1").certain(), t);
        }
    }

    @Test
    void aPlanIsInProgressWithItsExpectedDay() {
        Map<String, ItemReading> r = read("Nội dung 3 sẽ hoàn thành trước ngày 30/9.");
        assertReading(r.get("3"), IN_PROGRESS, true, "Nội dung 3 sẽ hoàn thành trước ngày 30/9.");
        assertEquals(LocalDate.of(2019, 9, 30), r.get("3").expectedBy());
        assertNull(r.get("3").doneOn());

        Map<String, ItemReading> notStarted = read("Nội dung 2 chưa thực hiện, phường dự kiến hoàn thành trước ngày 15/9/2019.");
        assertEquals(NOT_STARTED, notStarted.get("2").status());
        assertEquals(LocalDate.of(2019, 9, 15), notStarted.get("2").expectedBy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nội dung 2: ngày 28/8 đã hoàn thành.",
            "Nội dung 2 đã hoàn thành từ ngày 28/8/2019.",
            "noi dung 2 da hoan thanh vao ngay 28/8.",
            "Ngày 28 tháng 8, nội dung 2 đã hoàn thành.",
    })
    void theDayWorkWasDone(String text) {
        for (String t : List.of(text, nfd(text))) {
            ItemReading r = read(t).get("2");
            assertReading(r, DONE, true, Normalizer.normalize(t, Normalizer.Form.NFC));
            assertEquals(LocalDate.of(2019, 8, 28), r.doneOn(), t);
        }
    }

    @Test
    void whereTheWorkWasDoneMayStandBetweenTheStatusAndItsDay() {
        ItemReading r = read("1. Đã phổ biến tại cuộc họp giao ban ngày 26/8/2019.\n2. Đang thực hiện.").get("1");
        assertReading(r, DONE, true, "1. Đã phổ biến tại cuộc họp giao ban ngày 26/8/2019.");
        assertEquals(LocalDate.of(2019, 8, 26), r.doneOn());
        assertNull(read("1. Đã phổ biến cho toàn thể cán bộ tại cuộc họp giao ban ngày 26/8/2019.").get("1").doneOn(),
                "too far from its status to be sure it is its day");
    }

    @Test
    void aDoneDayThatCannotBeTrustedGoesToTheClerk() {
        ItemReading future = read("Nội dung 2 đã hoàn thành ngày 28/9.").get("2");
        assertEquals(LocalDate.of(2019, 9, 28), future.doneOn());
        assertFalse(future.certain(), "done after the mail was written");
        ItemReading noYear = ComplianceTextParser.read("Nội dung 2 đã hoàn thành ngày 28/8.", MAILBOX).get("2");
        assertEquals(DONE, noYear.status());
        assertFalse(noYear.certain(), "no year to place the day in");
        ItemReading reference = read("Thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố, nội dung 2 đã hoàn thành.")
                .get("2");
        assertReading(reference, DONE, true,
                "Thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố, nội dung 2 đã hoàn thành.");
        assertNull(reference.doneOn(), "the dispatch's own day is not when the work was done");
    }

    @Test
    void aBareStatusIsASuggestionForEveryItem() {
        for (String t : List.of("Đã hoàn thành.", "Đơn vị đã thực hiện.", nfd("Đơn vị đã thực hiện."))) {
            Map<String, ItemReading> r = read("Kính gửi Văn phòng,\n" + t + "\nTrân trọng.");
            assertEquals(List.of("1", "2", "3"), List.copyOf(r.keySet()), t);
            r.values().forEach(x -> assertReading(x, DONE, false, Normalizer.normalize(t, Normalizer.Form.NFC)));
        }
        Map<String, ItemReading> one = ComplianceTextParser.read("Đã hoàn thành.", List.of(MAILBOX.get(0)));
        assertReading(one.get("1"), DONE, true, "Đã hoàn thành.");
    }

    @Test
    void contradictionsInDifferentSentencesGoToTheClerk() {
        ItemReading r = read("Nội dung 1 đã hoàn thành. Nội dung 1 chưa thực hiện.").get("1");
        assertReading(r, IN_PROGRESS, false, "Nội dung 1 đã hoàn thành.");
        Map<String, ItemReading> twoSides = read("Hoàn thành nội dung 1 và nội dung 2 đang thực hiện.");
        assertReading(twoSides.get("1"), IN_PROGRESS, false, "Hoàn thành nội dung 1 và nội dung 2 đang thực hiện.");
        assertReading(twoSides.get("2"), IN_PROGRESS, false, "Hoàn thành nội dung 1 và nội dung 2 đang thực hiện.");
        ItemReading oneSentence = read("Nội dung 1 đã triển khai nhưng chưa hoàn thành.").get("1");
        assertReading(oneSentence, IN_PROGRESS, true, "Nội dung 1 đã triển khai nhưng chưa hoàn thành.");
    }

    @Test
    void theSentenceIsOneLineOfAtMostThreeHundredCharacters() {
        String longLine = "Nội dung 1 đã hoàn thành " + "và báo cáo đầy đủ cho cấp trên ".repeat(30) + "theo đúng yêu cầu.";
        ItemReading r = read("1.\n" + longLine).get("1");
        assertTrue(r.sentence().length() <= 300, r.sentence());
        assertTrue(r.sentence().startsWith("Nội dung 1 đã hoàn thành"), r.sentence());
        assertFalse(r.sentence().contains("\n"));
    }

    @Test
    void aDetailLineUnderAnItemGivesItsDayButDoesNotContradictIt() {
        Map<String, ItemReading> r = read("""
                1. Phổ biến đến cán bộ, công chức cảnh giác với thư lạ: Đã hoàn thành.
                Ngày 26/8/2019, phường đã phổ biến tại cuộc họp giao ban cho 32 cán bộ.
                2. Kiểm tra dung lượng hộp thư, xóa thư cũ: Đang thực hiện.
                Đã kiểm tra 12/20 hộp thư của phường.""");
        assertReading(r.get("1"), DONE, true, "1. Phổ biến đến cán bộ, công chức cảnh giác với thư lạ: Đã hoàn thành.");
        assertEquals(LocalDate.of(2019, 8, 26), r.get("1").doneOn());
        assertReading(r.get("2"), IN_PROGRESS, true, "2. Kiểm tra dung lượng hộp thư, xóa thư cũ: Đang thực hiện.");
        assertNull(r.get("2").doneOn());
        assertEquals(2, r.size());
    }

    @Test
    void aLongReplyOfUnnumberedStatusesDaysAndTopicsIsReadInTime() {
        // Nearly the whole input cap of one sentence: every clause scans for numbers, days and topics.
        String text = "Việc sao lưu thư đã xong ngày 28/8, đang thực hiện, mục 1 ".repeat(1_000)
                + "1/1 nội dung 2 đang thực hiện ".repeat(1_000);
        Map<String, ItemReading> r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> read(text));
        assertEquals(Set.of("1", "2", "3"), r.keySet());
    }
}
