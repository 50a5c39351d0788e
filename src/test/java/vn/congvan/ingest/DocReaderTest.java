package vn.congvan.ingest;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files named .doc that a clerk receives: a .docx renamed, an RTF saved under .doc, a spreadsheet, a
 * damaged file. Real Word 97 files are read in {@link LibreOfficeRoundTripTest}.
 */
class DocReaderTest {
    @TempDir
    Path dir;

    private static void refused(Path file, String... expected) {
        InputException e = assertThrows(InputException.class, () -> new DispatchReader().read(file));
        String message = e.getMessage();
        assertTrue(message.contains(file.toString()), "names the file: " + message);
        for (String part : expected) {
            assertTrue(message.contains(part), "“" + part + "” in: " + message);
        }
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void aDocxRenamedDocIsReadAsTheDocxItIs() throws Exception {
        OfficialDocument seed = Fixtures.read(Fixtures.SEED);
        Path docx = DocxFixture.write(seed, dir.resolve("cong-van.docx"));
        Path renamed = Files.copy(docx, dir.resolve("cong-van.doc"));

        assertEquals(seed, Fixtures.read(renamed));
    }

    @Test
    void anRtfSavedAsDocIsNamedForWhatItIs() throws Exception {
        Path rtf = Files.writeString(dir.resolve("cong-van.doc"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}"
                + "\\f0\\fs28 \\b U\\u7910? BAN NH\\u194?N D\\u194?N\\b0\\par}", StandardCharsets.US_ASCII);
        refused(rtf, "RTF", ".docx");
    }

    @Test
    void aSpreadsheetNamedDoc() throws Exception {
        Path file = dir.resolve("danh-sach.doc");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Đơn vị").createRow(0).createCell(0).setCellValue("Phường Đức Thắng");
            book.write(out);
        }
        refused(file, "không phải tệp Word (.doc) đọc được");
    }

    @Test
    void damagedAndEmptyDocs() throws Exception {
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 17 + 3);
        }
        refused(Files.write(dir.resolve("hong.doc"), junk), "không phải tệp Word (.doc) đọc được", "tệp hỏng");
        refused(Files.write(dir.resolve("rong.doc"), new byte[0]), "rỗng");
    }
}
