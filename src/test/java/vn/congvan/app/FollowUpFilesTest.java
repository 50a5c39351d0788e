package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Table;
import vn.congvan.model.UnitStatus;
import vn.congvan.render.RuleResult;
import vn.congvan.tracking.Ledger;

/** The documents that follow a dispatch, from a real ledger, read back as a secretariat would read them. */
class FollowUpFilesTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final String ID = "6174/UBND-VX";
    static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Ledger ledger;
    UnitDirectory directory;
    TrackedDispatch seed;
    String phuThuy;
    String ducThang;

    @BeforeEach
    void ledgerWithAnswers() {
        directory = UnitDirectory.load(Path.of("samples", "directory"));
        ledger = Ledger.open(dir.resolve("l.db").toString());
        seed = new DispatchImporter(ledger, directory, OfficeProfile.load(Path.of("samples", "directory")), clock)
                .importFile(SEED, LocalDate.of(2019, 9, 15)).tracked();
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        phuThuy = clerk.acknowledge(seed, "phường Phú Thủy", null);
        for (String req : List.of("1", "2", "3")) {
            clerk.mark(seed, phuThuy, req, ComplianceStatus.DONE, null);
        }
        ducThang = clerk.acknowledge(seed, "phường Đức Thắng", null);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ledger.close();
    }

    ReportBuilder.Facts facts() {
        return ReportBuilder.Facts.of(ledger, seed, AS_OF, AS_OF);
    }

    @Test
    void reportSummarisesTheLedger() {
        OfficialDocument report = new ReportBuilder(Path.of("templates"), directory).report(facts(), null);
        assertEquals(DocumentType.BAO_CAO, report.type());
        assertEquals("", report.numberSymbol().number(), "draft until signed");
        assertEquals("BC-UBND", report.numberSymbol().symbol());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", report.issuer());
        assertEquals(AS_OF, report.date());
        assertTrue(report.subject().startsWith("Kết quả thực hiện Công văn số 6174/UBND-VX ngày 21/08/2019"), report.subject());
        assertEquals("Võ Văn Thông", report.signer().name(), "the leader who signed the dispatch, unless told otherwise");
        assertTrue(report.recipients().isEmpty());

        List<Table> tables = report.body().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        assertEquals(2, tables.size());
        Table summary = tables.get(0);
        assertEquals(List.of("1", "15/09/2019", "1", "0", "31", "0"), summary.rows().get(0));
        assertEquals(List.of("3", "30/08/2019", "1", "0", "0", "31"), summary.rows().get(2), "item 3 was due 30/08/2019");
        Table units = tables.get(1);
        assertEquals(32, units.rows().size(), "the issuing office is not assigned its own dispatch");
        List<String> phuThuyRow = units.rows().stream().filter(r -> r.get(1).endsWith("Phú Thủy")).findFirst().orElseThrow();
        assertEquals("26/08/2019", phuThuyRow.get(2));
        assertEquals("Đã hoàn thành 26/08/2019", phuThuyRow.get(3));

        String text = report.paragraphs().stream().map(p -> p.text()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("32 đơn vị; 2 đơn vị đã xác nhận nhận văn bản, 30 đơn vị chưa xác nhận"), text);
        assertTrue(text.contains("- Ủy ban nhân dân phường Phú Trinh;"), "silent units are listed");
        assertFalse(text.contains("- Ủy ban nhân dân phường Phú Thủy"), "a unit that answered is not");
    }

    @Test
    void reminderGoesToExactlyTheLateOrSilentUnits() {
        OfficialDocument reminder = new ReportBuilder(Path.of("templates"), directory)
                .reminder(facts(), "Nguyễn Văn Mẫu", LocalDate.of(2019, 9, 12));
        assertEquals(DocumentType.CONG_VAN, reminder.type());
        assertEquals("UBND-VX", reminder.numberSymbol().symbol());
        assertEquals("Nguyễn Văn Mẫu", reminder.signer().name());

        Set<String> expected = new HashSet<>();
        for (UnitStatus u : ReportBuilder.lateOrSilent(facts().status())) {
            expected.add(u.unitName());
        }
        assertFalse(expected.contains("Ủy ban nhân dân phường Phú Thủy"), "done with everything");
        assertTrue(expected.contains("Ủy ban nhân dân phường Đức Thắng"), "acknowledged but item 3 is overdue");
        // Every ward is late but Phú Thủy: the wards by name, compactly; all communes and all departments
        // are late, so their groups stay one line each (DocumentsAsSentTest has the other cases).
        assertEquals(List.of("UBND các phường: Phú Trinh, Phú Tài, Phú Hài, Lạc Đạo, Bình Hưng, Đức Nghĩa, Đức Long, "
                        + "Đức Thắng, Hưng Long, Xuân An, Thanh Hải, Mũi Né, Hàm Tiến", "UBND các xã",
                "Các cơ quan, đơn vị thuộc UBND thành phố"), reminder.recipients());
        assertEquals(31, expected.size());

        Table owed = (Table) reminder.body().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        List<String> ducThangRow = owed.rows().stream().filter(r -> r.get(1).endsWith("Đức Thắng")).findFirst().orElseThrow();
        assertEquals("ND 1: Chưa thực hiện (hạn 15/09/2019); ND 2: Chưa thực hiện (hạn 15/09/2019); ND 3: Quá hạn (hạn 30/08/2019)",
                ducThangRow.get(3));
        assertTrue(reminder.paragraphs().stream().anyMatch(p -> p.text().contains("trước ngày 12/09/2019")));
    }

    @Test
    void noReminderWhenNobodyIsLate() {
        ReportBuilder.Facts early = ReportBuilder.Facts.of(ledger, seed, LocalDate.of(2019, 8, 27), AS_OF);
        // On 27/8 nothing is overdue yet, but most units are still silent: a reminder is due.
        assertFalse(ReportBuilder.lateOrSilent(early.status()).isEmpty());
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        for (UnitStatus u : early.status().units()) {
            clerk.acknowledge(seed, u.unitCode(), null);
        }
        ReportBuilder.Facts answered = ReportBuilder.Facts.of(ledger, seed, LocalDate.of(2019, 8, 27), AS_OF);
        InputException e = assertThrows(InputException.class,
                () -> new ReportBuilder(Path.of("templates"), directory).reminder(answered, null, AS_OF));
        assertTrue(e.getMessage().contains("6174/UBND-VX"), e.getMessage());
    }

    @Test
    void filesAreWrittenReadableAndInTheOfficialFormat() throws Exception {
        Path out = dir.resolve("out");
        var written = new FollowUpFiles(Path.of("templates"), directory)
                .write(ledger, seed, EnumSet.allOf(OutputFormat.class), out, AS_OF, AS_OF, null, AS_OF.plusDays(7));
        assertEquals(5, written.files().size(), written.files().toString());
        assertEquals(31, written.lateUnits());

        Path reportPdf = out.resolve("bao-cao-6174-UBND-VX-2019.pdf");
        try (PDDocument pdf = Loader.loadPDF(reportPdf.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("BÁO CÁO"));
            assertTrue(text.contains("Kết quả thực hiện Công văn số 6174/UBND-VX"), text.substring(0, 600));
            assertTrue(text.contains("Ủy ban nhân dân phường Hàm Tiến"));
        }
        for (Path p : written.files()) {
            if (!p.toString().endsWith(".xlsx")) {
                List<DocumentFiles.CheckLine> failed = DocumentFiles.check(p).stream().filter(r -> !r.ok()).toList();
                assertTrue(failed.isEmpty(), p + ": " + failed);
            }
        }
        try (InputStream in = Files.newInputStream(out.resolve("so-theo-doi-6174-UBND-VX-2019.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            long rows = 0;
            for (var row : sheet) {
                var cell = row.getCell(1);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(ID)) {
                    rows++;
                }
            }
            assertEquals(32 * 3, rows, "one row per unit and requirement");
        }
    }
}
