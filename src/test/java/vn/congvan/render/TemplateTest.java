package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Table;

/** Templates a clerk edits: front matter and placeholders into the one document model. */
class TemplateTest {
    static final String SMALL = """
            ---
            # a comment a clerk left
            type: THÔNG BÁO
            issuer: "{{co_quan}}"
            number: ""
            symbol: TB-UBND
            place: Phan Thiết
            date: "{{ngay}}"
            excerpt: Lịch tiếp công dân tháng {{thang}}
            signer-position: CHỦ TỊCH
            signer-name: Trần Văn Mẫu
            recipients:
              - "{{noi_nhan}}"
            distribution:
              - Như trên
              - "Lưu: VT"
            ---
            I. LỊCH TIẾP

            Chủ tịch tiếp công dân vào **thứ Năm** hằng tuần, tại *trụ sở* {{co_quan}}.

            {{bang}}

            1. Công dân mang theo giấy tờ tùy thân.
            2. Đăng ký trước tại bộ phận một cửa.
            """;

    @Test
    void theSigningAuthorityIsAListOfLinesPrintedInOrder() {
        String doubleAuthority = SMALL.replace("signer-position: CHỦ TỊCH",
                "signer-authority:\n  - TM. ỦY BAN NHÂN DÂN\n  - KT. CHỦ TỊCH\nsigner-position: PHÓ CHỦ TỊCH");
        Map<String, Object> values = new HashMap<>();
        values.put("co_quan", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG");
        values.put("ngay", "2019-09-02");
        values.put("thang", "9/2019");
        values.put("noi_nhan", List.of("Các tổ dân phố"));
        values.put("bang", List.of());
        OfficialDocument d = Template.parse("thong-bao.md", doubleAuthority).fill(values);

        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), d.signer().authorityLines());
        assertEquals("PHÓ CHỦ TỊCH", d.signer().position());
        String markdown = new MarkdownWriter().write(d);
        int first = markdown.indexOf("TM. ỦY BAN NHÂN DÂN");
        int second = markdown.indexOf("KT. CHỦ TỊCH");
        int position = markdown.indexOf("PHÓ CHỦ TỊCH");
        assertTrue(first >= 0 && first < second && second < position, markdown);
    }

    @Test
    void fillsHeaderBodyTablesAndLists() {
        Template t = Template.parse("thong-bao.md", SMALL);
        Table table = new Table(List.of("Ngày", "Người tiếp"), List.of(List.of("05/09/2019", "Chủ tịch")), List.of(1.0, 2.0));
        Map<String, Object> values = new HashMap<>();
        values.put("co_quan", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG");
        values.put("ngay", "2019-09-02");
        values.put("thang", "9/2019");
        values.put("noi_nhan", List.of("Các tổ dân phố", "Công an phường"));
        values.put("bang", table);
        OfficialDocument d = t.fill(values);

        assertEquals(DocumentType.THONG_BAO, d.type());
        assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG", d.issuer());
        assertNull(d.parentIssuer());
        assertEquals("", d.numberSymbol().number(), "a draft until it is numbered at signing");
        assertEquals("TB-UBND", d.numberSymbol().symbol());
        assertEquals(LocalDate.of(2019, 9, 2), d.date());
        assertEquals("Lịch tiếp công dân tháng 9/2019", d.subject());
        assertEquals(List.of("Các tổ dân phố", "Công an phường"), d.recipients());
        assertEquals(List.of("Như trên", "Lưu: VT"), d.distribution());
        assertEquals(List.of(), d.signer().authorityLines());
        assertEquals("CHỦ TỊCH", d.signer().position());

        assertEquals(5, d.body().size());
        Paragraph heading = (Paragraph) d.body().get(0);
        assertEquals(Paragraph.Role.HEADING, heading.role());
        Paragraph text = (Paragraph) d.body().get(1);
        assertEquals("Chủ tịch tiếp công dân vào thứ Năm hằng tuần, tại trụ sở ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG.", text.text());
        assertTrue(text.runs().stream().anyMatch(r -> r.bold() && r.text().equals("thứ Năm")));
        assertTrue(text.runs().stream().anyMatch(r -> r.italic() && r.text().equals("trụ sở")));
        assertInstanceOf(Table.class, d.body().get(2));
        Paragraph item = (Paragraph) d.body().get(3);
        assertEquals(Paragraph.Role.ITEM, item.role());
        assertEquals("1. Công dân mang theo giấy tờ tùy thân.", item.text());
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsLine() {
        Template t = Template.parse("thong-bao.md", SMALL.replace("tại *trụ sở* {{co_quan}}", "tại {{dia_chi_tru_so}}"));
        Map<String, Object> values = new HashMap<>(Map.of("co_quan", "UBND", "ngay", "2019-09-02", "thang", "9",
                "noi_nhan", "A", "bang", new Table(List.of("a"), List.of(), List.of(1.0))));
        InputException e = assertThrows(InputException.class, () -> t.fill(values));
        assertTrue(e.getMessage().contains("{{dia_chi_tru_so}}"), e.getMessage());
        assertTrue(e.getMessage().contains("thong-bao.md") && e.getMessage().contains("dòng 20"), e.getMessage());
    }

    @Test
    void aTemplateWithoutHeaderOrWithAWrongTypeIsRefused(@TempDir Path dir) throws Exception {
        Path noHeader = Files.writeString(dir.resolve("khong-dau.md"), "Chỉ có nội dung.\n");
        assertTrue(assertThrows(InputException.class, () -> Template.load(noHeader)).getMessage().contains("khong-dau.md"));
        Template wrongType = Template.parse("sai-loai.md", SMALL.replace("type: THÔNG BÁO", "type: THƯ MỜI"));
        Map<String, Object> values = new HashMap<>(Map.of("co_quan", "UBND", "ngay", "2019-09-02", "thang", "9",
                "noi_nhan", "A", "bang", new Table(List.of("a"), List.of(), List.of(1.0))));
        InputException e = assertThrows(InputException.class, () -> wrongType.fill(values));
        assertTrue(e.getMessage().contains("THƯ MỜI"), e.getMessage());
    }

    @Test
    void theShippedTemplatesDeclareTheirFields() {
        for (String name : List.of("bao-cao-ket-qua.md", "cong-van-don-doc.md")) {
            Template t = Template.load(Path.of("templates", name));
            assertTrue(t.placeholders().contains("so_ky_hieu"), name);
            assertTrue(t.placeholders().contains("nguoi_ky"), name);
        }
    }
}
