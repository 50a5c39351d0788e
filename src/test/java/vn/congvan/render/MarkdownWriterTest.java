package vn.congvan.render;

import org.junit.jupiter.api.Test;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text layout a clerk sees, line by line. */
class MarkdownWriterTest {
    private final MarkdownWriter writer = new MarkdownWriter();

    @Test
    void congVanInTheSeedsLayout() {
        OfficialDocument document = new OfficialDocument(null, "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                new NumberSymbol("6174", "UBND-VX"), "Phan Thiết", LocalDate.of(2019, 8, 21), DocumentType.CONG_VAN,
                "đảm bảo an toàn thông tin", List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"),
                List.of(new Paragraph(List.of(Run.plain("3. Xóa thư trong "), new Run("Hộp thư đã gửi", true, false),
                        Run.plain(" trước ngày 30/8/2019.")), Paragraph.Role.ITEM)),
                new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"), List.of("Như trên", "Lưu: VT, QTM, VX (L)"), null);

        assertEquals("""
                **ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT**

                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc**

                Số: 6174/UBND-VX
                V/v đảm bảo an toàn thông tin

                Phan Thiết, ngày 21 tháng 8 năm 2019

                Kính gửi:

                - Các cơ quan, đơn vị thuộc UBND thành phố;
                - UBND các phường, xã.

                3. Xóa thư trong **Hộp thư đã gửi** trước ngày 30/8/2019.

                Nơi nhận:

                - Như trên;
                - Lưu: VT, QTM, VX (L).

                **KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH**

                Võ Văn Thông
                """, writer.write(document));
    }

    @Test
    void reportWithParentIssuerOneRecipientDraftNumberAndDoubleAuthority() {
        OfficialDocument document = new OfficialDocument("UBND TỈNH BÌNH THUẬN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                new NumberSymbol("", "BC-STTTT"), "Bình Thuận", LocalDate.of(2020, 2, 5), DocumentType.BAO_CAO,
                "Kết quả sao lưu dữ liệu", List.of("UBND tỉnh Bình Thuận"),
                List.of(Paragraph.of("Tệp *mau_1* được [lưu].")),
                new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phước"), List.of(), null);
        String text = writer.write(document);

        assertTrue(text.startsWith("UBND TỈNH BÌNH THUẬN\n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**\n\n"), text);
        assertTrue(text.contains("\n\nSố:       /BC-STTTT\n\nBình Thuận, ngày 05 tháng 02 năm 2020\n\n"), text);
        assertTrue(text.contains("\n\n**BÁO CÁO\nKết quả sao lưu dữ liệu**\n\nKính gửi: UBND tỉnh Bình Thuận.\n\n"), text);
        assertTrue(text.contains("Tệp \\*mau\\_1\\* được \\[lưu\\]."), "Markdown characters escaped: " + text);
        assertTrue(text.endsWith("**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nNguyễn Hữu Phước\n"), text);
        assertTrue(!text.contains("Nơi nhận"), "no empty Nơi nhận");
    }
}
