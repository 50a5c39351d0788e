package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dispatches typed as provincial offices type them ({@code dispatches/forms/}): every field {@code parse --json}
 * gives is compared with the file under {@code expected/}, written by hand from reading the document, and the
 * points of issue 12 each get their own assertion.
 */
class ReceivedFormsTest {
    static final Path FORMS = Path.of("src/test/resources/dispatches/forms");
    static final String UNITS = "samples/directory";

    private static JsonNode parse(String file) throws Exception {
        CliRun run = CliRun.of("parse", FORMS.resolve(file).toString(), "--json", "--units", UNITS);
        assertEquals(0, run.exitCode(), file + ": " + run.err());
        return DispatchJson.MAPPER.readTree(run.out());
    }

    private static JsonNode expected(String name) throws Exception {
        return DispatchJson.MAPPER.readTree(Files.readString(FORMS.resolve("expected").resolve(name + ".json")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "tinh-kinh-gui-mot-dong.txt, tinh-kinh-gui-mot-dong",
            "huyen-gach-ngang-dan-tu-thu.txt, huyen-gach-ngang-dan-tu-thu",
            "thanh-pho-tt-lanh-dao.md, thanh-pho-tt-lanh-dao",
            "so-bang-tieu-de.docx, so-bang-tieu-de",
            "so-bang-tieu-de.pdf, so-bang-tieu-de",
            "pdf-mang-duoi-docx.docx, so-bang-tieu-de",
            "docx-mang-duoi-doc.doc, so-bang-tieu-de",
            "cong-van-qua-thu.eml, so-bang-tieu-de"})
    void everyFieldIsWhatTheDocumentSays(String file, String expected) throws Exception {
        JsonNode read = parse(file);
        JsonNode want = expected(expected);
        List<String> fields = new ArrayList<>();
        want.fieldNames().forEachRemaining(fields::add);
        List<String> got = new ArrayList<>();
        read.fieldNames().forEachRemaining(got::add);
        assertEquals(fields, got, "the same keys, in order");
        for (String field : fields) {
            assertEquals(want.get(field), read.get(field), file + ": " + field);
        }
    }

    @Test
    void recipientsOnOneLineAreSplitWhereANewBodyBegins() throws Exception {
        assertEquals(List.of("Văn phòng Tỉnh ủy", "các Ban, ngành, đoàn thể tỉnh", "Công an tỉnh", "UBND các huyện, thị xã"),
                texts(parse("tinh-kinh-gui-mot-dong.txt").get("recipients")));
        assertEquals(List.of("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Kinh tế và Hạ tầng huyện",
                "UBND các xã, thị trấn"), texts(parse("huyen-gach-ngang-dan-tu-thu.txt").get("recipients")),
                "a comma inside one name stays");
    }

    @Test
    void rulesTypedAsCharactersAreNotPartOfTheIssuer() throws Exception {
        JsonNode j = parse("huyen-gach-ngang-dan-tu-thu.txt");
        assertEquals("UBND HUYỆN TÂN PHONG", j.get("parentIssuer").asText());
        assertEquals("PHÒNG VĂN HÓA VÀ THÔNG TIN", j.get("issuer").asText());
        assertEquals("2020-09-14", j.get("date").asText());
    }

    @Test
    void thePdfOfAWordHeaderTableWithWrappedMottoAndDateIsRead() throws Exception {
        JsonNode pdf = parse("so-bang-tieu-de.pdf");
        assertEquals("2022-03-15", pdf.get("date").asText());
        assertEquals("Hải Lâm", pdf.get("place").asText());
        assertEquals("hướng dẫn sử dụng chữ ký số trên thiết bị di động", pdf.get("subject").asText(),
                "the subject wrapped over three lines, and not the motto beside it");
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", pdf.get("issuer").asText());
    }

    @Test
    void leadersAndCopiesForInformationAreNeitherAssignedNorUnmatched() throws Exception {
        JsonNode j = parse("thanh-pho-tt-lanh-dao.md");
        assertEquals(List.of("Chủ tịch UBND thành phố (b/c)", "TT Thành ủy (b/c)", "CT, PCT UBND tp"),
                texts(j.get("informationRecipients")));
        assertEquals(List.of(), texts(j.get("unmatchedRecipients")), "TT Văn hóa - Thể thao is the Trung tâm");
    }

    @Test
    void aFileIsReadByWhatItIsOrRefusedForWhatItIs() {
        CliRun rtf = CliRun.of("parse", FORMS.resolve("rtf-mang-duoi-doc.doc").toString());
        assertEquals(2, rtf.exitCode());
        assertTrue(rtf.err().contains("rtf-mang-duoi-doc.doc thực ra là tệp RTF (dù mang đuôi .doc)"), rtf.err());
        assertFalse(rtf.err().contains("Exception"), rtf.err());
    }

    @Test
    void importOfAMailTakesTheDispatchFromItsAttachmentAndKeepsTheMailAsEvidence(@TempDir Path dir) {
        String db = dir.resolve("congvan.db").toString();
        CliRun run = CliRun.of("import", FORMS.resolve("cong-van-qua-thu.eml").toString(), "--db", db, "--units", UNITS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Công văn đọc từ thư: Tệp đính kèm 512-STTTT-BCVT.pdf của thư từ "
                + "vanthu@stttt.hailam.example, gửi lúc 15/03/2022 16:42 <512-stttt-bcvt.20220315164210@stttt.hailam.example>."),
                run.out());
        assertTrue(run.out().contains("Tệp đính kèm Danh sách đầu mối.docx: "), "the other attachment is named: " + run.out());
        assertTrue(run.out().contains("Đã nhập văn bản 512/STTTT-BCVT"), run.out());

        CliRun history = CliRun.of("history", "512/STTTT-BCVT", "--db", db);
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("vanthu@stttt.hailam.example, gửi lúc 15/03/2022 16:42"), history.out());
    }

    @Test
    void aMailWhoseAttachmentNameAndMessageIdRunTo100000CharactersIsImportedWithBothCut(@TempDir Path dir) throws Exception {
        String mail = Files.readString(FORMS.resolve("cong-van-qua-thu.eml"))
                .replace("512-STTTT-BCVT.pdf", "\"512-STTTT-" + "B".repeat(100_000) + ".pdf\"")
                .replace("<512-stttt-bcvt.20220315164210@", "<" + "m".repeat(100_000) + "@");
        Path eml = Files.writeString(dir.resolve("dai.eml"), mail);
        String db = dir.resolve("congvan.db").toString();
        CliRun run = CliRun.of("import", eml.toString(), "--db", db, "--units", UNITS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Đã nhập văn bản 512/STTTT-BCVT"), run.out().substring(0, 300));
        assertTrue(run.out().contains("Tệp đính kèm 512-STTTT-BBB") && run.out().contains("B….pdf của thư từ"),
                run.out().substring(0, 300));
        assertTrue(run.out().length() < 3_000, run.out().length() + " characters");
        CliRun history = CliRun.of("history", "512/STTTT-BCVT", "--db", db);
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("<mmmm") && history.out().length() < 3_000, history.out().length() + " characters");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
