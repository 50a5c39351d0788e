package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DocumentFiles;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Folder;
import vn.congvan.app.Interaction;
import vn.congvan.app.Mailbox;
import vn.congvan.app.Review;
import vn.congvan.app.Workspace;
import vn.congvan.model.EventType;

/**
 * The window's actions not covered elsewhere, driven through the real window on the demo ledger: the first
 * start, the report and reminder, the format check, entries by hand and trusting an address from Thư cần xem.
 * The system's own file choosers and viewer are answered by the test ({@link SystemDialogs}); the rest is real.
 */
class WindowActionsTest extends DemoWindowTest {

    /** Answers for the system: the files "picked", and what the window asked the system to open. */
    private static final class Answers implements SystemDialogs {
        final List<Path> picked = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();
        Path folder;

        @Override
        public List<Path> openFiles(Shell shell, String title, boolean multiple, String[] extensions, String[] names) {
            return List.copyOf(picked);
        }

        @Override
        public Optional<Path> folder(Shell shell, String title) {
            return Optional.ofNullable(folder);
        }

        @Override
        public void open(Path file) {
            opened.add(file);
        }
    }

    private final Answers system = new Answers();

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        c.system(system);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        return ready(c);
    }

    private static CongvanService service(Workspace ws) {
        return ws.open(Clock.systemUTC(), Interaction.NONE, Map.of());
    }

    private WindowContent openOnSeed(Workspace ws) {
        WindowContent c = open(ws);
        DispatchBoard.Line seed = c.table().shown().stream().filter(l -> l.dispatch().numberSymbol().equals("6174/UBND-VX"))
                .findFirst().orElseThrow();
        c.select(seed.dispatch().key());
        Screen.settle(display);
        return c;
    }

    private static List<vn.congvan.model.Event> events(Workspace ws, String unit, EventType type) {
        try (CongvanService s = service(ws)) {
            return s.history(new CongvanService.HistoryRequest(DispatchRef.of("6174/UBND-VX"), unit)).lines().stream()
                    .map(CongvanService.HistoryLine::event).filter(e -> e.type() == type).toList();
        }
    }

    // ---- first start ----------------------------------------------------------------------------------

    @Test
    void aFirstStartOffersTheDemoDataAndAcceptedShowsItPopulated() {
        Path own = home.resolve("congvan.db");
        Workspace ws = Workspace.resolve(own.toString(), Path.of("samples", "directory"));
        List<String> asked = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("firstStart.title"), s -> {
            asked.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.YES_LABEL);
        });
        CongvanWindow window = DesktopApp.firstWindow(display, ws);
        shell = window.getShell();
        Screen.settle(display);

        assertTrue(asked.stream().anyMatch(t -> t.contains("Mở dữ liệu mẫu")), asked.toString());
        WindowContent c = ready(window.content());
        assertEquals(List.of("6174/UBND-VX"), c.table().shown().stream().map(l -> l.dispatch().numberSymbol()).toList());
        assertEquals("6174/UBND-VX", c.table().table().getItem(0).getText(0), "the list shows it");
        assertTrue(c.review().size() > 0, "the demo's doubtful mails wait in Thư cần xem");
        assertTrue(Files.isRegularFile(home.resolve("demo").resolve("congvan.db")), "the demo has a folder of its own");
        assertFalse(Files.exists(own), "the clerk's own ledger is not made by looking at the demo");
    }

    @Test
    void aFirstStartDeclinedOpensAnEmptyWindowThatSaysHowToImport() {
        Path own = home.resolve("congvan.db");
        Workspace ws = Workspace.resolve(own.toString(), Path.of("samples", "directory"));
        Screen.whenOpen(display, UiText.get("firstStart.title"), s -> Screen.press(s, IDialogConstants.NO_LABEL));
        CongvanWindow window = DesktopApp.firstWindow(display, ws);
        shell = window.getShell();
        Screen.settle(display);

        WindowContent c = ready(window.content());
        assertEquals(0, c.table().table().getItemCount());
        String said = c.statusLine().getText();
        assertTrue(said.contains("chưa có văn bản nào") && said.contains("Ctrl+O") && said.contains("kéo thả"), said);
        assertFalse(Files.exists(home.resolve("demo")), "no demo made when declined");
        assertFalse(Files.exists(own), "no ledger until the first import");
    }

    // ---- documents ------------------------------------------------------------------------------------

    @Test
    void theReportAndReminderAreWrittenAndOpenedFromTheWindow() throws IOException {
        Workspace ws = demoLedger();
        // The demo wrote documents of its own: start from an empty folder to see what the window writes.
        deleteTree(ws.documentsFolder());
        WindowContent c = openOnSeed(ws);

        c.actions().report.run();
        Screen.settle(display);

        Path out = ws.documentsFolder();
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("bao-cao-6174-UBND-VX-2019.docx", "bao-cao-6174-UBND-VX-2019.pdf", "don-doc-6174-UBND-VX-2019.docx",
                "don-doc-6174-UBND-VX-2019.pdf", "so-theo-doi-6174-UBND-VX-2019.xlsx"), names);
        assertEquals(List.of(out.resolve("bao-cao-6174-UBND-VX-2019.pdf"), out.resolve("don-doc-6174-UBND-VX-2019.pdf")),
                system.opened, "the report and the reminder open in the system's viewer");
        for (Path pdf : system.opened) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertTrue(d.getNumberOfPages() >= 1, pdf.toString());
            }
        }
        // The reminder goes to exactly the late or silent units: Mũi Né never answered.
        try (PDDocument d = Loader.loadPDF(out.resolve("don-doc-6174-UBND-VX-2019.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertTrue(text.contains("Mũi Né"), text);
        }
        try (InputStream in = Files.newInputStream(out.resolve("so-theo-doi-6174-UBND-VX-2019.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            StringBuilder cells = new StringBuilder();
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                r.forEach(cell -> cells.append(f.formatCellValue(cell)).append(' '));
            }
            assertTrue(cells.toString().contains("Phú Thủy"), "the register lists the units");
        }
        String said = c.statusLine().getText();
        assertTrue(said.contains("5 tệp") && said.contains(out.toString()), "the window says where they are: " + said);
    }

    @Test
    void checkingAFormatShowsTheResultRuleByRule() throws IOException {
        Workspace ws = demoLedger();
        Path letter = home.resolve("thu-khong-dung-the-thuc.pdf");
        // A US Letter page in Helvetica: not a Decree 30 document.
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            d.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(d, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Meeting notes");
                s.endText();
            }
            d.save(letter.toFile());
        }
        List<DocumentFiles.CheckLine> expected;
        try (CongvanService s = service(ws)) {
            expected = s.check(letter);
        }
        WindowContent c = open(ws);
        system.picked.add(letter);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        Screen.whenOpen(display, "Thể thức văn bản: thu-khong-dung-the-thuc.pdf", s -> {
            header.addAll(Screen.texts(s));
            for (TableItem item : Screen.find(s, Table.class).get(0).getItems()) {
                rows.add(List.of(item.getText(0), item.getText(1), item.getText(2)));
            }
            Screen.press(s, IDialogConstants.CLOSE_LABEL);
        });
        c.actions().check.run();
        Screen.settle(display);

        assertEquals(expected.size(), rows.size(), "one row per rule");
        assertTrue(rows.size() >= 8, rows.toString());
        long failed = expected.stream().filter(l -> !l.ok()).count();
        assertTrue(failed > 0);
        for (int i = 0; i < expected.size(); i++) {
            DocumentFiles.CheckLine l = expected.get(i);
            assertEquals(l.ok() ? "✔ Đạt" : "✖ Chưa đạt", rows.get(i).get(0), l.title());
            assertEquals(l.title(), rows.get(i).get(1));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(1).toLowerCase().contains("khổ giấy") && r.get(0).equals("✖ Chưa đạt")),
                "a Letter page fails the paper rule: " + rows);
        assertTrue(header.contains("Có " + failed + " quy định thể thức chưa đạt."), header.toString());
    }

    @Test
    void runningOutOfMemoryInALongStepIsSaidInADialogAndTheWindowStaysOpen() throws IOException {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        int listed = c.table().shown().size();
        List<String> said = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            said.addAll(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        // What a step's worker throws when a file or mail is too large for the memory given: it used to close the window.
        c.guard(() -> c.interaction().runLong(UiText.get("collect.progress"), () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        Screen.settle(display);

        assertTrue(said.stream().anyMatch(t -> t.contains("OutOfMemoryError: Java heap space")
                && t.contains("Sổ theo dõi không bị ghi dở")), said.toString());
        assertFalse(shell.isDisposed(), "the window stays open");
        c.refreshKeeping(null);
        Screen.settle(display);
        assertEquals(listed, c.table().shown().size(), "and goes on listing the ledger");
    }

    // ---- entries by hand ------------------------------------------------------------------------------

    @Test
    void anAcknowledgementRecordedByHandIsInTheLedgerAndTheGrid() throws IOException {
        Workspace ws = demoLedger();
        WindowContent c = openOnSeed(ws);
        String unit = "P-MUINE";
        assertTrue(events(ws, unit, EventType.ACKNOWLEDGED).isEmpty(), "Mũi Né never answered");
        c.detail().selectUnit(unit);
        c.detail().grid().notifyListeners(SWT.Selection, new Event());
        int row = c.detail().grid().getSelectionIndex();
        assertEquals("○ Chưa nhận", c.detail().grid().getItem(row).getText(1));

        c.actions().acknowledge.run();
        Screen.settle(display);

        assertEquals("✔ Đã nhận", c.detail().grid().getItem(c.detail().grid().getSelectionIndex()).getText(1));
        List<vn.congvan.model.Event> acks = events(ws, unit, EventType.ACKNOWLEDGED);
        assertEquals(1, acks.size());
        assertEquals("clerk", acks.get(0).source());
        assertTrue(c.statusLine().getText().contains("Mũi Né"), c.statusLine().getText());
        boolean inHistory = false;
        for (TableItem item : c.detail().history().getItems()) {
            inHistory |= item.getText(3).equals("cán bộ nhập") && item.getText(1).toLowerCase().contains("nhận");
        }
        assertTrue(inHistory, "the unit's history shows the entry");
    }

    // ---- Thư cần xem: trusting the sender -------------------------------------------------------------

    @Test
    void acceptingWithTrustThisAddressTrustsItForTheUnit() throws Exception {
        Workspace ws = demoLedger();
        String unit = "P-MUINE";
        String personal = "canbo.muine@thu-ca-nhan.example";
        String sentId = events(ws, unit, EventType.SENT).get(0).sourceId();
        Path replies = home.resolve("thu-den");
        Files.createDirectories(replies);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(personal));
        m.setRecipients(Message.RecipientType.TO, "vanphong@phanthiet.example");
        m.setSubject("Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin", "UTF-8");
        m.setSentDate(Date.from(ZonedDateTime.parse("2019-08-28T10:00:00+07:00").toInstant()));
        m.setHeader("In-Reply-To", sentId);
        m.setText("Kính gửi Văn phòng,\n\nUBND phường Mũi Né đã hoàn thành tất cả các nội dung theo Công văn số "
                + "6174/UBND-VX.\n\nTrân trọng.\n", "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", "<muine.personal@thu-ca-nhan.example>");
        try (OutputStream out = Files.newOutputStream(replies.resolve("muine.eml"))) {
            m.writeTo(out);
        }
        WindowContent c = open(ws);
        c.actions().collect(List.of(new Mailbox.Eml(replies)));
        Screen.settle(display);
        c.showFolder(Folder.REVIEW);
        Review.Item entry = c.review().entries().stream().filter(i -> personal.equals(i.sender())).findFirst()
                .orElseThrow(() -> new AssertionError("the personal address's reply waits in Thư cần xem"));
        assertEquals(Review.Kind.SUGGESTION, entry.kind());
        assertTrue(events(ws, unit, EventType.DONE).isEmpty(), "nothing applied before the clerk decides");
        c.selectReview(entry.number());

        List<String> asked = new ArrayList<>();
        Screen.whenOpen(display, "Xác nhận thư cần xem", s -> {
            asked.addAll(Screen.texts(s));
            Button toggle = Screen.find(s, Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst()
                    .orElseThrow();
            assertTrue(toggle.getText().contains(personal), toggle.getText());
            toggle.setSelection(true);
            toggle.notifyListeners(SWT.Selection, new Event());
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        c.actions().reviewAccept.run();
        Screen.settle(display);

        assertTrue(asked.stream().anyMatch(t -> t.contains(personal)), asked.toString());
        assertEquals(3, events(ws, unit, EventType.DONE).size(), "the proposed statuses are recorded");
        try (CongvanService s = service(ws)) {
            List<CongvanService.TrustedAddress> trusted = s.trustedAddresses(unit);
            assertEquals(List.of(personal), trusted.stream().map(CongvanService.TrustedAddress::address).toList());
        }
        // Trusted from now on: the grid's cells for Mũi Né are done.
        c.showFolder(Folder.INCOMING);
        c.select(c.table().shown().get(0).dispatch().key());
        Screen.settle(display);
        c.detail().selectUnit(unit);
        assertEquals("✔ Đã hoàn thành", c.detail().grid().getItem(c.detail().grid().getSelectionIndex()).getText(4));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
