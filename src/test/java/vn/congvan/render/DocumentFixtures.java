package vn.congvan.render;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents built by hand from model records, so that the writers' tests do not hang on a reader:
 * the seed công văn (samples/000_7ae9f029b9ddbc9d.txt, field by field) and two reports with a 60-row
 * table, one numbered and one a draft whose notes wrap in their cells.
 */
final class DocumentFixtures {
    static final String ISSUER = "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT";

    /** The 14 wards and 4 communes of Phan Thiết and two city departments: 20 units. */
    static final List<String> UNITS = List.of(
            "UBND phường Mũi Né", "UBND phường Hàm Tiến", "UBND phường Phú Hài", "UBND phường Thanh Hải",
            "UBND phường Phú Thủy", "UBND phường Phú Tài", "UBND phường Phú Trinh", "UBND phường Xuân An",
            "UBND phường Bình Hưng", "UBND phường Đức Nghĩa", "UBND phường Lạc Đạo", "UBND phường Đức Thắng",
            "UBND phường Hưng Long", "UBND phường Đức Long", "UBND xã Thiện Nghiệp", "UBND xã Phong Nẫm",
            "UBND xã Tiến Lợi", "UBND xã Tiến Thành", "Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND thành phố");

    private DocumentFixtures() {
    }

    /** {@code doc} with another body. */
    static OfficialDocument withBody(OfficialDocument doc, List<Block> body) {
        return new OfficialDocument(doc.parentIssuer(), doc.issuer(), doc.numberSymbol(), doc.place(), doc.date(), doc.type(),
                doc.subject(), doc.recipients(), body, doc.signer(), doc.distribution(), doc.contact());
    }

    /** The seed dispatch 6174/UBND-VX of 21/8/2019 as a reader should produce it. */
    static OfficialDocument seed() {
        List<Block> body = List.of(
                Paragraph.of("Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 của Sở Thông tin và Truyền thông "
                        + "về việc đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ. UBND thành phố yêu cầu "
                        + "Thủ trưởng các cơ quan, đơn vị thuộc UBND thành phố và Chủ tịch UBND các phường, xã triển khai "
                        + "thực hiện một số nội dung sau:"),
                Paragraph.of("1. Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin từ "
                        + "Email lạ gửi vào tài khoản người dùng (có tên người gửi không rõ ràng, nội dung yêu cầu nhấp vào "
                        + "đường link gửi kèm theo trong Email), người dùng không được nhấp chuột vào các đường link kèm theo "
                        + "(vì hầu hết các link này là các trang web có chứa mã độc hoặc trang web giả mạo yêu cầu cung cấp "
                        + "mật khẩu để lấy cấp thông tin tài khoản). Lưu ý, Quản trị hệ thống hộp thư điện tử công vụ tỉnh "
                        + "không bao giờ yêu cầu người dùng cung cấp thông tin tài khoản, mật khẩu. Đối với các hộp thư phát "
                        + "tán thư rác, hệ thống sẽ thực hiện tạm khóa tài khoản đó (tài khoản sẽ được mở lại khi có yêu cầu "
                        + "từ người dùng).", Paragraph.Role.ITEM),
                Paragraph.of("2. Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng lưu trữ và "
                        + "thực hiện việc xóa những thư Nhận và Gửi đã cũ ra khỏi hệ thống nhằm đảm bảo không gian lưu trữ "
                        + "an toàn cho tài khoản.", Paragraph.Role.ITEM),
                new Paragraph(List.of(
                        Run.plain("3. Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu toàn bộ "
                                + "Email đã gửi trong "),
                        new Run("Hộp thư đã gửi", true, false),
                        Run.plain(" ra khỏi hệ thống "),
                        new Run("có thời gian gửi từ ngày 31/12/2017 trở về trước", true, false),
                        Run.plain(" (nếu các cơ quan, đơn vị, cá nhân có thư điện tử đã gửi quan trọng trong khoảng thời "
                                + "gian này cần lưu trữ lại trên máy tính cá nhân trước ngày 30/8/2019). Sau thời gian này, "
                                + "Sở Thông tin và Truyền thông không chịu trách nhiệm về dữ liệu Email đã gửi của cơ quan, "
                                + "đơn vị và người dùng.")), Paragraph.Role.ITEM),
                Paragraph.of("Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm - Quản trị mạng Văn phòng HĐND và UBND "
                        + "thành phố."),
                Paragraph.of("Yêu cầu Thủ trưởng các cơ quan, đơn vị thuộc UBND thành phố và Chủ tịch UBND các phường, xã "
                        + "triển khai thực hiện./."));
        return new OfficialDocument(
                null,
                ISSUER,
                new NumberSymbol("6174", "UBND-VX"),
                "Phan Thiết",
                LocalDate.of(2019, 8, 21),
                DocumentType.CONG_VAN,
                "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                body,
                new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"),
                List.of("Như trên", "CT, PCT. UBND tp", "Mặt trận và các đoàn thể tp", "Lãnh đạo, chuyên viên VP",
                        "Lưu: VT, QTM, VX (L)"),
                "Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm - Quản trị mạng Văn phòng HĐND và UBND thành phố.");
    }

    static final List<String> REQUIREMENTS = List.of(
            "Phổ biến cảnh giác với Email lạ",
            "Kiểm tra dung lượng, xóa thư cũ",
            "Lưu trữ thư đã gửi trước ngày 30/8/2019");

