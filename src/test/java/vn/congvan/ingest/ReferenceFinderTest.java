package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvan.model.Reference;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Other documents a text cites. */
class ReferenceFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Thực hiện Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019 của Sở.|707/STTTT-TTCNTT&TT|2019-08-12",
            "Căn cứ Kế hoạch số 15/KH-UBND của UBND tỉnh.|15/KH-UBND|-",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.|30/2020/NĐ-CP|2020-03-05",
            "Căn cứ Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018.|28/2018/QĐ-TTg|2018-07-12",
            "Theo Thông tư số 01/2011/TT-BNV, các cơ quan …|01/2011/TT-BNV|-",
            "Thực hiện Chỉ thị số 02/CT-TTg ngày 23/01/2019;|02/CT-TTg|2019-01-23",
            "theo công văn số 85/STTTT-BCVT, ngày 20/01/2020|85/STTTT-BCVT|2020-01-20",
            "Báo cáo số 05/BC-STTTT.|05/BC-STTTT|-"})
    void citations(String text, String numberSymbol, LocalDate date) {
        assertEquals(List.of(new Reference(numberSymbol, date)), ReferenceFinder.find(List.of(text), "6174/UBND-VX"));
    }

    @Test
    void eachDocumentOnceKeepingTheDateWhereAnyCitationGivesIt() {
        List<Reference> found = ReferenceFinder.find(List.of(
                "Thực hiện Kế hoạch số 15/KH-UBND và Công văn số 707/STTTT-TTCNTT&TT ngày 12/8/2019;",
                "như Công văn số 707/STTTT-TTCNTT&TT đã nêu và Kế hoạch số 15/KH-UBND ngày 02/01/2019."), "6174/UBND-VX");

        assertEquals(List.of(new Reference("15/KH-UBND", LocalDate.of(2019, 1, 2)),
                new Reference("707/STTTT-TTCNTT&TT", LocalDate.of(2019, 8, 12))), found);
    }

    @Test
    void theDocumentsOwnNumberIsNoReference() {
        assertEquals(List.of(), ReferenceFinder.find(List.of("Công văn số 6174/UBND-VX này thay thế …"), "6174/UBND-VX"));
    }

    @Test
    void plainNumbersAreNoCitation() {
        assertEquals(List.of(), ReferenceFinder.find(List.of("Số lượng 15 tài khoản; dung lượng 30/50 GB."), "6174/UBND-VX"));
    }
}
