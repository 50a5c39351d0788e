package vn.congvan.mail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhishingCheckTest {
    private static final Set<String> OFFICE = Set.of("phanthiet.example");

    private static IncomingMail mail(String from, String name, String subject, String text, String html) {
        return new IncomingMail("test", "<t@x>", from, name, subject, null, null, null, List.of(), text, html, List.of(), null, false, "0", new byte[0]);
    }

    private static List<String> inspect(IncomingMail m) {
        return PhishingCheck.inspect(m, OFFICE, Fixtures.units());
    }

    @Test
    void anOrdinaryReplyFromAWardRaisesNothing() {
        assertEquals(List.of(), inspect(mail("phutai@phanthiet.example", "UBND phường Phú Tài", "Re: [6174/UBND-VX]",
                "1. Đã phổ biến cho cán bộ cảnh giác với thư lạ yêu cầu cung cấp mật khẩu: đã hoàn thành.\n"
                        + "2. Đã quán triệt cán bộ không cung cấp mật khẩu cho bất kỳ ai.\n"
                        + "Xem thêm https://phanthiet.example/tin-tuc", null)));
    }

    @Test
    void aLinkThatShowsOneDomainAndGoesToAnother() {
        List<String> r = inspect(mail("tin@tintuc.example", null, "Tin", "",
                "<p>Đăng ký tại <a href=\"https://phanthiet-example.com.evil.example/dang-nhap\">www.phanthiet.example</a></p>"));
        assertTrue(r.contains("Liên kết hiển thị \"www.phanthiet.example\" nhưng thực ra dẫn tới phanthiet-example.com.evil.example."), r.toString());
        assertTrue(r.stream().anyMatch(s -> s.startsWith("Tên miền phanthiet-example.com.evil.example gần giống tên miền phanthiet.example")), r.toString());
    }

    @Test
    void sameSiteLinksAndPlainWordsAreFine() {
        assertEquals(List.of(), inspect(mail("bantin@tintuc.example", "Bản tin", "Tin", "",
                "<a href=\"https://www.tintuc.example/a\">tintuc.example</a> <a href=\"https://tintuc.example/b\">Xem chi tiết</a>"
                        + " <a href=\"mailto:hoi@tintuc.example\">hoi@tintuc.example</a>")));
    }

    @Test
    void bareIpAddressesInLinksOrText() {
        List<String> r = inspect(mail("a@b.example", null, "x", "Tải tại http://198.51.100.7/file.exe ngay", null));
        assertEquals(List.of("Liên kết dẫn tới địa chỉ IP trần 198.51.100.7 thay vì một tên miền."), r);
    }

    @Test
    void punycodeAndMixedScriptLookAlikes() {
        // "phаnthiet" with a Cyrillic "а", as a link and as the sender's domain
        String cyrillic = "ph\u0430nthiet.example";
        List<String> r = inspect(mail("admin@xn--phnthiet-6fg.example", null, "x", "",
                "<a href=\"https://" + cyrillic + "/\">Hộp thư</a>"));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("Tên miền xn--phnthiet-6fg.example viết bằng punycode")), r.toString());
        assertTrue(r.stream().anyMatch(s -> s.contains("trộn chữ cái của nhiều hệ chữ")), r.toString());
        assertTrue(r.stream().anyMatch(s -> s.contains("gần giống tên miền phanthiet.example")), r.toString());
    }

    @Test
    void aDisplayNameThatClaimsAnOfficeFromOutside() {
        assertEquals(List.of("Tên người gửi \"Phòng Quản trị mạng UBND\" tự xưng là \"Phòng\" nhưng địa chỉ it.support@mailbox.example "
                        + "nằm ngoài tên miền của cơ quan."),
                inspect(mail("it.support@mailbox.example", "Phòng Quản trị mạng UBND", "Thông báo", "Xin chào.", null)));
        List<String> unitName = inspect(mail("lacdao.phanthiet@webmail.example", "Uy ban nhan dan phuong Lac Dao", "Báo cáo", "Gửi báo cáo.", null));
        assertTrue(unitName.get(0).contains("tự xưng là Ủy ban nhân dân phường Lạc Đạo"), unitName.toString());
        // The same name from the unit's own address, or an ordinary person's name from outside, is fine.
        assertEquals(List.of(), inspect(mail("lacdao@phanthiet.example", "UBND phường Lạc Đạo", "Báo cáo", "Gửi báo cáo.", null)));
        assertEquals(List.of(), inspect(mail("phong.nguyen@webmail.example", "Nguyễn Văn Phong", "Hỏi", "Xin hỏi.", null)));
    }

    @Test
    void requestsForPasswordsButNotWarningsAboutThem() {
        List<String> r = inspect(mail("x@y.example", null, "Cập nhật", "Hộp thư sắp đầy. Vui lòng nhập mật khẩu để nâng dung lượng.", null));
        assertEquals(List.of("Thư đòi cung cấp mật khẩu hoặc xác minh tài khoản: \"Vui lòng nhập mật khẩu để nâng dung lượng\"."), r);
        assertEquals(1, inspect(mail("x@y.example", null, "Security", "Please verify your account within 24 hours", null)).size());
        assertEquals(1, inspect(mail("x@y.example", null, "Bao mat", "Vui long xac minh tai khoan tai lien ket", null)).size(),
                "without diacritics too");
        assertEquals(List.of(), inspect(mail("x@y.example", null, "Lưu ý",
                "Quản trị hệ thống không bao giờ yêu cầu người dùng cung cấp thông tin tài khoản, mật khẩu.", null)));
    }

    @Test
    void aUnitsAddressWhoseRepliesGoOutsideTheOffice() {
        // A forged From of a ward, Reply-To a mailbox outside the office: the impostor reads the answers there.
        byte[] raw = ("From: Phu Trinh <phutrinh@phanthiet.example>\r\nReply-To: Phu Trinh <phutrinh.ubnd@mailbox.example>\r\n"
                + "Subject: x\r\n\r\nXin chào.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        IncomingMail forged = new IncomingMail("test", "<t@x>", "phutrinh@phanthiet.example", "Phu Trinh", "x", null, null, null,
                List.of(), "Xin chào.", null, List.of(), null, false, "0", raw);
        assertEquals(List.of("Thư gửi từ địa chỉ phutrinh@phanthiet.example của cơ quan nhưng đề nghị trả lời về "
                + "phutrinh.ubnd@mailbox.example, nằm ngoài tên miền của cơ quan."), inspect(forged));
        // Replies directed to another mailbox of the office are ordinary.
        byte[] inside = new String(raw, java.nio.charset.StandardCharsets.US_ASCII).replace("mailbox.example", "phanthiet.example")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(List.of(), inspect(new IncomingMail("test", "<t@x>", "phutrinh@phanthiet.example", "Phu Trinh", "x", null, null,
                null, List.of(), "Xin chào.", null, List.of(), null, false, "0", inside)));
    }

    @Test
    void aRequestToSendPasswordsBack() {
        List<String> r = inspect(mail("x@y.example", null, "Danh sách",
                "Đề nghị Văn phòng gửi lại danh sách tài khoản và mật khẩu thư công vụ của cán bộ phường.", null));
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).startsWith("Thư đòi cung cấp mật khẩu"), r.toString());
    }

    @Test
    void quotedTextIsNotHeldAgainstTheSender() {
        assertEquals(List.of(), inspect(mail("phutai@phanthiet.example", null, "Re: x", "Đã nhận.\n> Vui lòng nhập mật khẩu", null)));
    }
}
