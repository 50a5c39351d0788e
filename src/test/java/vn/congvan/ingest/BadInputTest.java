package vn.congvan.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.OfficialDocument;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;


/** Bad input: a Vietnamese message that names the file, what is wrong and, where it helps, the line. */
class BadInputTest {
    @TempDir
    Path dir;

    /** Asserts the reader refuses {@code file} with a message naming it and containing every {@code expected} part. */


    private static int lineOf(String content, String needle) {
        return content.substring(0, content.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void notADispatch() {
        Path file = Fixtures.write(dir, "thu.txt", "Chào anh,\n\nHẹn gặp anh lúc 9 giờ sáng mai tại phòng họp.\n\nThân.\n");
        Fixtures.refused(file, "không phải công văn");
    }

    @Test
    void aHeaderWithoutIssuerIsNotADispatch() {
        String content = Fixtures.minimalWith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN THIẾT\n", "");
        Fixtures.refused(Fixtures.write(dir, "khong-co-co-quan.txt", content), "không phải công văn", "cơ quan ban hành");
    }

    @Test
    void noNumberLine() {
        String content = Fixtures.minimalWith("Số: 6174/UBND-VX\n", "");
        Fixtures.refused(Fixtures.write(dir, "khong-so.txt", content), "không thấy dòng số, ký hiệu", "Số: 6174/UBND-VX");
    }

    @Test
    void aMalformedNumberLineIsNamedWithItsLine() {
        String content = Fixtures.minimalWith("Số: 6174/UBND-VX", "Số: sáu nghìn");
        Fixtures.refused(Fixtures.write(dir, "so-sai.txt", content), "dòng " + lineOf(content, "Số: sáu"), "Số: sáu nghìn");
    }

    @Test
    void noPlaceAndDate() {
        String content = Fixtures.minimalWith("Phan Thiết, ngày 21 tháng 8 năm 2019\n", "");
        Fixtures.refused(Fixtures.write(dir, "khong-ngay.txt", content), "ngày ban hành");
    }

    @Test
    void anImpossibleIssueDate() {
        String content = Fixtures.minimalWith("ngày 21 tháng 8 năm 2019", "ngày 31 tháng 02 năm 2019");
        Fixtures.refused(Fixtures.write(dir, "ngay-sai.txt", content), "dòng " + lineOf(content, "Phan Thiết,"),
                "31/02/2019", "không có thật");
    }

    @Test
    void anImpossibleDeadlineInTheBody() {
        String content = Fixtures.minimalWith("1. Nội dung thứ nhất.", "1. Nội dung thứ nhất.\n\n2. Báo cáo trước ngày 31/02/2019.");
        Fixtures.refused(Fixtures.write(dir, "han-sai.txt", content), "dòng " + lineOf(content, "2. Báo cáo"), "31/02/2019");
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = (Fixtures.MINIMAL + "\u0000\u0001\u0002").getBytes(StandardCharsets.UTF_8);
        Fixtures.refused(Fixtures.write(dir, "nhi-phan.txt", bytes), "không phải văn bản thuần", "NUL");
    }

    @Test
    void utf16IsRefusedNotGuessed() {
        Fixtures.refused(Fixtures.write(dir, "utf16.txt", Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_16)), "UTF-16");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        // One "ê" saved as Latin-1 (0xEA) in an otherwise UTF-8 file, as a careless editor does.
        String before = Fixtures.MINIMAL.substring(0, Fixtures.MINIMAL.indexOf("Phan Thiết, ngày") + "Phan Thi".length());
        String after = Fixtures.MINIMAL.substring(before.length() + 1);
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xEA;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

        Fixtures.refused(Fixtures.write(dir, "latin.txt", bytes), "UTF-8", "dòng " + lineOf(Fixtures.MINIMAL, "Phan Thiết, ngày"));
    }

    @Test
    void emptyFiles() {
        Fixtures.refused(Fixtures.write(dir, "rong.txt", new byte[0]), "rỗng");
        Fixtures.refused(Fixtures.write(dir, "trang.md", "\uFEFF  \r\n\r\n \u00A0\n"), "rỗng");
    }

    @Test
    void missingFile() {
        Fixtures.refused(dir.resolve("khong-co.txt"), "Không tìm thấy");
    }

    @Test
    void unsupportedExtension() {
        Fixtures.refused(Fixtures.write(dir, "congvan.odt", Fixtures.MINIMAL), "định dạng", "odt", ".docx", ".pdf");
    }

    @Test
    void aCorruptDocx() {
        byte[] cut = java.util.Arrays.copyOf("PK\u0003\u0004 cut short".getBytes(StandardCharsets.ISO_8859_1), 64);
        Fixtures.refused(Fixtures.write(dir, "hong.docx", cut), "DOCX");
    }

    @Test
    void aTextNamedDocxIsReadAsTheTextItIs() {
        OfficialDocument read = Fixtures.read(Fixtures.write(dir, "van-ban.docx", Fixtures.MINIMAL));
        assertEquals("6174/UBND-VX", read.numberSymbol().text());
        assertEquals(List.of("Sở Thông tin và Truyền thông"), read.recipients());
    }

    @Test
    void aDocxWithoutText() throws Exception {
        Path file = dir.resolve("trang.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph();
            docx.write(out);
        }
        Fixtures.refused(file, "rỗng");
    }

    @Test
    void aDocxIsNamedByParagraph() throws Exception {
        Path file = dir.resolve("khong-so.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : Fixtures.minimalWith("Số: 6174/UBND-VX", "Số: không số").split("\n")) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(out);
        }
        Fixtures.refused(file, "đoạn 7", "Số: không số");
    }
}
