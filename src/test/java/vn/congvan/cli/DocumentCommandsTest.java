package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft → trình ký → ký → ban hành → phát hành way on the command line, as a clerk and a leader type it. */
class DocumentCommandsTest {
    static final String SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt").toString();
    static final String UNITS = Path.of("samples", "directory").toString();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--db", dir.resolve("congvan.db").toString(), "--units", UNITS))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void reportToIssuedReminderThroughTheCommands() throws Exception {
        assertEquals(0, run("import", SEED, "--due", "01/09/2019").exitCode());
        Path out = dir.resolve("van-ban");
        CliRun report = run("report", "6174/UBND-VX", "--out", out.toString(), "--format", "pdf,docx", "--today", "05/09/2019");
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("Dự thảo văn bản 1 (Báo cáo)"), report.out());
        assertTrue(report.out().contains("Dự thảo văn bản 2 (Công văn đôn đốc)"), report.out());

        CliRun docs = run("docs");
        assertTrue(docs.out().contains("Văn bản 1 · Báo cáo …/BC-UBND · dự thảo"), docs.out());
        assertTrue(docs.out().contains("Văn bản 2 · Công văn đôn đốc …/UBND-VX · dự thảo"), docs.out());

        CliRun early = run("distribute-doc", "2", "--outbox", dir.resolve("outbox").toString());
        assertEquals(Main.EXIT_INPUT, early.exitCode());
        assertTrue(early.err().contains("chỉ phát hành được văn bản đã ban hành"), early.err());
        assertFalse(early.err().contains("Exception"), early.err());

        CliRun submitted = run("submit", "1", "--to", "Nguyễn Văn An", "--by", "Lê Thị Văn Thư");
        assertEquals(0, submitted.exitCode(), submitted.err());
        assertTrue(submitted.out().contains("trình ký") && submitted.out().contains("Lê Thị Văn Thư → Nguyễn Văn An"), submitted.out());
        CliRun returned = run("return", "1", "--comment", "Sửa lại phần đề xuất", "--by", "Nguyễn Văn An");
        assertTrue(returned.out().contains("trả lại (dự thảo)") && returned.out().contains("Sửa lại phần đề xuất"), returned.out());
        CliRun refused = run("sign", "1", "--by", "Nguyễn Văn An");
        assertEquals(Main.EXIT_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("chưa được trình ký"), refused.err());

        assertEquals(0, run("submit", "1", "--to", "Nguyễn Văn An").exitCode());
        CliRun signed = run("sign", "1", "--by", "Nguyễn Văn An");
        assertEquals(0, signed.exitCode(), signed.err());
        assertTrue(signed.out().contains("Số văn bản: 01/BC-UBND"), signed.out());
        assertTrue(signed.out().contains("Chưa ký số"), signed.out());
        Path finalPdf;
        try (Stream<Path> files = Files.list(out)) {
            finalPdf = files.filter(p -> p.getFileName().toString().endsWith("-so-01-BC-UBND.pdf")).findFirst().orElseThrow();
        }
        String pdf;
        try (PDDocument d = Loader.loadPDF(finalPdf.toFile())) {
            pdf = new PDFTextStripper().getText(d);
        }
        assertTrue(pdf.contains("Số: 01/BC-UBND") && pdf.contains("Nguyễn Văn An"), pdf);
        Path finalDocx = finalPdf.resolveSibling(finalPdf.getFileName().toString().replace(".pdf", ".docx"));
        StringWriter docx = new StringWriter();
        TextUtils.extractText(WordprocessingMLPackage.load(finalDocx.toFile()).getMainDocumentPart().getJaxbElement(), docx);
        assertTrue(docx.toString().contains("Số: 01/BC-UBND") && docx.toString().contains("Nguyễn Văn An"), docx.toString());

        assertEquals(0, run("submit", "2", "--to", "Trần Thị Bình").exitCode());
        assertEquals(0, run("sign", "2").exitCode());
        CliRun issued = run("issue", "2", "--by", "Lê Thị Văn Thư");
        assertTrue(issued.out().contains("đã ban hành"), issued.out());
        CliRun sent = run("distribute-doc", "2", "--outbox", dir.resolve("outbox").toString());
        assertEquals(0, sent.exitCode(), sent.err());
        assertTrue(sent.out().contains("đôn đốc lần 1"), sent.out());
        assertTrue(sent.out().contains("đã phát hành"), sent.out());

        CliRun status = run("status", "6174/UBND-VX", "--today", "05/09/2019");
        assertTrue(status.out().contains("Đã đôn đốc:") && status.out().contains(": lần 1 (gần nhất ngày"), status.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("status", "6174/UBND-VX", "--json", "--today", "05/09/2019").out());
        int reminded = 0;
        for (com.fasterxml.jackson.databind.JsonNode unit : json.get("units")) {
            reminded += unit.get("reminded").get("count").asInt();
        }
        assertTrue(reminded > 0 && json.get("units").get(0).get("reminded").has("last"), json.toString());
        Path next = dir.resolve("lan-sau");
        assertEquals(0, run("report", "6174/UBND-VX", "--out", next.toString(), "--format", "pdf", "--today", "06/09/2019").exitCode());
        Path nextReminder;
        try (Stream<Path> files = Files.list(next)) {
            nextReminder = files.filter(p -> p.getFileName().toString().startsWith("don-doc-")).findFirst().orElseThrow();
        }
        try (PDDocument d = Loader.loadPDF(nextReminder.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("đã đôn đốc 1 lần"), text);
        }

        // The commands sign today: the register's year is this one, in Vietnam.
        String thisYear = Integer.toString(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        CliRun withdrawn = run("withdraw", "1", "--reason", "Số liệu chưa đủ", "--by", "Lê Thị Văn Thư");
        assertEquals(0, withdrawn.exitCode(), withdrawn.err());
        CliRun register = run("register", "list", "--year", thisYear);
        assertEquals(0, register.exitCode(), register.err());
        List<String> lines = register.out().lines().toList();
        assertEquals(2, lines.size(), register.out());
        assertTrue(lines.get(0).startsWith("01/BC-UBND") && lines.get(0).contains("Đã thu hồi")
                && lines.get(0).contains("Số liệu chưa đủ"), lines.get(0));
        assertTrue(lines.get(1).startsWith("01/UBND-VX") && lines.get(1).contains("Trần Thị Bình"), lines.get(1));
        assertEquals(1, run("register", "list", "--series", "UBND-VX").out().lines().count());

        Path xlsx = dir.resolve("so-di.xlsx");
        assertEquals(0, run("register", "export", "--xlsx", xlsx.toString()).exitCode());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            assertEquals("01/BC-UBND", f.formatCellValue(wb.getSheetAt(0).getRow(3).getCell(2)));
            assertTrue(f.formatCellValue(wb.getSheetAt(0).getRow(3).getCell(7)).startsWith("Đã thu hồi"));
            assertEquals("01/UBND-VX", f.formatCellValue(wb.getSheetAt(0).getRow(4).getCell(2)));
        }
    }
}
