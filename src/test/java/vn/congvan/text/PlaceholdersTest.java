package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.congvan.model.InputException;

/** One placeholder engine for document and mail templates. */
class PlaceholdersTest {
    private static final String TEXT = "Kính gửi {{ don_vi }}.\nCông văn {{so_ky_hieu}} ngày {{ngày}}; {{don_vi}} báo cáo.";

    @Test
    void findsNamesInOrderOfFirstUseAndOneStandingAlone() {
        assertEquals(List.of("don_vi", "so_ky_hieu", "ngày"), List.copyOf(Placeholders.names(TEXT)));
        assertEquals(Optional.of("bang"), Placeholders.alone("  {{bang}} "));
        assertEquals(Optional.empty(), Placeholders.alone("Bảng {{bang}}"));
    }

    @Test
    void fillsTextAndNamesWhatItCannotFill() {
        Map<String, Object> values = Map.of("don_vi", "UBND phường Mũi Né", "so_ky_hieu", "6174/UBND-VX", "ngày", "21/8/2019");
        assertEquals("Kính gửi UBND phường Mũi Né.\nCông văn 6174/UBND-VX ngày 21/8/2019; UBND phường Mũi Né báo cáo.",
                Placeholders.fill("mau.md", TEXT, values));

        InputException unknown = assertThrows(InputException.class,
                () -> Placeholders.requireKnown("mau.md", TEXT, Set.of("don_vi", "ngày")::contains));
        assertEquals("Mẫu mau.md, dòng 2: trường {{so_ky_hieu}} không có dữ liệu để điền (tên trường sai hoặc không được hỗ trợ).",
                unknown.getMessage());
        InputException table = assertThrows(InputException.class,
                () -> Placeholders.fill("mau.md", "Xem {{bang}}", Map.of("bang", List.of("a"))));
        assertEquals("Mẫu mau.md: trường {{bang}} là một bảng hoặc danh sách, phải đứng riêng một dòng.", table.getMessage());
    }
}
