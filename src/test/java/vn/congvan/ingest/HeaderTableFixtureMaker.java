package vn.congvan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Makes the department's DOCX of {@code dispatches/forms/} as a provincial office's Word template is laid
 * out: the header a two-column table without borders whose columns are narrow, so that the motto, the
 * subject and the place and date wrap inside their cells; Kính gửi on one line; the footer a table too.
 * Run {@code main} to make it again, then convert it with
 * {@code soffice --headless --convert-to pdf so-bang-tieu-de.docx} in that folder (the committed PDF is
 * LibreOffice's, as an office would print it).
 */
final class HeaderTableFixtureMaker {
    static final Path DOCX = Path.of("src/test/resources/dispatches/forms/so-bang-tieu-de.docx");

    private HeaderTableFixtureMaker() {
    }

    public static void main(String[] args) throws IOException {
        write(DOCX);
    }

    static void write(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            // A4 with Decree 30's margins; the header columns are 5.4 cm and 6.2 cm wide (in twips).
            XWPFTable header = table(docx, 3060, 3520);
            cell(header.getRow(0).getCell(0), List.of(
                    line("UBND TỈNH HẢI LÂM", false, false),
                    line("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", true, false),
                    line("Số: 512/STTTT-BCVT", false, false),
                    line("V/v hướng dẫn sử dụng chữ ký số trên thiết bị di động", false, false)));
            cell(header.getRow(0).getCell(1), List.of(
                    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false),
                    line("Độc lập - Tự do - Hạnh phúc", true, false),
                    line("Hải Lâm, ngày 15 tháng 3 năm 2022", false, true)));
            body(docx, "", false);
            body(docx, "Kính gửi: Văn phòng UBND tỉnh, các Sở, ban, ngành tỉnh, UBND các huyện, thị xã, "
                    + "Trung tâm Văn hóa, Thông tin và Thể thao các huyện.", false);
            body(docx, "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2022 của UBND tỉnh về chuyển đổi số, "
                    + "Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:", false);
            body(docx, "1. Cài đặt ứng dụng ký số trên thiết bị di động cho lãnh đạo và văn thư trước ngày 31/3/2022.", false);
            body(docx, "2. Gửi danh sách cán bộ được cấp chứng thư số về Sở Thông tin và Truyền thông trước ngày 08/4/2022.", false);
            body(docx, "Đầu mối liên hệ: Phòng Bưu chính, Viễn thông, điện thoại 0252.3800.111.", false);
            XWPFTable footer = table(docx, 4700, 4700);
            cell(footer.getRow(0).getCell(0), List.of(
                    line("Nơi nhận:", true, true),
                    line("- Như trên;", false, false),
                    line("- Giám đốc, các PGĐ Sở;", false, false),
                    line("- Lưu: VT, BCVT.", false, false)));
            cell(footer.getRow(0).getCell(1), List.of(
                    line("KT. GIÁM ĐỐC", true, false),
                    line("PHÓ GIÁM ĐỐC", true, false),
                    line("", false, false),
                    line("", false, false),
                    line("Nguyễn Hoàng Phúc", true, false)));
            docx.write(out);
        }
    }

    record Line(String text, boolean bold, boolean italic) {
    }

    static Line line(String text, boolean bold, boolean italic) {
        return new Line(text, bold, italic);
    }

    /** One row of two cells with fixed widths and no borders, as office templates set their header. */
    static XWPFTable table(XWPFDocument docx, int left, int right) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        var properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        properties.getTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(left + right));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(right));
        width(table.getRow(0).getCell(0), left);
        width(table.getRow(0).getCell(1), right);
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    static void cell(XWPFTableCell cell, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, lines.get(i));
        }
    }

    static void body(XWPFDocument docx, String text, boolean bold) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, line(text, bold, false));
    }

    static void run(XWPFParagraph p, Line line) {
        XWPFRun run = p.createRun();
        run.setText(line.text());
        run.setBold(line.bold());
        run.setItalic(line.italic());
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
    }
}
