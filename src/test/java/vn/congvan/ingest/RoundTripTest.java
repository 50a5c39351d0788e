package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.render.MarkdownWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** parse → model → write → parse gives an equal model: the one-model promise, for text and for DOCX. */
class RoundTripTest {
    @TempDir
    Path dir;

    static List<Path> fixtures() {
        return Fixtures.ALL;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void markdownWrittenBackReadsAsTheSameModel(Path fixture) {
        OfficialDocument original = Fixtures.read(fixture);
        String markdown = new MarkdownWriter().write(original);
        OfficialDocument again = Fixtures.read(Fixtures.write(dir, "ban-ghi.md", markdown));

        assertEquals(original, again);
        assertEquals(markdown, new MarkdownWriter().write(again), "writing is stable");
        assertNotNull(original.signer());
        assertFalse(original.paragraphs().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void docxWrittenInTheOfficialLayoutReadsAsTheSameModel(Path fixture) throws Exception {
        OfficialDocument original = Fixtures.read(fixture);
        Path docx = DocxFixture.write(original, dir.resolve("ban-ghi.docx"));

        assertEquals(original, Fixtures.read(docx));
    }

    @Test
    void aModelBuiltInCodeComesBackEqualThroughMarkdownAndDocx() throws Exception {
        OfficialDocument built = new OfficialDocument("UBND TỈNH BÌNH THUẬN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                new NumberSymbol("05", "BC-STTTT"), "Bình Thuận", LocalDate.of(2020, 2, 5), DocumentType.BAO_CAO,
                "Kết quả sao lưu dữ liệu thư điện tử năm 2019", List.of("UBND tỉnh Bình Thuận"),
                List.of(new Paragraph(List.of(Run.plain("Căn cứ Kế hoạch số 120/KH-STTTT ngày 26/8/2019;")), Paragraph.Role.LEGAL_BASIS),
                        new Paragraph(List.of(Run.plain("I. KẾT QUẢ")), Paragraph.Role.HEADING),
                        new Paragraph(List.of(Run.plain("1. Đã sao lưu "), new Run("1.250 hộp thư", true, false),
                                Run.plain(" (tệp *mau_1* và [phụ lục] & bảng kê &amp; khác)."),
                                new Run("Ghi chú", false, true)), Paragraph.Role.ITEM),
                        new Paragraph(List.of(Run.plain("a) Còn "), new Run("12", true, true), Run.plain(" hộp thư lỗi.")),
                                Paragraph.Role.SUB_ITEM)),
                new Signer("TM.", "ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phước"),
                List.of("Như trên", "Lưu: VT, BCVT"), null);

        Path markdown = Fixtures.write(dir, "bao-cao.md", new MarkdownWriter().write(built));
        assertEquals(built, Fixtures.read(markdown));
        assertEquals(built, Fixtures.read(DocxFixture.write(built, dir.resolve("bao-cao.docx"))));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theDispatchAnalysisSurvivesTheRoundTrip(Path fixture) {
        var original = new DispatchReader().read(fixture);
        Path written = Fixtures.write(dir, "ban-ghi.md", new MarkdownWriter().write(original.document()));

        var again = new DispatchReader().read(written);
        assertEquals(original.requirements(), again.requirements());
        assertEquals(original.references(), again.references());
    }
}
