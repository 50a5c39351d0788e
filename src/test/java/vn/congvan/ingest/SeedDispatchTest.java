package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed dispatch, every field as the clerk reads it on paper. */
class SeedDispatchTest {
    private static final String REQUIREMENT_1 = "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin "
            + "từ Email lạ gửi vào tài khoản người dùng (có tên người gửi không rõ ràng, nội dung yêu cầu nhấp vào đường link "
            + "gửi kèm theo trong Email), người dùng không được nhấp chuột vào các đường link kèm theo (vì hầu hết các link "
            + "này là các trang web có chứa mã độc hoặc trang web giả mạo yêu cầu cung cấp mật khẩu để lấy cấp thông tin tài "
            + "khoản). Lưu ý, Quản trị hệ thống hộp thư điện tử công vụ tỉnh không bao giờ yêu cầu người dùng cung cấp thông "
            + "tin tài khoản, mật khẩu. Đối với các hộp thư phát tán thư rác, hệ thống sẽ thực hiện tạm khóa tài khoản đó "
            + "(tài khoản sẽ được mở lại khi có yêu cầu từ người dùng).";
    private static final String REQUIREMENT_2 = "Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng "
            + "lưu trữ và thực hiện việc xóa những thư Nhận và Gửi đã cũ ra khỏi hệ thống nhằm đảm bảo không gian lưu trữ an "
            + "toàn cho tài khoản.";
    private static final String REQUIREMENT_3 = "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu "
            + "toàn bộ Email đã gửi trong Hộp thư đã gửi ra khỏi hệ thống có thời gian gửi từ ngày 31/12/2017 trở về trước "
            + "(nếu các cơ quan, đơn vị, cá nhân có thư điện tử đã gửi quan trọng trong khoảng thời gian này cần lưu trữ lại "
            + "trên máy tính cá nhân trước ngày 30/8/2019). Sau thời gian này, Sở Thông tin và Truyền thông không chịu trách "
            + "nhiệm về dữ liệu Email đã gửi của cơ quan, đơn vị và người dùng.";

    private final Dispatch dispatch = new DispatchReader().read(Fixtures.SEED);
    private final OfficialDocument document = dispatch.document();

    @Test
    void headerFields() {
        assertEquals(DocumentType.CONG_VAN, document.type());
        assertEquals(new NumberSymbol("6174", "UBND-VX"), document.numberSymbol());
        assertEquals("6174/UBND-VX", dispatch.id());
        assertEquals(LocalDate.of(2019, 8, 21), document.date());
        assertEquals("Phan Thiết", document.place());
        assertNull(document.parentIssuer());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", document.issuer());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", document.subject());
    }

    @Test
    void recipientsAndDistribution() {
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"), document.recipients());
        assertEquals(List.of("Như trên", "CT, PCT. UBND tp", "Mặt trận và các đoàn thể tp", "Lãnh đạo, chuyên viên VP",
                "Lưu: VT, QTM, VX (L)"), document.distribution());
    }

    @Test
    void requirementsWithTheirDeadlines() {
        assertEquals(List.of(
                new Requirement("1", REQUIREMENT_1, List.of(), List.of()),
                new Requirement("2", REQUIREMENT_2, List.of(), List.of()),
                new Requirement("3", REQUIREMENT_3, List.of(LocalDate.of(2019, 8, 30)), List.of())),
                dispatch.requirements());
        assertTrue(dispatch.requirements().get(2).text().contains("Hộp thư đã gửi"));
        assertEquals(LocalDate.of(2019, 8, 30), dispatch.requirements().get(2).dueDate().orElseThrow());
    }

    @Test
    void referencesSignerContact() {
        assertEquals(List.of(new Reference("707/STTTT-TTCNTT&TT", LocalDate.of(2019, 8, 12))), dispatch.references());
        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"), document.signer());
        assertEquals(List.of("KT. CHỦ TỊCH"), document.signer().authorityLines());
        assertTrue(document.contact().startsWith("Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm"), document.contact());
    }

    @Test
    void bodyParagraphsWithRolesAndBoldRuns() {
        List<Paragraph> body = document.paragraphs();
        assertEquals(List.of(Paragraph.Role.TEXT, Paragraph.Role.ITEM, Paragraph.Role.ITEM, Paragraph.Role.ITEM,
                Paragraph.Role.TEXT, Paragraph.Role.TEXT), body.stream().map(Paragraph::role).toList());
        assertTrue(body.get(0).text().startsWith("Thực hiện Công văn số 707/STTTT-TTCNTT&TT"));
        assertEquals("3. " + REQUIREMENT_3, body.get(3).text());
        List<String> bold = body.get(3).runs().stream().filter(Run::bold).map(Run::text).toList();
        assertEquals(List.of("Hộp thư đã gửi", "có thời gian gửi từ ngày 31/12/2017 trở về trước"), bold);
        assertEquals(document.contact(), body.get(4).text(), "the contact stays in the body too");
        assertTrue(body.get(5).text().endsWith("triển khai thực hiện./."));
    }

    @Test
    void noMarkdownMarkerLeaksIntoAnyField() {
        assertFalse(document.toString().contains("**"), document.toString());
        assertFalse(dispatch.requirements().toString().contains("**"));
    }
}
