package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.Dispatch;

import java.nio.file.Files;
import java.nio.file.Path;

class ScanReaderTest {
    @TempDir
    Path dir;

    @Test
    void dump() throws Exception {
        Path png = ScannedSeed.png(dir);
        Files.copy(png, Path.of("/tmp/ocrx/seed.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Dispatch d = new ScanReader(Tesseract.of(null)).read(png, Files.readAllBytes(png));
        System.err.println(d);
    }
}
