package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvan.model.OfficialDocument;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Kính gửi": inline, inline lists, dash lists. */
class RecipientsTest {
    private static final String LINE = "Kính gửi: Sở Thông tin và Truyền thông.";

    @TempDir
    Path dir;

    private List<String> recipients(String kinhGui) {
        return Fixtures.readText(dir, Fixtures.minimalWith(LINE, kinhGui)).recipients();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kính gửi: Sở Thông tin và Truyền thông.|Sở Thông tin và Truyền thông",
            "Kính gửi: UBND các phường, xã|UBND các phường, xã",
            "Kính gửi: Các cơ quan, đơn vị thuộc UBND thành phố.|Các cơ quan, đơn vị thuộc UBND thành phố",
            "Kính gửi: Sở Tài chính; Sở Nội vụ.|Sở Tài chính;Sở Nội vụ",
            "Kính gửi: Phòng Văn hóa và Thông tin, Phòng Nội vụ, Công an thành phố.|Phòng Văn hóa và Thông tin;Phòng Nội vụ;Công an thành phố",
            "Kính gửi: Ban Chỉ huy Quân sự thành phố, Đài Truyền thanh - Truyền hình thành phố|Ban Chỉ huy Quân sự thành phố;Đài Truyền thanh - Truyền hình thành phố",
            "Kính gửi: UBND phường Đức Thắng, Ủy ban nhân dân xã Tiến Lợi, Trung tâm Y tế, Chi cục Thuế, Văn phòng HĐND và UBND|UBND phường Đức Thắng;Ủy ban nhân dân xã Tiến Lợi;Trung tâm Y tế;Chi cục Thuế;Văn phòng HĐND và UBND",
            "Kính gửi: Sở Y tế, các bệnh viện trên địa bàn.|Sở Y tế;các bệnh viện trên địa bàn",
            "Kính gửi: Văn phòng Tỉnh ủy, các Ban, ngành, đoàn thể tỉnh, Công an tỉnh, UBND các huyện, thị xã.|Văn phòng Tỉnh ủy;các Ban, ngành, đoàn thể tỉnh;Công an tỉnh;UBND các huyện, thị xã",
            "Kính gửi: Trung tâm Văn hóa, Thông tin và Thể thao huyện, Phòng Nội vụ huyện.|Trung tâm Văn hóa, Thông tin và Thể thao huyện;Phòng Nội vụ huyện",
            "Kính gửi: Các Sở, Ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.|Các Sở, Ban, ngành tỉnh;UBND các huyện, thị xã, thành phố",
            "Kính gửi: Thủ trưởng các cơ quan; UBND các phường, xã.|Thủ trưởng các cơ quan;UBND các phường, xã",
            "Kính gửi : Sở Nội vụ|Sở Nội vụ",
            "**Kính gửi:** Sở Nội vụ.|Sở Nội vụ"})
    void inlineRecipientsSplitWhereANewBodyBegins(String line, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), recipients(line));
    }

    @Test
    void dashListAfterABlankLine() {
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                recipients("Kính gửi:\n\n- Các cơ quan, đơn vị thuộc UBND thành phố;\n- UBND các phường, xã."));
    }

    @Test
    void dashListWithTheFirstEntryOnTheKinhGuiLine() {
        assertEquals(List.of("Trường Tiểu học Đức Thắng", "Trạm Y tế phường Đức Thắng", "Công an phường Đức Thắng"),
                recipients("Kính gửi: - Trường Tiểu học Đức Thắng;\n- Trạm Y tế phường Đức Thắng;\n- Công an phường Đức Thắng."));
        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ"), recipients("Kính gửi: Sở Tài chính;\n- Sở Nội vụ."));
    }

    @Test
    void aWrappedEntryIsJoined() {
        assertEquals(List.of("Văn phòng HĐND và UBND thành phố (bộ phận quản trị mạng)", "UBND các phường, xã"),
                recipients("Kính gửi:\n- Văn phòng HĐND và UBND thành phố\n(bộ phận quản trị mạng);\n- UBND các phường, xã."));
    }

    @Test
    void aBodyStartingWithADashIsNotTakenForTheList() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith(LINE,
                "Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.\n\n- Căn cứ tình hình thực tế, UBND thành phố đề nghị:"));

        assertEquals(List.of("Sở Tài chính", "Sở Nội vụ"), document.recipients());
        assertEquals("- Căn cứ tình hình thực tế, UBND thành phố đề nghị:", document.paragraphs().get(0).text());
    }

    @Test
    void aDocumentWithoutKinhGuiHasNoRecipients() {
        OfficialDocument document = Fixtures.read(Fixtures.KE_HOACH);

        assertEquals(List.of(), document.recipients());
        assertEquals("Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;",
                document.paragraphs().get(0).text());
    }
}