    /** A BÁO CÁO answering the seed: one table row per unit and requirement, 60 rows. */
    static OfficialDocument report() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < UNITS.size() * REQUIREMENTS.size(); i++) {
            String unit = UNITS.get(i / REQUIREMENTS.size());
            int requirement = i % REQUIREMENTS.size();
            String status = switch (i % 4) {
                case 0 -> "Đã hoàn thành";
                case 1 -> "Đang thực hiện";
                case 2 -> "Chưa thực hiện";
                default -> "Quá hạn";
            };
            rows.add(List.of(Integer.toString(i + 1), unit, (requirement + 1) + ". " + REQUIREMENTS.get(requirement),
                    "30/08/2019", status));
        }
        Table table = new Table(List.of("STT", "Đơn vị", "Yêu cầu", "Thời hạn", "Tình hình thực hiện"), rows,
                List.of(12.0, 45.0, 55.0, 24.0, 29.0));
        List<Block> body = List.of(
                Paragraph.of("Căn cứ Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố về việc đảm bảo an toàn "
                        + "thông tin khi sử dụng thư điện tử công vụ.", Paragraph.Role.LEGAL_BASIS),
                Paragraph.of("UBND thành phố báo cáo kết quả thực hiện của các cơ quan, đơn vị như sau:"),
                Paragraph.of("I. KẾT QUẢ THỰC HIỆN", Paragraph.Role.HEADING),
                table,
                Paragraph.of("II. ĐỀ XUẤT, KIẾN NGHỊ", Paragraph.Role.HEADING),
                Paragraph.of("Đề nghị Sở Thông tin và Truyền thông tiếp tục hỗ trợ kỹ thuật cho các phường, xã chưa "
                        + "hoàn thành việc xóa thư cũ./."));
        return new OfficialDocument(
                "UBND TỈNH BÌNH THUẬN",
                ISSUER,
                new NumberSymbol("5", "BC-UBND"),
                "Phan Thiết",
                LocalDate.of(2019, 9, 5),
                DocumentType.BAO_CAO,
                "Kết quả thực hiện Công văn số 6174/UBND-VX về đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                List.of("Sở Thông tin và Truyền thông tỉnh Bình Thuận"),
                body,
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn Một"),
                List.of("Như trên", "CT, các PCT UBND thành phố", "Lưu: VT, VX"),
                null);
    }

    static final List<String> TABLE_HEADER = List.of("STT", "Đơn vị", "Ngày xác nhận", "Tình trạng", "Ghi chú");

    private static final List<String> WARDS = List.of("Phường Mũi Né", "Phường Hàm Tiến", "Phường Phú Hài", "Phường Thanh Hải",
            "Phường Phú Thủy", "Phường Phú Trinh", "Phường Xuân An", "Phường Đức Thắng", "Phường Đức Nghĩa", "Phường Đức Long",
            "Phường Lạc Đạo", "Phường Bình Hưng", "Phường Hưng Long", "Phường Phú Tài", "Xã Thiện Nghiệp", "Xã Phong Nẫm",
            "Xã Tiến Lợi", "Xã Tiến Thành", "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch");

    /** A note long enough to wrap in its cell, naming its row at both ends so a test can see the row kept whole. */
    static String noteOfRow(int i) {
        return "Đơn vị số " + i + " đã được nhắc lần hai qua thư điện tử công vụ; hẹn gửi báo cáo trước ngày 05/9/2019 (mục " + i + ")";
    }

    /** A draft report to the province with a 60-row table, some notes wrapping over five lines; four pages. */
    static OfficialDocument draftReport() {
        List<List<String>> rows = new ArrayList<>();
        String[] states = {"Đã hoàn thành", "Đang thực hiện", "Quá hạn, chưa báo cáo"};
        for (int i = 1; i <= 60; i++) {
            String note = i % 7 == 0 ? noteOfRow(i) : "";
            rows.add(List.of(Integer.toString(i), WARDS.get((i - 1) % WARDS.size()) + (i > WARDS.size() ? " (đợt " + ((i - 1) / WARDS.size() + 1) + ")" : ""),
                    String.format("%02d/08/2019", 22 + i % 9), states[i % 3], note));
        }
        List<Block> body = List.of(
                Paragraph.of("Căn cứ Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố về việc đảm bảo an toàn thông tin "
                        + "khi sử dụng thư điện tử công vụ.", Paragraph.Role.LEGAL_BASIS),
                Paragraph.of("I. KẾT QUẢ THỰC HIỆN", Paragraph.Role.HEADING),
                Paragraph.of("Ủy ban nhân dân thành phố báo cáo kết quả xác nhận và thực hiện của các cơ quan, đơn vị, phường, xã "
                        + "như bảng dưới đây; số liệu tổng hợp đến hết ngày 31/8/2019."),
                new Table(TABLE_HEADER, rows, List.of(0.8, 3.0, 1.6, 1.8, 3.0)),
                Paragraph.of("II. ĐỀ XUẤT, KIẾN NGHỊ", Paragraph.Role.HEADING),
                Paragraph.of("Đề nghị Sở Thông tin và Truyền thông tiếp tục hỗ trợ kỹ thuật cho các đơn vị chưa hoàn thành./."));
        return new OfficialDocument("UBND TỈNH BÌNH THUẬN", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", new NumberSymbol("", "BC-UBND"),
                "Phan Thiết", LocalDate.of(2019, 9, 5), DocumentType.BAO_CAO,
                "Kết quả thực hiện Công văn số 6174/UBND-VX về đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ",
                List.of("Sở Thông tin và Truyền thông tỉnh Bình Thuận"), body,
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Nguyễn Văn An"),
                List.of("Như trên", "CT, các PCT UBND thành phố", "Lưu: VT, VX"), null);
    }
}
