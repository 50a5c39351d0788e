package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.congvan.model.InputException;

/** Reports units send back as files: their text comes out, and a file built to exhaust memory is refused by name. */
class PlainTextTest {
    private final PlainText plain = new PlainText();

    @Test
    void aWordReportGivesItsParagraphs() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("BÁO CÁO kết quả thực hiện Công văn số 6174/UBND-VX");
            // Decomposed, as some Mac keyboards type it: it comes out composed.
            doc.createParagraph().createRun().setText(Normalizer.normalize("1. Phổ biến: Đã hoàn thành.", Normalizer.Form.NFD));
            doc.createParagraph().createRun().setText("2. Kiểm tra dung lượng: Đang thực hiện.");
            doc.write(out);
        }
        String text = plain.of("Báo cáo phường Phú Tài.docx", out.toByteArray()).orElseThrow();
        assertEquals("BÁO CÁO kết quả thực hiện Công văn số 6174/UBND-VX\n1. Phổ biến: Đã hoàn thành.\n"
                + "2. Kiểm tra dung lượng: Đang thực hiện.", text.strip());
    }

    @Test
    void aPdfReportGivesItsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument();
             InputStream font = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font serif = PDType0Font.load(doc, font);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(serif, 12);
                s.newLineAtOffset(72, 700);
                s.showText("1. Phổ biến đến cán bộ: Đã hoàn thành.");
                s.newLineAtOffset(0, -20);
                s.showText("3. Sao lưu thư đã gửi: Chưa thực hiện.");
                s.endText();
            }
            doc.save(out);
        }
        String text = plain.of("bao-cao.PDF", out.toByteArray()).orElseThrow();
        assertTrue(text.contains("1. Phổ biến đến cán bộ: Đã hoàn thành.") && text.contains("3. Sao lưu thư đã gửi: Chưa thực hiện."), text);
    }

    @Test
    void aZipBombDressedAsAWordFileIsRefusedBeforePoiOpensIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zeros(zip, 64L * 1024 * 1024);
            zip.closeEntry();
        }
        assertTrue(out.size() < 1024 * 1024, "a small file: " + out.size());
        InputException e = assertThrows(InputException.class, () -> plain.of("bao-cao.docx", out.toByteArray()));
        assertTrue(e.getMessage().startsWith("Tệp bao-cao.docx khi giải nén vượt quá 200 MB hoặc lớn gấp hơn 100 lần"), e.getMessage());
    }

    @Test
    void aPdfWithAStreamThatInflatesWithoutEndIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            try (OutputStream s = content.createOutputStream(COSName.FLATE_DECODE)) {
                zeros(s, 64L * 1024 * 1024);
            }
            page.setContents(content);
            doc.save(out);
        }
        InputException e = assertThrows(InputException.class, () -> plain.of("bao-cao.pdf", out.toByteArray()));
        assertTrue(e.getMessage().contains("bom nén"), e.getMessage());
    }

    @Test
    void tooLargeBrokenAndOtherFormats() {
        PlainText small = new PlainText(new InputLimits(64_000, 1000, 10_000, 100, 10_000));
        byte[] big = "Đã hoàn thành. ".repeat(100).getBytes(StandardCharsets.UTF_8);
        InputException large = assertThrows(InputException.class, () -> small.of("bao-cao.txt", big));
        assertEquals("Tệp bao-cao.txt lớn hơn giới hạn 1 KB, không mở.", large.getMessage());
        InputException broken = assertThrows(InputException.class, () -> plain.of("bao-cao.docx", "không phải zip".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("Tệp bao-cao.docx bị hỏng"), broken.getMessage());
        assertEquals(Optional.empty(), plain.of("so-lieu.xlsx", new byte[] {1, 2, 3}));
        assertEquals(Optional.of("1. Đã hoàn thành."), plain.of("tra-loi.txt", "\uFEFF1. Đã hoàn thành.".getBytes(StandardCharsets.UTF_8)));
    }

    private static void zeros(OutputStream out, long n) throws IOException {
        byte[] block = new byte[1024 * 1024];
        for (long written = 0; written < n; written += block.length) {
            out.write(block);
        }
    }
}
