package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A DOCX typed by a clerk: one paragraph a line in the header cells, NFD text, no-break spaces. */
class DocxReaderTest {
    @TempDir
    Path dir;

    @Test
    void headerCellsWithOneParagraphPerLineAndAFooterTable() throws Exception {
        Path file = dir.resolve("cong-van.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable header = docx.createTable(1, 2);
            cell(header.getRow(0).getCell(0), "**ỦY BAN NHÂN DÂN", "**THÀNH PHỐ PHAN THIẾT", "Số: 6174\u00A0/UBND-VX",
                    "V/v đảm bảo an toàn thông tin khi", "sử dụng thư điện tử công vụ.");
            cell(header.getRow(0).getCell(1), "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc",
                    java.text.Normalizer.normalize("Phan Thiết, ngày 21 tháng 8 năm 2019", java.text.Normalizer.Form.NFD));
            paragraph(docx.createParagraph(), "Kính gửi:");
            paragraph(docx.createParagraph(), "- Các cơ quan, đơn vị thuộc UBND thành phố;");
            paragraph(docx.createParagraph(), "- UBND các phường, xã.");
            paragraph(docx.createParagraph(), "1. Sao lưu dữ liệu trước ngày 30/8/2019.");
            XWPFTable footer = docx.createTable(1, 2);
            cell(footer.getRow(0).getCell(0), "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            cell(footer.getRow(0).getCell(1), "**KT. CHỦ TỊCH", "**PHÓ CHỦ TỊCH", "", "", "**Võ Văn Thông");
            docx.write(out);
        }

        OfficialDocument document = Fixtures.read(file);

        assertNull(document.parentIssuer());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", document.issuer());
        assertEquals(new NumberSymbol("6174", "UBND-VX"), document.numberSymbol());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", document.subject());
        assertEquals("Phan Thiết", document.place());
        assertEquals(LocalDate.of(2019, 8, 21), document.date());
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"), document.recipients());
        assertEquals(List.of("1. Sao lưu dữ liệu trước ngày 30/8/2019."),
                document.paragraphs().stream().map(p -> p.text()).toList());
        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Văn Thông"), document.signer());
        assertEquals(List.of("Như trên", "Lưu: VT"), document.distribution());
    }

    /** Paragraphs in a cell; a leading "**" makes the paragraph bold. */
    private static void cell(XWPFTableCell cell, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            paragraph(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines[i]);
        }
    }

    private static void paragraph(XWPFParagraph paragraph, String line) {
        boolean bold = line.startsWith("**");
        var run = paragraph.createRun();
        run.setText(bold ? line.substring(2) : line);
        run.setBold(bold);
    }
}
