package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService;
import vn.congvan.app.Folder;
import vn.congvan.app.OutputFormat;
import vn.congvan.app.Workspace;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.sign.KeyStores;
import vn.congvan.sign.PdfSigner;
import vn.congvan.sign.SignatureLook;
import vn.congvan.sign.TestPki;

/**
 * What the engine knows about a dispatch, in the window's detail under its fields, driven through the real
 * window on fresh ledgers: the signature a PDF arrived with (signed here by a BouncyCastle test CA the office
 * trusts), red when the file was changed after signing; the copies for information of a one-line Kính gửi;
 * and a ward's report dropped on the window (the drop's own path), which says what it recorded and changes
 * the ward's cells in the grid.
 */
class DispatchFactsWindowTest extends DemoWindowTest {
    private static final String LEADER = "Võ Văn Thông";
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    private static final Path ONE_LINE = Path.of("src/test/resources/dispatches/cong-van-kinh-gui-mot-dong-han-gio.txt");
    private static final Path REPORT = Path.of("src/test/resources/reports/phu-trinh-bao-cao.docx");
    /** The seed's Nơi nhận tells the city's leaders for information. */
    private static final String SEED_COPIES = "Gửi để biết: CT, PCT. UBND tp";

    @TempDir
    static Path pki;
    static Path units;
    static Path signed;

