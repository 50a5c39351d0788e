package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.ingest.LibreOffice;
import vn.congvan.ingest.PdfGlyphPage;
import vn.congvan.ingest.PdfGlyphReader;
import vn.congvan.ingest.PdfTextLine;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Table;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.VietnameseText;
import vn.congvan.tracking.Ledger;

/**
 * The documents congvan writes, read back as the leader who signs them reads them (issue 14): in every
 * table a date, a number/symbol or a status stays on one line; the signature block never stands alone
 * on its page; the reminder is addressed as a văn thư addresses it. Each PDF is read back, and each
 * DOCX as LibreOffice lays it out; the Decree 30 checker passes on all of them.
 */
class DocumentsAsSentTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    static final List<String> STATUSES = List.of("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn",
            "Chưa xác nhận", "Đã nhận");
    /** A date as offices write it, or a number/symbol ("6174/UBND-VX", "707/STTTT-TTCNTT&TT"). */
    static final Pattern WHOLE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}|\\d+/\\p{L}[\\p{L}&]*(-\\p{L}[\\p{L}&]*)*");

    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Ledger ledger;

    @AfterEach
    void close() {
        if (ledger != null) {
            ledger.close();
        }
    }

    /** The seed in the sample directory: Phú Thủy has done everything, Đức Thắng has acknowledged receipt. */
    @Test
    void theSeedsDocumentsKeepDatesAndStatusesWholeAndTheSignatureWithTheText() throws Exception {
        UnitDirectory directory = UnitDirectory.load(Path.of("samples", "directory"));
        TrackedDispatch seed = importSeed(directory, Path.of("samples", "directory"));
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        String phuThuy = clerk.acknowledge(seed, "phường Phú Thủy", null);
        for (String req : List.of("1", "2", "3")) {
            clerk.mark(seed, phuThuy, req, ComplianceStatus.DONE, null);
        }
        clerk.acknowledge(seed, "phường Đức Thắng", null);

        Path out = dir.resolve("out");
        List<Path> files = new ArrayList<>(new FollowUpFiles(Path.of("templates"), directory)
                .write(ledger, seed, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, AS_OF, AS_OF, null, AS_OF.plusDays(7))
                .files());
        OfficialDocument original = new DispatchReader().read(SEED).document();
        files.addAll(DocumentFiles.write(original, "van-ban-goc", EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, false));
        assertEquals(6, files.size(), files.toString());
        readBackAsSent(files);

        // The seed once put "Nơi nhận" and the signature alone on page 2: its closing sentence goes with them now.
        List<List<String>> pages = pageTexts(out.resolve("van-ban-goc.pdf"));
        assertEquals(2, pages.size());
        assertTrue(pages.get(1).get(1).startsWith("Yêu cầu Thủ trưởng"), pages.get(1).toString());

        // Every ward but Phú Thủy is late, every commune and every department: the wards by name, the rest as groups.
        OfficialDocument reminder = builder(directory).reminder(facts(seed), null, AS_OF.plusDays(7));
        assertEquals(List.of("UBND các phường: Phú Trinh, Phú Tài, Phú Hài, Lạc Đạo, Bình Hưng, Đức Nghĩa, Đức Long, "
                        + "Đức Thắng, Hưng Long, Xuân An, Thanh Hải, Mũi Né, Hàm Tiến", "UBND các xã",
                "Các cơ quan, đơn vị thuộc UBND thành phố"), reminder.recipients());
    }

    /** Imported without a deadline for items 1 and 2: the reminder says so in words, not "(hạn không ghi hạn)". */
    @Test
    void aRequirementWithoutADeadlineReadsAsASentence() {
        UnitDirectory directory = UnitDirectory.load(Path.of("samples", "directory"));
        ledger = Ledger.open(dir.resolve("l.db").toString());
        TrackedDispatch seed = new DispatchImporter(ledger, directory, OfficeProfile.load(Path.of("samples", "directory")), clock)
                .importFile(SEED, null).tracked();
        OfficialDocument reminder = builder(directory).reminder(facts(seed), null, AS_OF.plusDays(7));
        Table owed = (Table) reminder.body().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        assertEquals("ND 1: Chưa thực hiện (không ghi hạn); ND 2: Chưa thực hiện (không ghi hạn); ND 3: Quá hạn (hạn 30/08/2019)",
                owed.rows().get(0).get(3));
        assertTrue(owed.rows().stream().flatMap(List::stream).noneMatch(c -> c.contains("hạn không ghi hạn")));
    }

    @Test
    void allDepartmentsLateAreAddressedAsTheirGroup() throws Exception {
        UnitDirectory directory = UnitDirectory.load(Path.of("samples", "directory"));
        TrackedDispatch seed = importSeed(directory, Path.of("samples", "directory"));
        Set<String> departments = codes(directory, "CQ-DV-TP");
        finishAllBut(directory, seed, u -> departments.contains(u.unitCode()));

        OfficialDocument reminder = builder(directory).reminder(facts(seed), null, AS_OF.plusDays(7));
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố"), reminder.recipients());
        Path pdf = writeReminder(directory, seed);
        assertTrue(text(pdf).contains("Kính gửi: Các cơ quan, đơn vị thuộc UBND thành phố."), text(pdf));
    }

    @Test
    void someWardsAndCommunesLateAreNamedCompactlyUnderTheirGroups() throws Exception {
        UnitDirectory directory = UnitDirectory.load(Path.of("samples", "directory"));
        TrackedDispatch seed = importSeed(directory, Path.of("samples", "directory"));
        Set<String> late = Set.of("P-PHUTRINH", "P-PHUTAI", "P-PHUHAI", "X-PHONGNAM", "X-TIENLOI");
        assertTrue(directory.units().stream().map(vn.congvan.model.Unit::code).toList().containsAll(late), "sample codes");
        finishAllBut(directory, seed, u -> late.contains(u.unitCode()));

        OfficialDocument reminder = builder(directory).reminder(facts(seed), null, AS_OF.plusDays(7));
        assertEquals(List.of("UBND các phường: Phú Trinh, Phú Tài, Phú Hài", "UBND các xã: Phong Nẫm, Tiến Lợi"),
                reminder.recipients());
        assertNotNull(reminder);
        String text = text(writeReminder(directory, seed));
        assertTrue(text.contains("- UBND các phường: Phú Trinh, Phú Tài, Phú Hài;"), text);
        assertTrue(text.contains("- UBND các xã: Phong Nẫm, Tiến Lợi."), text);
    }

    /** 200 units, 199 of them late: "Kính gửi" refers to the list, which follows the signature as an appendix. */
    @Test
    void aTwoHundredUnitReportAndAReminderToManyUnits() throws Exception {
        Path units = bigDirectory();
        UnitDirectory directory = UnitDirectory.load(units);
        TrackedDispatch seed = importSeed(directory, units);
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        String phuThuy = clerk.acknowledge(seed, "phường Phú Thủy", null);
        for (String req : List.of("1", "2", "3")) {
            clerk.mark(seed, phuThuy, req, ComplianceStatus.DONE, null);
        }
        ReportBuilder.Facts facts = facts(seed);
        assertEquals(200, facts.status().units().size());

        OfficialDocument reminder = builder(directory).reminder(facts, null, AS_OF.plusDays(7));
        assertEquals(List.of("Các đơn vị có tên tại danh sách kèm theo"), reminder.recipients());
        assertNotNull(reminder.appendix());
        Table listed = (Table) reminder.appendix().body().get(0);
        assertEquals(199, listed.rows().size());
        assertEquals(List.of("1", "Ủy ban nhân dân phường Phú Trinh"), listed.rows().get(0));

        Path out = dir.resolve("out");
        List<Path> files = new FollowUpFiles(Path.of("templates"), directory)
                .write(ledger, seed, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, AS_OF, AS_OF, null, AS_OF.plusDays(7))
                .files();
        assertEquals(4, files.size());
        readBackAsSent(files);

        List<List<String>> pages = pageTexts(out.resolve("don-doc-6174-UBND-VX-2019.pdf"));
        String first = String.join("\n", pages.get(0));
        assertTrue(first.contains("Kính gửi: Các đơn vị có tên tại danh sách kèm theo."), first);
        int appendixPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("DANH SÁCH CÁC ĐƠN VỊ")) {
                appendixPage = i;
            }
        }
        assertTrue(appendixPage > 0, "the list has pages of its own");
        assertTrue(String.join("\n", pages.get(appendixPage - 1)).contains("Nơi nhận:"), "right after the signature block");
        String appendix = String.join(" ", pages.subList(appendixPage, pages.size()).stream().flatMap(List::stream).toList());
        assertTrue(appendix.contains("(Kèm theo Công văn số /UBND-VX ngày 05/09/2019 của Ủy ban nhân dân thành phố Phan Thiết)"),
                appendix.substring(0, 300));
        assertTrue(appendix.contains("Ủy ban nhân dân phường Phú Trinh"));
        assertFalse(appendix.contains("Ủy ban nhân dân phường Phú Thủy"), "done with everything: not late");
    }

    // --- what is checked on every document

    private void readBackAsSent(List<Path> files) throws Exception {
        List<Path> docx = files.stream().filter(p -> p.toString().endsWith(".docx")).toList();
        for (Path file : files) {
            List<DocumentFiles.CheckLine> results = DocumentFiles.check(file);
            assertEquals(12, results.size(), file.toString());
            assertEquals(List.of(), results.stream().filter(r -> !r.ok()).toList(), file + " follows Decree 30");
            if (file.toString().endsWith(".pdf")) {
                assertWholeInTables(file);
                assertSignatureWithText(file);
            }
        }
        for (Path file : docx) {
            assertKeptPhrasesCannotBreak(file);
        }
        // The DOCX as a word processor lays it out: LibreOffice (installed in CI by .ci/run).
        Path soffice = LibreOffice.soffice().orElseThrow(() -> new AssertionError(
                "soffice is needed to lay out the DOCX: apt-get install libreoffice-writer-nogui fonts-liberation2"));
        Path converted = Files.createDirectories(dir.resolve("libreoffice"));
        List<Path> copies = new ArrayList<>();
        for (Path d : docx) {
            copies.add(Files.copy(d, converted.resolve(d.getFileName())));
        }
        for (Path pdf : LibreOffice.convert(soffice, "pdf", copies.toArray(Path[]::new))) {
            assertWholeInTables(pdf);
            assertSignatureWithText(pdf);
        }
    }

    /** No date, number/symbol or status word is cut between two lines of a table cell (nor anywhere else). */
    private static void assertWholeInTables(Path pdf) throws IOException {
        for (List<PdfTextLine> page : pages(pdf)) {
            for (PdfTextLine line : page) {
                for (PdfTextLine cell : line.cutAtGaps(0.5f)) {
                    String text = plain(cell.text());
                    for (String token : text.split(" ")) {
                        String bare = token.replaceAll("^[(]+", "").replaceAll("[;:.,)]+$", "");
                        if (!bare.isEmpty() && Character.isDigit(bare.charAt(0)) && bare.contains("/")) {
                            assertTrue(WHOLE.matcher(bare).matches(), pdf.getFileName() + ": \"" + bare + "\" cut in \"" + text + "\"");
                        }
                    }
                    for (String status : STATUSES) {
                        String[] words = status.split(" ");
                        for (int k = 1; k < words.length; k++) {
                            String start = String.join(" ", List.of(words).subList(0, k));
                            if (text.equals(start) || text.endsWith(" " + start)) {
                                fail(pdf.getFileName() + ": \"" + status + "\" broken after \"" + start + "\" in \"" + text + "\"");
                            }
                        }
                    }
                }
            }
        }
    }

    /** The page holding "Nơi nhận" has body text above it, not just its page number. */
    private static void assertSignatureWithText(Path pdf) throws IOException {
        List<List<PdfTextLine>> pages = pages(pdf);
        for (List<PdfTextLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                if (plain(page.get(i).text()).startsWith("Nơi nhận:")) {
                    float label = page.get(i).baseline();
                    long above = page.stream().filter(l -> l.baseline() < label - 1)
                            .filter(l -> !plain(l.text()).matches("\\d+")).count();
                    assertTrue(above > 0, pdf.getFileName() + ": the signature block stands alone on its page");
                    return;
                }
            }
        }
        fail(pdf.getFileName() + ": no Nơi nhận");
    }

    /** In the DOCX every status in a table is joined by no-break spaces, so that no word processor breaks it. */
    private static void assertKeptPhrasesCannotBreak(Path docx) throws IOException {
        int seen = 0;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = cell.getText();
                        for (String status : STATUSES) {
                            assertFalse(text.contains(status), docx.getFileName() + ": \"" + text + "\" may break inside \"" + status + "\"");
                            if (text.contains(status.replace(' ', '\u00A0'))) {
                                seen++;
                            }
                        }
                    }
                }
            }
        }
        if (!docx.getFileName().toString().startsWith("van-ban-goc")) {
            assertTrue(seen > 0, docx.getFileName() + ": its tables hold statuses");
        }
    }

    // --- helpers

    private TrackedDispatch importSeed(UnitDirectory directory, Path units) {
        ledger = Ledger.open(dir.resolve("l.db").toString());
        return new DispatchImporter(ledger, directory, OfficeProfile.load(units), clock).importFile(SEED, LocalDate.of(2019, 9, 15))
                .tracked();
    }

    private ReportBuilder builder(UnitDirectory directory) {
        return new ReportBuilder(Path.of("templates"), directory);
    }

    private ReportBuilder.Facts facts(TrackedDispatch seed) {
        return ReportBuilder.Facts.of(ledger, seed, AS_OF, AS_OF);
    }

    private static Set<String> codes(UnitDirectory directory, String group) {
        return Set.copyOf(directory.members(group).stream().map(vn.congvan.model.Unit::code).toList());
    }

    /** Every unit but those {@code late} acknowledges and finishes every item before the deadlines. */
    private void finishAllBut(UnitDirectory directory, TrackedDispatch seed, java.util.function.Predicate<UnitStatus> late) {
        ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
        for (UnitStatus u : facts(seed).status().units()) {
            if (!late.test(u)) {
                clerk.acknowledge(seed, u.unitCode(), null);
                for (String req : List.of("1", "2", "3")) {
                    clerk.mark(seed, u.unitCode(), req, ComplianceStatus.DONE, null);
                }
            }
        }
    }

    private Path writeReminder(UnitDirectory directory, TrackedDispatch seed) throws IOException {
        Path out = dir.resolve("out");
        List<Path> files = new FollowUpFiles(Path.of("templates"), directory)
                .write(ledger, seed, EnumSet.of(OutputFormat.PDF), out, AS_OF, AS_OF, null, AS_OF.plusDays(7)).files();
        Path pdf = files.stream().filter(p -> p.getFileName().toString().startsWith("don-doc")).findFirst().orElseThrow();
        for (Path file : files) {
            assertEquals(List.of(), DocumentFiles.check(file).stream().filter(r -> !r.ok()).toList(), file.toString());
        }
        return pdf;
    }

    /**
     * The sample directory and 168 more wards, communes and departments with invented names: the seed,
     * addressed to "UBND các phường, xã" and "Các cơ quan, đơn vị thuộc UBND thành phố", reaches 200 units.
     */
    private Path bigDirectory() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("directory"));
        Path samples = Path.of("samples", "directory");
        Files.copy(samples.resolve("groups.csv"), folder.resolve("groups.csv"));
        Files.copy(samples.resolve("office.properties"), folder.resolve("office.properties"));
        StringBuilder csv = new StringBuilder(Files.readString(samples.resolve("units.csv")));
        if (csv.charAt(csv.length() - 1) != '\n') {
            csv.append('\n');
        }
        List<String> first = List.of("An", "Bình", "Cát", "Định", "Hòa", "Gia", "Khánh", "Lương", "Minh", "Ngọc", "Phước",
                "Quang", "Sơn", "Tân", "Thạch", "Thuận", "Trung", "Vĩnh", "Yên", "Hiệp");
        List<String> second = List.of("Hải", "Lộc", "Phú", "Thành", "Tiến", "Đông", "Tây", "Nam", "Bắc", "Lợi");
        for (int i = 0; i < 168; i++) {
            String name = first.get(i % first.size()) + " " + second.get(i / first.size());
            String code = "N-" + String.format("%03d", i);
            String mail = "n" + String.format("%03d", i) + "@phanthiet.example";
            if (i < 100) {
                csv.append(code).append(",Ủy ban nhân dân phường ").append(name).append(",ward,UBND phường ").append(name)
                        .append("|phường ").append(name).append(',').append(mail).append(",PHUONG|PHUONG-XA\n");
            } else if (i < 140) {
                csv.append(code).append(",Ủy ban nhân dân xã ").append(name).append(",commune,UBND xã ").append(name)
                        .append("|xã ").append(name).append(',').append(mail).append(",XA|PHUONG-XA\n");
            } else {
                csv.append(code).append(",Ban Quản lý chợ ").append(name).append(",public_service_unit,,").append(mail)
                        .append(",CQ-DV-TP\n");
            }
        }
        Files.writeString(folder.resolve("units.csv"), csv);
        return folder;
    }

    private static List<List<PdfTextLine>> pages(Path pdf) throws IOException {
        List<List<PdfTextLine>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PdfGlyphPage page : new PdfGlyphReader().read(doc)) {
                pages.add(page.lines());
            }
        }
        return pages;
    }

    /** Each page's lines as text, without the runs of spaces a draft number leaves. */
    private static List<List<String>> pageTexts(Path pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (List<PdfTextLine> page : pages(pdf)) {
            out.add(page.stream().map(l -> plain(l.text())).toList());
        }
        return out;
    }

    private static String text(Path pdf) throws IOException {
        return String.join("\n", pageTexts(pdf).stream().map(p -> String.join("\n", p)).toList());
    }

    private static String plain(String s) {
        return VietnameseText.oneLine(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
}
