package vn.congvan.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The one guard against bombs: each limit of {@link InputLimits} refuses with its own reason, and POI refuses too. */
class UnpackGuardTest {
    private static final int KB = 1024;
    private static final InputLimits SMALL = new InputLimits(KB * KB, KB * KB, 512 * KB, 100, 3);

    @Test
    void eachLimitHasItsReason() throws IOException {
        assertEquals(UnpackRefused.Reason.TOO_FAST, refusal(InputLimits.DEFAULT, zip(2 * KB * KB, 1)));
        assertEquals(UnpackRefused.Reason.TOO_LARGE, refusal(SMALL, sparse(600)));
        assertEquals(UnpackRefused.Reason.TOO_MANY_PARTS, refusal(SMALL, zip(10, 4)));
        assertEquals(UnpackRefused.Reason.NOT_ZIP, refusal(SMALL, "văn bản thường".getBytes(StandardCharsets.UTF_8)));
        byte[] good = zip(10, 3);
        byte[] damaged = good.clone();
        Arrays.fill(damaged, 39, 43, (byte) 0xFF); // the compressed data of "part1.xml", after its 30 + 9 byte header
        assertEquals(UnpackRefused.Reason.BROKEN, refusal(SMALL, damaged));
        assertDoesNotThrow(() -> new UnpackGuard(SMALL).checkZip(good));
    }

    @Test
    void poiItselfRefusesABombUnderTheSameLimitsAndKeepsItsOwnAfterwards() throws IOException {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long files = ZipSecureFile.getMaxFileCount();
        byte[] bomb = zip(4 * KB * KB, 1);
        Exception e = assertThrows(Exception.class, () -> UnpackGuard.underPoiLimits(bomb, InputLimits.DEFAULT, XWPFDocument::new));
        assertTrue(String.valueOf(e.getMessage()).contains("Zip bomb"), e.toString());
        assertEquals(ratio, ZipSecureFile.getMinInflateRatio());
        assertEquals(files, ZipSecureFile.getMaxFileCount());
    }

    private static UnpackRefused.Reason refusal(InputLimits limits, byte[] zip) {
        return assertThrows(UnpackRefused.class, () -> new UnpackGuard(limits).checkZip(zip)).reason();
    }

    /** {@code entries} parts, the last one {@code zeros} zero bytes: the smallest bomb. */
    private static byte[] zip(int zeros, int entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 1; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[zeros]);
        }
        return out.toByteArray();
    }

    /** Mostly spaces with a few letters: expands far less than 100 times, but past the size limit. */
    private static byte[] sparse(int kilobytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(6174);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[KB];
            for (int i = 0; i < kilobytes; i++) {
                Arrays.fill(chunk, (byte) ' ');
                for (int j = 0; j < 16; j++) {
                    chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
                }
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }
}