    /** The sample office with the test CA among its trusted roots, and the seed rendered as a PDF its leader signed. */
    @BeforeAll
    static void aSignedDispatch() throws Exception {
        units = Files.createDirectories(pki.resolve("don-vi"));
        try (Stream<Path> files = Files.list(Path.of("samples", "directory"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, units.resolve(f.getFileName()));
            }
        }
        TestPki ca = new TestPki("CA thu nghiem cua so");
        ca.rootsFolder(units.resolve("chung-thu-goc"));
        Path p12 = ca.p12(ca.issue(LEADER), pki.resolve("lanh-dao.p12"));
        Path unsigned;
        try (CongvanService s = Workspace.resolve(pki.resolve("render.db").toString(), units).open(Clock.systemUTC(),
                vn.congvan.app.Interaction.NONE, java.util.Map.of())) {
            unsigned = s.render(SEED, Set.of(OutputFormat.PDF), Files.createDirectories(pki.resolve("pdf"))).stream()
                    .filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        SignatureLook look = new SignatureLook(SignatureLook.Role.LEADER, TestPki.signatureImage(pki.resolve("chu-ky.png")),
                null, 0, "PHÓ CHỦ TỊCH", LEADER, null);
        Clock clock = Clock.fixed(Instant.parse("2019-08-21T02:15:00Z"), ZoneOffset.UTC);
        signed = new PdfSigner(KeyStores.pkcs12(p12, TestPki.PASSWORD.clone()), null, clock).sign(unsigned, look).file();
    }

    private WindowContent open(Path directory) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, Workspace.resolve(home.resolve("congvan.db").toString(), directory),
                LocalDate.of(2019, 8, 31));
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        c.showFolder(Folder.INCOMING);
        return c;
    }

    /** Imports the files as a drop does, and waits for the list to carry its statuses again. */
    private static void drop(WindowContent c, Path... files) {
        c.actions().importFiles(List.of(files));
        Screen.settle(display);
        ready(c);
    }

    private static List<String> texts(List<Label> lines) {
        return lines.stream().map(Label::getText).toList();
    }

    private static boolean red(Label l) {
        return l.getForeground().equals(display.getSystemColor(SWT.COLOR_RED));
    }

    @Test
    void aSignedDispatchShowsItsValidSignatureUnderItsFields() {
        WindowContent c = open(units);
        drop(c, signed);

        assertEquals("6174/UBND-VX", c.current().dispatch().numberSymbol());
        List<Label> lines = c.detail().facts().lines();
        assertEquals(List.of("Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, hợp lệ", SEED_COPIES), texts(lines));
        assertFalse(red(lines.get(0)), "a good signature is not red");
        assertTrue(lines.get(0).isVisible() && lines.get(0).getSize().y > 0, "the line takes room in the window");
    }

    @Test
    void aChangedSignedPdfShowsItsSignatureInRedSayingWhatFailed() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        // The binary comment on the PDF's second line: inside the signed range, and the file still reads.
        int at = 5;
        while (bytes[at] != '%') {
            at++;
        }
        bytes[at + 1] ^= 0x01;
        Path changed = Files.write(home.resolve("6174-da-sua.pdf"), bytes);
        WindowContent c = open(units);
        drop(c, changed);

        List<Label> lines = c.detail().facts().lines();
        assertEquals(2, lines.size(), texts(lines).toString());
        assertEquals(SEED_COPIES, lines.get(1).getText());
        assertFalse(red(lines.get(1)));
        String line = lines.get(0).getText();
        assertTrue(line.startsWith("⚠ Chữ ký số: " + LEADER + ", ký lúc 21/08/2019 09:15, KHÔNG hợp lệ: "), line);
        assertTrue(line.contains("Mã băm không khớp"), line);
        assertTrue(red(lines.get(0)), "a failed signature is red");
    }

    @Test
    void theCopiesForInformationAppearAndAnUnsignedDispatchSaysNothingOfSignatures() {
        WindowContent c = open(Path.of("samples", "directory"));
        drop(c, ONE_LINE);

        assertEquals("815/UBND-VX", c.current().dispatch().numberSymbol());
        assertEquals(List.of("Gửi để biết: Thường trực Thành ủy (b/c); CT, PCT UBND tp; Sở Y tế (b/c)"),
                texts(c.detail().facts().lines()));

        // The seed, unsigned, has its own copies only; none of the other's stay.
        drop(c, SEED);
        assertEquals("6174/UBND-VX", c.current().dispatch().numberSymbol());
        assertEquals(List.of(SEED_COPIES), texts(c.detail().facts().lines()));
    }

    @Test
    void aNameTheDirectoryReadsSeveralWaysIsShownForTheClerk() {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        DispatchFacts facts = new DispatchFacts(new org.eclipse.swt.widgets.Composite(shell, SWT.NONE));
        ((org.eclipse.swt.widgets.Composite) shell.getChildren()[0]).setLayout(new org.eclipse.swt.layout.GridLayout());
        facts.show(ReceivedSignatures.NONE, List.of(new CopyRecipient("Sở Y tế (b/c)", CopyRecipient.Kind.INFORMATION),
                new CopyRecipient("TT Văn hóa", CopyRecipient.Kind.AMBIGUOUS),
                new CopyRecipient("Văn phòng UBND tỉnh", CopyRecipient.Kind.UNMATCHED),
                new CopyRecipient("các Sở, ban, ngành tỉnh", CopyRecipient.Kind.UNMATCHED)));
        assertEquals(List.of("Gửi để biết: Sở Y tế (b/c)", "Chưa rõ (văn thư cần xác định đơn vị): TT Văn hóa",
                "Không có trong danh bạ, chưa giao việc: Văn phòng UBND tỉnh; các Sở, ban, ngành tỉnh"),
                texts(facts.lines()));
        facts.clear();
        assertEquals(List.of(), texts(facts.lines()));
    }

    @Test
    void aWardsReportDroppedOnTheWindowSaysWhatItRecordedAndChangesItsCells() {
        WindowContent c = open(Path.of("samples", "directory"));
        drop(c, SEED);
        assertNotEquals(Palette.cell(ComplianceStatus.DONE), wardRow(c, 2), "item 1 not yet done");
        assertNotEquals(Palette.cell(ComplianceStatus.IN_PROGRESS), wardRow(c, 3), "item 2 not yet begun");
        assertEquals(UiText.get("grid.ack.no"), wardRow(c, 1));
        // Another dispatch shown: the report brings its own back.
        drop(c, ONE_LINE);
        assertEquals("815/UBND-VX", c.current().dispatch().numberSymbol());

        drop(c, REPORT);

        assertEquals(UiText.get("import.report", REPORT.getFileName(), 3, 0), c.statusLine().getText());
        assertEquals("Đã ghi báo cáo phu-trinh-bao-cao.docx của đơn vị: 3 nội dung; không có gì chờ xem.",
                c.statusLine().getText());
        assertEquals("6174/UBND-VX", c.current().dispatch().numberSymbol(), "the dispatch the report answers");
        assertEquals(Palette.cell(ComplianceStatus.DONE), wardRow(c, 2));
        assertEquals(Palette.cell(ComplianceStatus.IN_PROGRESS), wardRow(c, 3));
        // Item 3 not begun, and its deadline gone by on the window's day (31/08/2019).
        assertEquals(Palette.cell(ComplianceStatus.OVERDUE), wardRow(c, 4));
        assertEquals(UiText.get("grid.ack.yes"), wardRow(c, 1));
    }

    /** A cell of Phú Trinh's row in the grid. */
    private static String wardRow(WindowContent c, int column) {
        Table grid = c.detail().grid();
        for (int i = 0; i < grid.getItemCount(); i++) {
            if (grid.getItem(i).getText(0).equals("Ủy ban nhân dân phường Phú Trinh")) {
                return grid.getItem(i).getText(column);
            }
        }
        throw new AssertionError("no row for Phú Trinh");
    }
}
