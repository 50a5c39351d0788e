package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A photo of the seed's first page (200 dpi, turned a degree, grainy) read by the real Tesseract: the
 * fields a clerk checks come out as in the text file, the header's two columns apart.
 */
class ScanReaderTest {
    @TempDir
    Path dir;

    @Test
    void aTurnedNoisyPhotoOfTheSeedGivesItsFields() throws Exception {
        Dispatch seed = new DispatchReader().read(Fixtures.SEED);
        Path png = ScannedSeed.png(dir);

        Dispatch read = new ScanReader(Tesseract.of(null)).read(png, Files.readAllBytes(png));

        assertEquals(new NumberSymbol("6174", "UBND-VX"), read.document().numberSymbol());
        assertEquals(LocalDate.of(2019, 8, 21), read.document().date());
        assertEquals("Phan Thiết", read.document().place());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", read.document().issuer(), "the left column alone");
        assertEquals(DocumentType.CONG_VAN, read.document().type());
        assertEquals("đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ", read.document().subject());
        assertEquals(seed.document().recipients(), read.document().recipients());
        assertEquals(seed.requirements(), read.requirements(), "the three requirements word for word, with the deadline 30/8/2019");
        assertEquals(seed.references(), read.references());
    }

    @Test
    void withoutTesseractTheMessageSaysHowToInstallIt() throws Exception {
        Path png = dir.resolve("cong-van-chup.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png",
                png.toFile());
        Path missing = dir.resolve("khong-co").resolve("tesseract");

        InputException e = assertThrows(InputException.class,
                () -> new ScanReader(Tesseract.of(missing.toString())).read(png, Files.readAllBytes(png)));

        String m = e.getMessage();
        assertTrue(m.contains(png.toString()) && m.contains(missing.toString()), m);
        assertTrue(m.contains("apt-get install tesseract-ocr tesseract-ocr-vie") && m.contains("UB-Mannheim"), m);
    }

    @Test
    void aPhotoThatIsNoImageIsRefusedByName() throws Exception {
        Path fake = Files.writeString(dir.resolve("anh.jpg"), "không phải ảnh");

        InputException e = assertThrows(InputException.class,
                () -> new ScanReader(Tesseract.of(null)).read(fake, Files.readAllBytes(fake)));

        assertTrue(e.getMessage().contains("anh.jpg") && e.getMessage().contains("không phải ảnh PNG hoặc JPEG"), e.getMessage());
    }

    @Test
    void theTextReaderSendsPhotosToOcr() throws Exception {
        Path png = ScannedSeed.png(dir);

        ScanFound e = assertThrows(ScanFound.class, () -> new DispatchReader().read(png));
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }
}
