package vn.congvan.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.render.PdfWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PDF that cannot be read is refused with a Vietnamese message naming the file and saying why. */
class PdfBadInputTest {
    @TempDir
    Path dir;


    @Test
    void aScannedPageIsAScanThatNeedsOcr() throws IOException {
        Path file = dir.resolve("cong-van-scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scannedPage());
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            pdf.save(file.toFile());
        }
        Fixtures.refused(file, "bản scan", "không có lớp chữ", "OCR");
    }

    /** A grey page with dark bars where the lines of text were photographed. */
    private static BufferedImage scannedPage() {
        BufferedImage image = new BufferedImage(420, 594, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.DARK_GRAY);
        for (int y = 60; y < 540; y += 14) {
            g.fillRect(60, y, 300, 5);
        }
        g.dispose();
        return image;
    }

    @Test
    void aCorruptPdf() throws IOException {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        byte[] header = "%PDF-1.7\n".getBytes();
        System.arraycopy(header, 0, junk, 0, header.length);
        Fixtures.refused(Files.write(dir.resolve("hong.pdf"), junk), "không phải tệp PDF đọc được", "tệp hỏng");
    }

    @Test
    void aPdfCutOffHalfWay() throws IOException {
        Path whole = dir.resolve("nguyen-ven.pdf");
        new PdfWriter().write(Fixtures.read(Fixtures.SEED), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("tai-do-dang.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Fixtures.refused(half, "không phải tệp PDF đọc được", "tải về chưa hết");
    }

    @Test
    void anotherFileNamedPdf() throws IOException {
        Path text = Files.copy(Fixtures.SEED, dir.resolve("cong-van.pdf"));
        assertEquals("6174/UBND-VX", Fixtures.read(text).numberSymbol().text(), "a text named .pdf is read as text");
        Path junk = Files.write(dir.resolve("hong.pdf"), new byte[] {1, 2, 3, 0, (byte) 0xFF, 9, 0, 0});
        Fixtures.refused(junk, "không phải tệp PDF đọc được");
    }

    @Test
    void emptyPdfs() throws IOException {
        Fixtures.refused(Files.write(dir.resolve("rong.pdf"), new byte[0]), "rỗng");

        Path noPages = dir.resolve("khong-trang.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.save(noPages.toFile());
        }
        Fixtures.refused(noPages, "rỗng");

        Path blank = dir.resolve("trang-trang.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(blank.toFile());
        }
        Fixtures.refused(blank, "không có chữ nào", "trang đều trắng");
    }

    @Test
    void aPdfLockedWithAPassword() throws IOException {
        Path file = dir.resolve("co-mat-khau.pdf");
        try (PDDocument pdf = textPdf(List.of("ỦY BAN NHÂN DÂN", "Số: 12/UBND-VP"))) {
            pdf.protect(new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission()));
            pdf.save(file.toFile());
        }
        Fixtures.refused(file, "có mật khẩu");
    }

    @Test
    void aPdfOnlyForbiddingChangesReadsAsUsual() throws IOException {
        Path open = dir.resolve("cong-van.pdf");
        new PdfWriter().write(Fixtures.read(Fixtures.SEED), open);
        Path file = dir.resolve("chi-cam-sua.pdf");
        try (PDDocument pdf = Loader.loadPDF(open.toFile())) {
            AccessPermission readOnly = new AccessPermission();
            readOnly.setCanModify(false);
            readOnly.setCanExtractContent(false);
            pdf.protect(new StandardProtectionPolicy("chu-so-huu", "", readOnly));
            pdf.save(file.toFile());
        }
        assertEquals(Fixtures.read(Fixtures.SEED), Fixtures.read(file), "an owner password alone does not keep a reader out");
    }

    @Test
    void aLetterThatIsNoDispatch() throws IOException {
        Path file = dir.resolve("thu-moi.pdf");
        try (PDDocument pdf = textPdf(List.of("Chào anh Tâm,", "Hẹn gặp anh lúc 9 giờ sáng mai tại phòng họp số 2.", "Thân."))) {
            pdf.save(file.toFile());
        }
        Fixtures.refused(file, "không phải công văn");
    }

    /** A wrong date in the body is named with the page and line where the paragraph starts. */
    @Test
    void anImpossibleDateIsNamedByPageAndLine() throws IOException {
        OfficialDocument seed = Fixtures.read(Fixtures.SEED);
        List<vn.congvan.model.Block> body = new ArrayList<>(seed.body());
        body.set(2, Paragraph.of("2. Các đơn vị báo cáo kết quả trước ngày 31/02/2019.", Paragraph.Role.ITEM));
        OfficialDocument wrong = new OfficialDocument(seed.parentIssuer(), seed.issuer(), seed.numberSymbol(), seed.place(),
                seed.date(), seed.type(), seed.subject(), seed.recipients(), body, seed.signer(), seed.distribution(),
                seed.contact());
        Path file = dir.resolve("ngay-sai.pdf");
        new PdfWriter().write(wrong, file);

        // The lines of page 1 as PDFBox sees them on the page, the rows of the two header columns as one.
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setEndPage(1);
        List<String> page1;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            page1 = Arrays.asList(stripper.getText(pdf).split("\\R"));
        }
        assertTrue(page1.get(0).startsWith("ỦY BAN NHÂN DÂN CỘNG HÒA"), page1.get(0));
        int line = page1.indexOf("2. Các đơn vị báo cáo kết quả trước ngày 31/02/2019.") + 1;
        assertTrue(line > 5, page1.toString());
        Fixtures.refused(file, "trang 1, dòng " + line + ":", "31/02/2019");
    }

    /** A one-page PDF with these lines in Liberation Serif, one under another. */
    private static PDDocument textPdf(List<String> lines) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (InputStream ttf = PdfBadInputTest.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf");
             PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            PDType0Font font = PDType0Font.load(pdf, ttf);
            content.beginText();
            content.setFont(font, 14);
            content.newLineAtOffset(85, 760);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -18);
            }
            content.endText();
        }
        return pdf;
    }
}
