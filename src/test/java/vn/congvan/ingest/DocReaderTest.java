package vn.congvan.ingest;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.model.OfficialDocument;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Files named .doc that a clerk receives: a .docx renamed, an RTF saved under .doc, a spreadsheet, a
 * damaged file. Real Word 97 files are read in {@link LibreOfficeRoundTripTest}.
 */
class DocReaderTest {
    @TempDir
    Path dir;


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
        Fixtures.refused(rtf, "RTF", ".docx");
    }

    @Test
    void aSpreadsheetNamedDoc() throws Exception {
        Path file = dir.resolve("danh-sach.doc");
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Đơn vị").createRow(0).createCell(0).setCellValue("Phường Đức Thắng");
            book.write(out);
        }
        Fixtures.refused(file, "không phải tệp Word (.doc) đọc được");
    }

    @Test
    void damagedAndEmptyDocs() throws Exception {
        byte[] junk = new byte[2048];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 17 + 3);
        }
        Fixtures.refused(Files.write(dir.resolve("hong.doc"), junk), "không phải tệp Word (.doc) đọc được", "tệp hỏng");
        Fixtures.refused(Files.write(dir.resolve("rong.doc"), new byte[0]), "rỗng");
    }
}
