package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Paragraph.Role;
import vn.congvan.model.Run;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Body paragraphs: roles, styled runs, the contact line. */
class BodyTest {
    private static final String BODY = "1. Nội dung thứ nhất.";

    @TempDir
    Path dir;

    private List<Paragraph> body(String text) {
        return Fixtures.readText(dir, Fixtures.minimalWith(BODY, text)).paragraphs();
    }

    @Test
    void rolesFromTheLabels() {
        List<Paragraph> body = body("""
                Căn cứ Luật Giao dịch điện tử;

                I. MỤC ĐÍCH

                Đoạn văn thường.

                1. Mục một.

                a) Mục con.

                1.1. Mục cấp hai.

                - Gạch đầu dòng.""");

        assertEquals(List.of(Role.LEGAL_BASIS, Role.HEADING, Role.TEXT, Role.ITEM, Role.SUB_ITEM, Role.SUB_ITEM, Role.TEXT),
                body.stream().map(Paragraph::role).toList());
        assertEquals("a) Mục con.", body.get(4).text(), "labels stay in the text");
    }

    @Test
    void labelledLinesStartParagraphsEvenWithoutBlankLinesAndWrappedLinesJoin() {
        List<Paragraph> body = body("Căn cứ Luật A;\nCăn cứ Luật B,\nsửa đổi năm 2019;\n1. Mục một\nvẫn là mục một.\n2. Mục hai.");

        assertEquals(List.of("Căn cứ Luật A;", "Căn cứ Luật B, sửa đổi năm 2019;", "1. Mục một vẫn là mục một.", "2. Mục hai."),
                body.stream().map(Paragraph::text).toList());
    }

    @Test
    void boldAndItalicRunsAreKeptWithoutTheirMarkers() {
        List<Paragraph> body = body("3. Xóa thư trong **Hộp thư đã gửi** ra khỏi *hệ thống*  **có thời gian\ngửi từ ngày 31/12/2017**.");

        assertEquals(List.of(Run.plain("3. Xóa thư trong "), new Run("Hộp thư đã gửi", true, false), Run.plain(" ra khỏi "),
                new Run("hệ thống", false, true), Run.plain(" "), new Run("có thời gian gửi từ ngày 31/12/2017", true, false),
                Run.plain(".")), body.get(0).runs());
    }

    @Test
    void escapedMarkdownCharactersStayAsWritten() {
        assertEquals("Tệp *ten_tep* và [1]", body("Tệp \\*ten\\_tep\\* và [1]").get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thông tin liên hệ để được hỗ trợ: Ông Nguyễn Duy Tâm.", "Liên hệ: bà Phạm Ngọc Lan, Phòng Nội vụ.",
            "Đầu mối liên hệ: ông Đỗ Thành Nhân, điện thoại nội bộ số 12.", "**Thông tin liên hệ:** ông Đỗ Thành Nhân."})
    void theContactLineIsFoundAndStaysInTheBody(String line) {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith(BODY, BODY + "\n\n" + line));

        String expected = line.replace("**", "");
        assertEquals(expected, document.contact());
        assertEquals(expected, document.paragraphs().get(1).text());
    }

    @Test
    void noContactLineMeansNoContact() {
        assertNull(Fixtures.readText(dir, Fixtures.MINIMAL).contact());
    }
}
