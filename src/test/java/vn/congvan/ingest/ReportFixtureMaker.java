package vn.congvan.ingest;

import static vn.congvan.ingest.HeaderTableFixtureMaker.body;
import static vn.congvan.ingest.HeaderTableFixtureMaker.cell;
import static vn.congvan.ingest.HeaderTableFixtureMaker.line;
import static vn.congvan.ingest.HeaderTableFixtureMaker.run;
import static vn.congvan.ingest.HeaderTableFixtureMaker.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Makes the wards' DOCX reports of {@code reports/} as a ward's Word template lays them out: the header a
 * borderless two-column table (as {@link HeaderTableFixtureMaker}), the footer a table too. One report is
 * written in sections (I. results, II. difficulties with their own numbered points, III. proposals), the
 * other as a results table STT | Nội dung | Kết quả | Ghi chú. Run {@code main} to make them again, then
 * {@code soffice --headless --convert-to pdf phu-trinh-bao-cao.docx} in that folder for the committed PDF.
 */
final class ReportFixtureMaker {
    static final Path FOLDER = Path.of("src/test/resources/reports");

    private ReportFixtureMaker() {
    }

    public static void main(String[] args) throws IOException {
        sections(FOLDER.resolve("phu-trinh-bao-cao.docx"));
        resultTable(FOLDER.resolve("phu-thuy-bang-ket-qua.docx"));
    }

    static void sections(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            header(docx, "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", "ỦY BAN NHÂN DÂN PHƯỜNG PHÚ TRINH", "Số: 152/BC-UBND",
                    "Phú Trinh, ngày 28 tháng 8 năm 2019");
            body(docx, "", false);
            body(docx, "BÁO CÁO", true);
            body(docx, "Kết quả thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố về việc đảm bảo "
                    + "an toàn thông tin khi sử dụng thư điện tử công vụ", true);
            body(docx, "Thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố Phan Thiết, UBND phường "
                    + "Phú Trinh đã triển khai thực hiện các nội dung và báo cáo kết quả như sau:", false);
            body(docx, "I. KẾT QUẢ THỰC HIỆN", true);
            body(docx, "1. Về phổ biến cảnh giác với thư điện tử lạ: Đã hoàn thành. Ngày 23/8/2019, UBND phường đã tổ "
                    + "chức phổ biến tại cuộc họp giao ban cho 28 cán bộ, công chức.", false);
            body(docx, "2. Về kiểm tra dung lượng hộp thư, xóa thư cũ: Đang thực hiện, dự kiến hoàn thành trước ngày "
                    + "10/9/2019; đã kiểm tra 15/22 hộp thư.", false);
            body(docx, "3. Về sao lưu thư đã gửi từ ngày 31/12/2017 trở về trước: Chưa thực hiện do máy tính của bộ "
                    + "phận một cửa bị hỏng ổ cứng, đang chờ sửa chữa.", false);
            body(docx, "II. KHÓ KHĂN, VƯỚNG MẮC", true);
            body(docx, "1. Một số máy tính cũ chưa cài đặt phần mềm diệt virus.", false);
            body(docx, "2. Cán bộ phụ trách công nghệ thông tin của phường chưa được tập huấn.", false);
            body(docx, "III. ĐỀ XUẤT, KIẾN NGHỊ", true);
            body(docx, "Đề nghị UBND thành phố hỗ trợ phường 01 máy tính cho bộ phận một cửa.", false);
            body(docx, "Trên đây là báo cáo kết quả thực hiện Công văn số 6174/UBND-VX của UBND phường Phú Trinh./.", false);
            footer(docx, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Mai");
            docx.write(out);
        }
    }

    static void resultTable(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            header(docx, "UBND THÀNH PHỐ PHAN THIẾT", "UBND PHƯỜNG PHÚ THỦY", "Số: 203/BC-UBND",
                    "Phú Thủy, ngày 29 tháng 8 năm 2019");
            body(docx, "", false);
            body(docx, "BÁO CÁO", true);
            body(docx, "Kết quả thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố", true);
            body(docx, "Thực hiện Công văn số 6174/UBND-VX ngày 21/8/2019 của UBND thành phố, UBND phường Phú Thủy báo "
                    + "cáo kết quả thực hiện như sau:", false);
            XWPFTable results = docx.createTable(4, 4);
            row(results.getRow(0), "STT", "Nội dung", "Kết quả", "Ghi chú");
            row(results.getRow(1), "1", "Phổ biến cảnh giác với thư điện tử lạ", "Đã hoàn thành",
                    "Ngày 22/8/2019 phổ biến tại giao ban");
            row(results.getRow(2), "2", "Kiểm tra dung lượng hộp thư, xóa thư cũ", "Đang thực hiện",
                    "Dự kiến hoàn thành trước ngày 05/9/2019");
            row(results.getRow(3), "3", "Sao lưu thư đã gửi trước ngày 31/12/2017", "Chưa thực hiện",
                    "Do chưa có thiết bị lưu trữ");
            body(docx, "Trên đây là báo cáo của UBND phường Phú Thủy./.", false);
            footer(docx, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Văn Nam");
            docx.write(out);
        }
    }

    private static void header(XWPFDocument docx, String parent, String issuer, String number, String placeDate) {
        XWPFTable header = table(docx, 4300, 5100);
        cell(header.getRow(0).getCell(0), List.of(line(parent, false, false), line(issuer, true, false),
                line(number, false, false)));
        cell(header.getRow(0).getCell(1), List.of(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false),
                line("Độc lập - Tự do - Hạnh phúc", true, false), line(placeDate, false, true)));
    }

    private static void footer(XWPFDocument docx, String authority, String position, String name) {
        XWPFTable footer = table(docx, 4700, 4700);
        cell(footer.getRow(0).getCell(0), List.of(line("Nơi nhận:", true, true),
                line("- UBND thành phố (b/c);", false, false),
                line("- Văn phòng HĐND và UBND thành phố;", false, false),
                line("- Lưu: VT.", false, false)));
        cell(footer.getRow(0).getCell(1), List.of(line(authority, true, false), line(position, true, false),
                line("", false, false), line("", false, false), line(name, true, false)));
    }

    private static void row(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            run(row.getCell(i).getParagraphs().get(0), line(cells[i], row.getTable().getRow(0) == row, false));
        }
    }
}
