package vn.congvan.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.text.LegacyEncoding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs set in legacy fonts read as Unicode, by the font's name: glyph by glyph, a VNI mark joining its letter. */
class LegacyPdfTest {
    private static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    private static List<String> lines(PDDocument pdf) throws Exception {
        return new PdfGlyphReader().read(pdf).get(0).lines().stream().map(PdfTextLine::text).toList();
    }

    @Test
    void libreOfficePdfOfAVniTimesFile() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(LegacyFixtureMaker.DIR.resolve("vni-times.pdf").toFile())) {
            List<String> lines = lines(pdf);
            assertTrue(lines.get(0).startsWith("UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), lines.get(0));
            assertTrue(lines.contains("Độc lập - Tự do - Hạnh phúc"), lines.toString());
            assertTrue(lines.contains("Số: 827/SYT-NVY Bình Thuận, ngày 09 tháng 5 năm 2017"), lines.toString());
            assertTrue(lines.contains("- Trung tâm Y tế các huyện, thị xã, thành phố;"), lines.toString());
        }
    }

    /** A simple font without a ToUnicode map: the codes are the TCVN3 bytes, ư (0xAD) included. */
    @Test
    void vnTimeFontWithoutUnicodeMap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vntime.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDTrueTypeFont font = PDTrueTypeFont.load(pdf, Files.newInputStream(SERIF), WinAnsiEncoding.INSTANCE);
            font.getCOSObject().setName(COSName.BASE_FONT, ".VnTime");
            font.getCOSObject().removeItem(COSName.TO_UNICODE);
            PDTrueTypeFont capitals = PDTrueTypeFont.load(pdf, Files.newInputStream(SERIF), WinAnsiEncoding.INSTANCE);
            capitals.getCOSObject().setName(COSName.BASE_FONT, ".VnTimeH");
            capitals.getCOSObject().removeItem(COSName.TO_UNICODE);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(capitals, 13);
                content.newLineAtOffset(72, 700);
                content.showText(LegacyEncoding.TCVN3.encode("ủy ban nhân dân"));
                content.setFont(font, 13);
                content.newLineAtOffset(0, -20);
                content.showText(LegacyEncoding.TCVN3.encode("Gửi về trước ngày 30/3/2018."));
                content.endText();
            }
            pdf.save(file.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(List.of("ỦY BAN NHÂN DÂN", "Gửi về trước ngày 30/3/2018."), lines(pdf));
        }
    }

    /** VNI's marks are glyphs of their own after the letter, as VNI-Times draws them. */
    @Test
    void vniTimesFontWithoutUnicodeMap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vni.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDTrueTypeFont font = PDTrueTypeFont.load(pdf, Files.newInputStream(SERIF), WinAnsiEncoding.INSTANCE);
            font.getCOSObject().setName(COSName.BASE_FONT, "VNI-Times");
            font.getCOSObject().removeItem(COSName.TO_UNICODE);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 13);
                content.newLineAtOffset(72, 700);
                content.showText(LegacyEncoding.VNI.encode("Ủy ban nhân dân phường Đức Thắng"));
                content.endText();
            }
            pdf.save(file.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(List.of("Ủy ban nhân dân phường Đức Thắng"), lines(pdf));
        }
    }
}
