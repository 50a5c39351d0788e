package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Requirement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbered requirements, sub-items and their deadlines. */
class RequirementsTest {
    @TempDir
    Path dir;

    @Test
    void planWithPartsSubItemsAndBullets() {
        Dispatch plan = new DispatchReader().read(Fixtures.KE_HOACH);
        List<Requirement> requirements = plan.requirements();

        assertEquals(List.of("1", "2", "3"), requirements.stream().map(Requirement::id).toList());
        Requirement review = requirements.get(0);
        assertEquals("Rà soát tài khoản thư điện tử công vụ", review.text());
        assertEquals(List.of(), review.deadlines());
        assertEquals(List.of("a", "b"), review.items().stream().map(Requirement::id).toList());
        assertEquals(List.of(LocalDate.of(2019, 9, 15)), review.items().get(0).deadlines());
        assertTrue(review.items().get(0).text().startsWith("Các cơ quan, đơn vị rà soát"));
        assertEquals(List.of(LocalDate.of(2019, 10, 31)), review.items().get(1).deadlines());
        assertEquals(LocalDate.of(2019, 10, 31), review.dueDate().orElseThrow());

        Requirement backup = requirements.get(1);
        assertEquals(List.of(LocalDate.of(2020, 5, 31)), backup.deadlines());
        assertEquals("Sao lưu toàn bộ thư đã gửi của năm 2019 ra thiết bị lưu trữ của cơ quan. Thời gian thực hiện: Tháng 5/2020.\n"
                + "- Mỗi cơ quan cử một cán bộ đầu mối phụ trách việc sao lưu;\n"
                + "- Thiết bị lưu trữ do cơ quan tự bố trí.", backup.text());
        assertEquals(List.of(LocalDate.of(2020, 6, 15)), requirements.get(2).deadlines());
    }

    @Test
    void partHeadingsAreHeadingsAndNotRequirements() {
        OfficialDocument plan = Fixtures.read(Fixtures.KE_HOACH);

        List<String> headings = plan.paragraphs().stream().filter(p -> p.role() == Paragraph.Role.HEADING)
                .map(Paragraph::text).toList();
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"), headings);
    }

    @Test
    void subItemsWithADotAreSubItemsToo() {
        Dispatch dispatch = Fixtures.dispatch(dir, Fixtures.minimalWith("1. Nội dung thứ nhất.",
                "1. Chuẩn bị hạ tầng:\na. Rà soát máy chủ trước ngày 10/9/2019;\nb. Sao lưu dữ liệu trước ngày 20/9/2019.\n2. Báo cáo kết quả."));

        Requirement first = dispatch.requirements().get(0);
        assertEquals(new Requirement("1", "Chuẩn bị hạ tầng:", List.of(), List.of(
                new Requirement("a", "Rà soát máy chủ trước ngày 10/9/2019;", List.of(LocalDate.of(2019, 9, 10)), List.of()),
                new Requirement("b", "Sao lưu dữ liệu trước ngày 20/9/2019.", List.of(LocalDate.of(2019, 9, 20)), List.of()))),
                first);
        assertEquals("2", dispatch.requirements().get(1).id());
    }

    @Test
    void numberingRestartedInEachPartGetsThePartInTheId() {
        Dispatch dispatch = Fixtures.dispatch(dir, Fixtures.minimalWith("1. Nội dung thứ nhất.",
                "I. KIỂM TRA\n\n1. Kiểm tra máy chủ.\n\n2. Kiểm tra máy trạm.\n\nII. BÁO CÁO\n\n1. Báo cáo trước ngày 30/9/2019."));

        assertEquals(List.of("I.1", "I.2", "II.1"), dispatch.requirements().stream().map(Requirement::id).toList());
        assertEquals(List.of(LocalDate.of(2019, 9, 30)), dispatch.requirements().get(2).deadlines());
    }

    @Test
    void closingParagraphsAfterTheListAreNotPartOfTheLastRequirement() {
        Dispatch dispatch = new DispatchReader().read(Fixtures.SEED);

        assertTrue(dispatch.requirements().get(2).text().endsWith("của cơ quan, đơn vị và người dùng."));
    }

    @Test
    void anImpossibleDeadlineInAModelNamesTheRequirement() {
        OfficialDocument document = new OfficialDocument(null, "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                new NumberSymbol("12", "UBND-VX"), "Phan Thiết", LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN, "thử",
                List.of(), List.of(Paragraph.of("1. Làm việc A.", Paragraph.Role.ITEM),
                Paragraph.of("2. Báo cáo trước ngày 31/02/2019.", Paragraph.Role.ITEM)), null, List.of(), null);

        InputException e = assertThrows(InputException.class, () -> new DispatchAnalyzer().analyze(document));
        assertTrue(e.getMessage().contains("12/UBND-VX"), e.getMessage());
        assertTrue(e.getMessage().contains("yêu cầu 2"), e.getMessage());
        assertTrue(e.getMessage().contains("31/02/2019"), e.getMessage());
    }
}
