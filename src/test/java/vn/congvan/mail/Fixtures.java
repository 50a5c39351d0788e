package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Requirement;
import vn.congvan.model.Signer;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The seed dispatch 6174/UBND-VX and the 14 wards and 4 communes of Phan Thiết, built by hand. */
final class Fixtures {
    static final String OFFICE = "vanphong@phanthiet.example";
    static final String OFFICE_NAME = "Văn phòng HĐND và UBND thành phố Phan Thiết";
    static final String DOMAIN = "phanthiet.example";
    static final String DISPATCH_ID = "6174/UBND-VX";
    /** The ledger key the seed has in these tests. */
    static final long DISPATCH_KEY = 1;
    /** 22/08/2019 08:00 in Vietnam, when the samples say the dispatch went out. */
    static final Clock SENT_AT = Clock.fixed(Instant.parse("2019-08-22T01:00:00Z"), ZoneOffset.UTC);
    static final String PASSWORD_VARIABLE = "CONGVAN_MAIL_PASSWORD";
    static final Path SAMPLES = Path.of("samples", "replies");
    /** The Message-IDs the sample replies quote (those the demo's seeded source gives; see samples/replies/README.md). */
    static final String DUCTHANG_ID = "<cv.612d4888705d9070ce552c9c09c17c98@phanthiet.example>";
    static final String PHUTAI_ID = "<cv.49e6d3032a654dad8a266146d98f7a61@phanthiet.example>";
    static final Path SEED_FILE = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");

    private static final String[][] UNITS = {
            {"P-MUINE", "phường Mũi Né", "muine"}, {"P-HAMTIEN", "phường Hàm Tiến", "hamtien"},
            {"P-PHUHAI", "phường Phú Hài", "phuhai"}, {"P-PHUTHUY", "phường Phú Thủy", "phuthuy"},
            {"P-PHUTAI", "phường Phú Tài", "phutai"}, {"P-PHUTRINH", "phường Phú Trinh", "phutrinh"},
            {"P-XUANAN", "phường Xuân An", "xuanan"}, {"P-THANHHAI", "phường Thanh Hải", "thanhhai"},
            {"P-BINHHUNG", "phường Bình Hưng", "binhhung"}, {"P-DUCNGHIA", "phường Đức Nghĩa", "ducnghia"},
            {"P-LACDAO", "phường Lạc Đạo", "lacdao"}, {"P-DUCTHANG", "phường Đức Thắng", "ducthang"},
            {"P-HUNGLONG", "phường Hưng Long", "hunglong"}, {"P-DUCLONG", "phường Đức Long", "duclong"},
            {"X-THIENNGHIEP", "xã Thiện Nghiệp", "thiennghiep"}, {"X-PHONGNAM", "xã Phong Nẫm", "phongnam"},
            {"X-TIENLOI", "xã Tiến Lợi", "tienloi"}, {"X-TIENTHANH", "xã Tiến Thành", "tienthanh"},
    };

    private Fixtures() {
    }

    static Dispatch seed() {
        OfficialDocument doc = new OfficialDocument("", "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                new NumberSymbol("6174", "UBND-VX"), "Phan Thiết", LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN,
                "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ.",
                List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                List.of(Paragraph.of("Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 …")),
                new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"),
                List.of("Như trên", "Lưu: VT, QTM, VX (L)"), null);
        return new Dispatch(doc, List.of(
                new Requirement("1", "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin "
                        + "từ Email lạ gửi vào tài khoản người dùng, người dùng không được nhấp chuột vào các đường link kèm theo "
                        + "(vì hầu hết các link này là các trang web có chứa mã độc hoặc trang web giả mạo yêu cầu cung cấp "
                        + "mật khẩu để lấy cắp thông tin tài khoản).", List.of(), List.of()),
                new Requirement("2", "Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng lưu trữ "
                        + "và thực hiện việc xóa những thư Nhận và Gửi đã cũ ra khỏi hệ thống.", List.of(), List.of()),
                new Requirement("3", "Lưu trữ lại trên máy tính cá nhân các thư điện tử đã gửi quan trọng có thời gian gửi "
                        + "từ ngày 31/12/2017 trở về trước, trước ngày 30/8/2019.",
                        List.of(LocalDate.of(2019, 8, 30)), List.of())), List.of());
    }

    static List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        for (String[] u : UNITS) {
            boolean ward = u[0].startsWith("P-");
            out.add(new Unit(u[0], "Ủy ban nhân dân " + u[1], ward ? UnitKind.WARD : UnitKind.COMMUNE,
                    List.of("UBND " + u[1]), u[2] + "@" + DOMAIN, List.of(ward ? "PHUONG" : "XA", "PHUONG-XA")));
        }
        return out;
    }

    static Unit unit(String code) {
        return units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    static List<Assignment> assignments(List<Unit> units) {
        List<Assignment> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(new Assignment(u.code(), u.name(), u.email(), "1", null));
            out.add(new Assignment(u.code(), u.name(), u.email(), "2", null));
            out.add(new Assignment(u.code(), u.name(), u.email(), "3", LocalDate.of(2019, 8, 30)));
        }
        return out;
    }

    static TaskSet taskSet() {
        return new TaskSet(seed(), units(), assignments(units()), List.of());
    }

    static DispatchMailComposer composer() {
        return new DispatchMailComposer(OFFICE, OFFICE_NAME, MailTemplate.standard(), SENT_AT);
    }

    /** What the ledger would know after sending the seed to every unit at {@link #SENT_AT}. */
    static KnownDispatches known() {
        DispatchMailComposer composer = composer();
        List<SentMessage> sent = new ArrayList<>();
        for (Unit u : units()) {
            ComposedMail m = composer.compose(seed(), u, assignments(units()), List.of());
            String id = switch (u.code()) {
                case "P-DUCTHANG" -> DUCTHANG_ID;
                case "P-PHUTAI" -> PHUTAI_ID;
                default -> m.messageId();
            };
            sent.add(new SentMessage(DISPATCH_KEY, u.code(), id));
        }
        return new KnownDispatches(List.of(new KnownDispatches.Known(tracked(), assignments(units()))), sent, units());
    }

    /** The seed as the ledger would hold it, under {@link #DISPATCH_KEY}. */
    static TrackedDispatch tracked() {
        var d = seed().document();
        return new TrackedDispatch(DISPATCH_KEY, DISPATCH_ID, d.issuer(), d.date(), d.type(), d.subject(), "6174.txt",
                SENT_AT.instant());
    }

    static PasswordSource password(String value) {
        return PasswordSource.environment(PASSWORD_VARIABLE, Map.of(PASSWORD_VARIABLE, value));
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    static List<String> sampleNames() throws IOException {
        try (var s = Files.list(SAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
    }
}
