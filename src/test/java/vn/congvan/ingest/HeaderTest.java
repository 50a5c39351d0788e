package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The two-column header flattened into lines, in the ways real dispatches come. */
class HeaderTest {
    private static final String ISSUER = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT\n";
    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n";

    @TempDir
    Path dir;

    @Test
    void mottoFirstGivesTheSameHeaderAsIssuerFirst() {
        OfficialDocument issuerFirst = Fixtures.readText(dir, Fixtures.MINIMAL);
        OfficialDocument mottoFirst = Fixtures.readText(dir, Fixtures.minimalWith(ISSUER + "\n" + MOTTO, MOTTO + "\n" + ISSUER));

        assertEquals(issuerFirst, mottoFirst);
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", mottoFirst.issuer());
        assertNull(mottoFirst.parentIssuer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Độc lập – Tự do – Hạnh phúc", "Độc lập — Tự do — Hạnh phúc", "Độc lập - Tự do - Hạnh phúc",
            "**Độc lập-Tự do-Hạnh phúc**"})
    void theMottoDashMayBeAnyDash(String motto) {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("Độc lập – Tự do – Hạnh phúc", motto));

        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", document.issuer(), "the motto is never part of the issuer");
        assertEquals(new NumberSymbol("6174", "UBND-VX"), document.numberSymbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ PHAN THIẾT|-|ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
            "ỦY BAN NHÂN DÂN\\nPHƯỜNG ĐỨC THẮNG|-|ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG",
            "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT|-|ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
            "UBND TỈNH BÌNH THUẬN\\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG|UBND TỈNH BÌNH THUẬN|SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "UBND TỈNH BÌNH THUẬN\\nSỞ THÔNG TIN VÀ\\nTRUYỀN THÔNG|UBND TỈNH BÌNH THUẬN|SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "UBND THÀNH PHỐ PHAN THIẾT\\nPHÒNG VĂN HÓA VÀ THÔNG TIN|UBND THÀNH PHỐ PHAN THIẾT|PHÒNG VĂN HÓA VÀ THÔNG TIN",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\\nVĂN PHÒNG|ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN|VĂN PHÒNG",
            "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\\nCỤC AN TOÀN THÔNG TIN|BỘ THÔNG TIN VÀ TRUYỀN THÔNG|CỤC AN TOÀN THÔNG TIN",
            "UBND TỈNH BÌNH THUẬN\\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG|UBND TỈNH BÌNH THUẬN|HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            "UBND THÀNH PHỐ PHAN THIẾT\\nBAN CHỈ HUY QUÂN SỰ|UBND THÀNH PHỐ PHAN THIẾT|BAN CHỈ HUY QUÂN SỰ",
            "UBND TỈNH BÌNH THUẬN\\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH|UBND TỈNH BÌNH THUẬN|ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH",
            "UBND TỈNH BÌNH THUẬN\\nTRUNG TÂM CÔNG NGHỆ THÔNG TIN|UBND TỈNH BÌNH THUẬN|TRUNG TÂM CÔNG NGHỆ THÔNG TIN",
            "SỞ NỘI VỤ\\nCHI CỤC VĂN THƯ - LƯU TRỮ|SỞ NỘI VỤ|CHI CỤC VĂN THƯ - LƯU TRỮ",
            "UBND TỈNH BÌNH THUẬN\\nBAN DÂN TỘC|UBND TỈNH BÌNH THUẬN|BAN DÂN TỘC",
            "UBND HUYỆN HÀM THUẬN BẮC\\nỦY BAN NHÂN DÂN XÃ HÀM TRÍ|UBND HUYỆN HÀM THUẬN BẮC|ỦY BAN NHÂN DÂN XÃ HÀM TRÍ",
            "UBND TỈNH BÌNH THUẬN\\n**SỞ NỘI VỤ**|UBND TỈNH BÌNH THUẬN|SỞ NỘI VỤ",
            "**ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ PHAN THIẾT**|-|ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT"})
    void parentBodyAndIssuerAreToldApart(String lines, String parent, String issuer) {
        OfficialDocument document = Fixtures.readText(dir,
                Fixtures.minimalWith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT", lines.replace("\\n", "\n")));

        assertEquals(parent, document.parentIssuer());
        assertEquals(issuer, document.issuer());
    }

    @Test
    void regularParentOverBoldIssuerIsDecidedByTheStyleAsDecree30SetsIt() {
        // "TỔ CÔNG TÁC" alone would not be recognised as a parent body by its words.
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT",
                "TỔ CÔNG TÁC CẢI CÁCH\n**NHÓM HỖ TRỢ KỸ THUẬT**"));

        assertEquals("TỔ CÔNG TÁC CẢI CÁCH", document.parentIssuer());
        assertEquals("NHÓM HỖ TRỢ KỸ THUẬT", document.issuer());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 6174 /UBND-VX|6174|UBND-VX",
            "Số:6174/UBND-VX|6174|UBND-VX",
            "Số: 15/KH-UBND|15|KH-UBND",
            "Số: 05/BC-STTTT|05|BC-STTTT",
            "SỐ: 6174/ UBND-VX|6174|UBND-VX",
            "Số: 6174\u00a0/\u00a0UBND-VX   |6174|UBND-VX",
            "Số: 30/2020/NĐ-CP|30|2020/NĐ-CP",
            "**Số: 6174/UBND-VX**|6174|UBND-VX"})
    void numberAndSymbolAreNormalised(String line, String number, String symbol) {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("Số: 6174/UBND-VX", line));

        assertEquals(new NumberSymbol(number, symbol), document.numberSymbol());
    }

    @Test
    void aDraftWithoutNumberKeepsAnEmptyNumber() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("Số: 6174/UBND-VX", "Số:      /UBND-VX"));

        assertEquals(new NumberSymbol("", "UBND-VX"), document.numberSymbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Phan Thiết, ngày 21 tháng 8 năm 2019|Phan Thiết|2019-08-21",
            "Phan Thiết, ngày 05 tháng 02 năm 2020|Phan Thiết|2020-02-05",
            "Phan Thiết, ngày 5 tháng 2 năm 2020|Phan Thiết|2020-02-05",
            "*Bình Thuận, ngày 09 tháng 4 năm 2020*|Bình Thuận|2020-04-09",
            "Hà Nội, ngày 21/8/2019|Hà Nội|2019-08-21",
            "Phan Thiết,ngày 21 tháng 8 năm 2019.|Phan Thiết|2019-08-21"})
    void placeAndDate(String line, String place, LocalDate date) {
        OfficialDocument document = Fixtures.readText(dir,
                Fixtures.minimalWith("Phan Thiết, ngày 21 tháng 8 năm 2019", line));

        assertEquals(place, document.place());
        assertEquals(date, document.date());
    }

    @Test
    void placeAndDateMayStandBeforeTheNumberAsInARowByRowFlattening() {
        OfficialDocument document = Fixtures.readText(dir, """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ PHAN THIẾT
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Phan Thiết, ngày 21 tháng 8 năm 2019
                Số: 6174/UBND-VX
                V/v thử nghiệm

                1. Nội dung.
                """);

        assertEquals(LocalDate.of(2019, 8, 21), document.date());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", document.issuer());
        assertEquals("thử nghiệm", document.subject());
    }

    @Test
    void subjectIsJoinedOverItsLinesWithoutVvAndFinalPeriod() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("V/v thử nghiệm đọc công văn",
                "V/v đảm bảo an toàn thông tin khi\nsử dụng thư điện tử\ncông vụ."));

        assertEquals(DocumentType.CONG_VAN, document.type());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", document.subject());
    }

    @Test
    void aSubjectContinuedAfterABlankLineStillEndsAtThePlaceAndDate() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("V/v thử nghiệm đọc công văn",
                "V/v đảm bảo an toàn thông tin khi\n\nsử dụng thư điện tử công vụ."));

        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", document.subject());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BÁO CÁO\\nKết quả triển khai thư điện tử công vụ\\nnăm 2019|BAO_CAO|Kết quả triển khai thư điện tử công vụ năm 2019",
            "KẾ HOẠCH\\nSao lưu dữ liệu.|KE_HOACH|Sao lưu dữ liệu",
            "**QUYẾT ĐỊNH**\\n**Về việc ban hành Quy chế sử dụng thư điện tử**|QUYET_DINH|Về việc ban hành Quy chế sử dụng thư điện tử",
            "THÔNG BÁO\\n\\nLịch tiếp công dân tháng 9|THONG_BAO|Lịch tiếp công dân tháng 9"})
    void otherTypesTakeTheExcerptUnderTheTypeLine(String titleAndExcerpt, DocumentType type, String excerpt) {
        String content = Fixtures.minimalWith("Số: 6174/UBND-VX\nV/v thử nghiệm đọc công văn", "Số: 15/KH-UBND")
                .replace("Kính gửi: Sở Thông tin và Truyền thông.", titleAndExcerpt.replace("\\n", "\n"));
        OfficialDocument document = Fixtures.readText(dir, content);

        assertEquals(type, document.type());
        assertEquals(excerpt, document.subject());
        assertEquals("1. Nội dung thứ nhất.", document.paragraphs().get(0).text(), "the excerpt is not body");
    }
}
