package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Folder;
import vn.congvan.app.Interaction;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.Workspace;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.EventType;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;

/**
 * The window on real data: the demo ledger (the seed dispatch sent to every unit, the sample replies
 * collected, one answer taken by phone), driven through its widgets on the UI thread as a clerk would.
 * Skipped, saying so, where there is no display (see {@link Screen}).
 */
class WindowTest extends DemoWindowTest {
    private static final LocalDate AS_OF = DemoRun.AS_OF;
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");

    /** An invented second dispatch: to the city's departments only, no ward. */
    private Path secondDispatch() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String text = seed.replace("Số: 6174 /UBND-VX", "Số: 7001 /UBND-KT")
                .replace("V/v đảm bảo an toàn thông tin khi\nsử dụng thư điện tử công vụ.", "V/v kiểm kê tài sản công năm 2019.")
                .replace("- Các cơ quan, đơn vị thuộc UBND thành phố;\n- UBND các phường, xã.",
                        "- Các cơ quan chuyên môn thuộc UBND thành phố.");
        assertNotEquals(seed, text);
        Path f = home.resolve("7001-kiem-ke.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, AS_OF);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        return ready(c);
    }

    private static CongvanService service(Workspace ws) {
        return ws.open(Clock.systemUTC(), Interaction.NONE, Map.of());
    }

    /** Clicks the row of the dispatch in the list (selection plus the event a click sends). */
    private void click(WindowContent c, String numberSymbol) {
        List<DispatchBoard.Line> shown = c.table().shown();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).dispatch().numberSymbol().equals(numberSymbol)) {
                c.table().table().setSelection(i);
                c.table().table().notifyListeners(SWT.Selection, new Event());
                Screen.settle(display);
                return;
            }
        }
        throw new AssertionError(numberSymbol + " is not in the list");
    }

    private void clickUnit(WindowContent c, String unitCode) {
        assertNotNull(c.detail().selectUnit(unitCode), unitCode);
        c.detail().grid().notifyListeners(SWT.Selection, new Event());
        Screen.settle(display);
    }

    /** A mouse press in the grid cell of the unit's row and the requirement's column. */
    private void pressCell(WindowContent c, String unitCode, String requirement) {
        Table grid = c.detail().grid();
        int row = -1;
        for (int i = 0; i < grid.getItemCount(); i++) {
            if (c.detail().selectUnit(unitCode) != null && grid.getSelectionIndex() == i) {
                row = i;
            }
        }
        int column = 2 + c.detail().requirementIds().indexOf(requirement);
        Rectangle cell = grid.getItem(row).getBounds(column);
        Event e = new Event();
        e.x = cell.x + cell.width / 2;
        e.y = cell.y + cell.height / 2;
        e.button = 1;
        grid.notifyListeners(SWT.MouseDown, e);
    }

    private static List<String> rows(WindowContent c) {
        Table t = c.table().table();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            numbers.add(t.getItem(i).getText(0));
        }
        return numbers;
    }

    @Test
    void theGridShowsWhatTheLedgerSaysOfEachUnit() throws IOException {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        assertEquals(FolderTree.name(Folder.INCOMING) + " (1)", c.folders().label(Folder.INCOMING));
        click(c, "6174/UBND-VX");

        assertTrue(c.detail().fields().getText().contains("6174/UBND-VX"), c.detail().fields().getText());
        List<UnitStatus> units;
        try (CongvanService s = service(ws)) {
            units = s.status(new CongvanService.StatusRequest(DispatchRef.of("6174/UBND-VX"), AS_OF)).status().units();
        }
        Table grid = c.detail().grid();
        assertEquals(units.size(), grid.getItemCount());
        assertEquals(List.of("1", "2", "3"), c.detail().requirementIds());
        Set<ComplianceStatus> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitStatus u = units.get(i);
            TableItem row = grid.getItem(i);
            assertEquals(u.unitName(), row.getText(0));
            for (int q = 0; q < 3; q++) {
                RequirementState r = u.requirements().get(q);
                seen.add(r.status());
                // Colour, symbol and word: never colour alone.
                assertEquals(Palette.symbol(r.status()) + " " + Palette.word(r.status()), row.getText(2 + q), u.unitName());
            }
        }
        assertTrue(seen.size() >= 3, "the demo holds done, in-progress and overdue work: " + seen);
        // Phú Trinh answered by phone: item 1 done, item 2 in progress.
        int phuTrinh = indexOf(units, "P-PHUTRINH");
        assertEquals("✔ Đã hoàn thành", grid.getItem(phuTrinh).getText(2));
        assertEquals("◐ Đang thực hiện", grid.getItem(phuTrinh).getText(3));
        assertNotEquals(grid.getItem(phuTrinh).getBackground(2), grid.getItem(phuTrinh).getBackground(3));

        clickUnit(c, "P-PHUTRINH");
        Table history = c.detail().history();
        List<String> lines = new ArrayList<>();
        for (TableItem item : history.getItems()) {
            lines.add(String.join(" | ", item.getText(1), item.getText(2), item.getText(3), item.getText(5)));
        }
        assertTrue(lines.contains("Báo đã hoàn thành | 1 | cán bộ nhập | Đã phổ biến tại cuộc họp giao ban"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Đã gửi văn bản")), lines.toString());
    }

    private static int indexOf(List<UnitStatus> units, String code) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unitCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void theQuickFilterIgnoresDiacriticsAndCase() throws IOException {
        Workspace ws = demoLedger();
        try (CongvanService s = service(ws)) {
            s.importDispatch(new CongvanService.ImportRequest(secondDispatch(), LocalDate.of(2019, 9, 30)));
        }
        WindowContent c = open(ws);
        assertEquals(List.of("6174/UBND-VX", "7001/UBND-KT"), rows(c));

        c.filter().setText("phu thuy");
        assertEquals(List.of("6174/UBND-VX"), rows(c), "Phú Thủy is a ward: only the seed went to it");
        c.filter().setText("KIỂM KÊ");
        assertEquals(List.of("7001/UBND-KT"), rows(c));
        c.filter().setText("6174");
        assertEquals(List.of("6174/UBND-VX"), rows(c));
        c.filter().setText("tai chinh ke hoach");
        assertEquals(List.of("6174/UBND-VX", "7001/UBND-KT"), rows(c), "both went to Phòng Tài chính - Kế hoạch");
        c.filter().setText("khong co van ban nay");
        assertEquals(List.of(), rows(c));
        c.filter().setText("");
        assertEquals(2, rows(c).size());

        // The second dispatch was never sent: it waits in Chờ phân phối, not in Văn bản đi.
        c.showFolder(Folder.AWAITING_DISTRIBUTION);
        assertEquals(List.of("7001/UBND-KT"), rows(c));
        c.showFolder(Folder.OUTGOING);
        assertEquals(List.of("6174/UBND-VX"), rows(c));
        assertEquals(FolderTree.name(Folder.AWAITING_DISTRIBUTION) + " (1)", c.folders().label(Folder.AWAITING_DISTRIBUTION));
    }

    @Test
    void aDispatchWithNoUnitAssignedIsListedAndSaysSo() throws IOException {
        Workspace ws = demoLedger();
        try (CongvanService s = service(ws)) {
            // Addressed to a province's departments: none of them is in the demo's directory.
            s.importDispatch(new CongvanService.ImportRequest(Path.of("src/test/resources/dispatches/forms/cong-van-qua-thu.eml"),
                    null));
        }
        WindowContent c = open(ws);
        assertEquals(List.of("6174/UBND-VX", "512/STTTT-BCVT"), rows(c), "still listed once the statuses are read");
        Table t = c.table().table();
        assertEquals("Chưa giao đơn vị", t.getItem(1).getText(4));
        assertTrue(t.getItem(0).getText(4).matches("\\d+/32 đơn vị"), "the seed's progress as before: " + t.getItem(0).getText(4));
        // Sorted by progress, least first: the one no unit works on comes before any, not among the finished.
        c.table().sortBy(4);
        assertEquals(List.of("512/STTTT-BCVT", "6174/UBND-VX"), rows(c));

        // Phân phối has no one to send it to, and says so (not "sent to every unit already").
        click(c, "512/STTTT-BCVT");
        c.actions().distribute.run();
        assertEquals("Văn bản 512/STTTT-BCVT chưa giao cho đơn vị nào: không có đơn vị để gửi.", c.statusLine().getText());
    }

    @Test
    void aStatusRecordedInTheWindowIsInTheLedger() throws IOException {
        Workspace ws = demoLedger();
        WindowContent c = open(ws);
        click(c, "6174/UBND-VX");
        // Mũi Né never answered: item 3 is still open (overdue on 5/9/2019).
        String unit = "P-MUINE";
        String before = c.detail().grid().getItem(indexOf(currentUnits(ws), unit)).getText(4);
        assertEquals("✖ Quá hạn", before);

        clickUnit(c, unit);
        pressCell(c, unit, "3");
        c.actions().markDone.run();
        Screen.settle(display);

        assertEquals("✔ Đã hoàn thành", c.detail().grid().getItem(indexOf(currentUnits(ws), unit)).getText(4));
        assertTrue(c.statusLine().getText().contains("Mũi Né"), c.statusLine().getText());
        try (CongvanService s = service(ws)) {
            UnitStatus u = s.status(new CongvanService.StatusRequest(DispatchRef.of("6174"), AS_OF)).status().unit(unit).orElseThrow();
            assertEquals(ComplianceStatus.DONE, u.requirement("3").orElseThrow().status());
            var last = s.history(new CongvanService.HistoryRequest(DispatchRef.of("6174"), unit)).lines().stream()
                    .map(CongvanService.HistoryLine::event).filter(e -> e.type() == EventType.DONE && "3".equals(e.requirementId()))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals("clerk", last.source());
        }
        // The history of the unit shown in the window has the entry too.
        boolean shown = false;
        for (TableItem item : c.detail().history().getItems()) {
            shown |= item.getText(1).equals("Báo đã hoàn thành") && item.getText(2).equals("3") && item.getText(3).equals("cán bộ nhập");
        }
        assertTrue(shown);
    }

    private static List<UnitStatus> currentUnits(Workspace ws) {
        try (CongvanService s = service(ws)) {
            return s.status(new CongvanService.StatusRequest(DispatchRef.of("6174"), AS_OF)).status().units();
        }
    }

    @Test
    void distributingShowsProgressAndCancellingLeavesTheLedgerConsistent() throws IOException {
        Path ledger = home.resolve("congvan.db");
        Workspace ws = Workspace.resolve(ledger.toString(), Path.of("samples", "directory"));
        Clock day = Clock.fixed(ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        try (CongvanService s = ws.open(day, Interaction.NONE, Map.of())) {
            s.importDispatch(new CongvanService.ImportRequest(SEED, DemoRun.DEFAULT_DUE));
        }
        WindowContent c = open(ws);
        click(c, "6174/UBND-VX");
        int units = c.current().line().units();
        assertTrue(units > 30, "the seed goes to every ward, commune and department: " + units);

        // The clerk presses Cancel in the progress dialog as soon as it shows what it is doing.
        List<String> progressSeen = new ArrayList<>();
        Runnable pressCancel = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.getData() instanceof ProgressMonitorDialog && s.isVisible()
                            && Screen.find(s, Label.class).stream().anyMatch(l -> l.getText().startsWith("Đang gửi văn bản 6174"))) {
                        progressSeen.add(s.getText());
                        for (Button b : Screen.find(s, Button.class)) {
                            if (IDialogConstants.CANCEL_LABEL.equals(b.getText()) && b.isEnabled()) {
                                b.notifyListeners(SWT.Selection, new Event());
                                return;
                            }
                        }
                    }
                }
                display.timerExec(5, this);
            }
        };
        display.timerExec(5, pressCancel);
        MailDistribution.Outcome stopped = c.actions().distribute(c.current());
        display.timerExec(-1, pressCancel);

        assertTrue(!progressSeen.isEmpty(), "a progress dialog was shown");
        long sent = stopped.count(MailDistribution.Result.SENT);
        assertTrue(stopped.count(MailDistribution.Result.CANCELLED) > 0, "cancel stopped the sending: " + sent + " sent");
        assertEquals(units, sent + stopped.count(MailDistribution.Result.CANCELLED) + stopped.count(MailDistribution.Result.FAILED));
        assertTrue(c.statusLine().getText().startsWith("Đã dừng theo yêu cầu"), c.statusLine().getText());
        // Consistent: every mail in the outbox is a SENT event in the ledger, and nothing else is.
        assertEquals(sent, emlFiles(ws.outboxFolder()));
        assertEquals(sent, sentEvents(ws));

        // Distributing again sends the rest, once.
        MailDistribution.Outcome rest = c.actions().distribute(c.current());
        assertEquals(units - sent, rest.count(MailDistribution.Result.SENT));
        assertEquals(units, emlFiles(ws.outboxFolder()));
        assertEquals(units, sentEvents(ws));
        Screen.settle(display); // the folders' counts follow from the board read again in the background
        assertEquals(FolderTree.name(Folder.AWAITING_DISTRIBUTION) + " (0)", c.folders().label(Folder.AWAITING_DISTRIBUTION));
    }

    private static long emlFiles(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(outbox)) {
            return s.filter(p -> p.toString().endsWith(".eml")).count();
        }
    }

    private static long sentEvents(Workspace ws) {
        try (CongvanService s = service(ws)) {
            return s.history(new CongvanService.HistoryRequest(DispatchRef.of("6174"), null)).lines().stream()
                    .filter(l -> l.event().type() == EventType.SENT).count();
        }
    }

    @Test
    void aFileDroppedOnTheWindowIsImported() throws Exception {
        Workspace ws = demoLedger();
        Path second = secondDispatch();
        WindowContent c = open(ws);
        assertEquals(List.of("6174/UBND-VX"), rows(c));

        DropTarget target = (DropTarget) c.table().table().getData(DND.DROP_TARGET_KEY);
        assertNotNull(target, "the list accepts drops");
        target.notifyListeners(DND.Drop, dropEvent(target, second));
        Screen.settle(display);

        assertEquals(List.of("6174/UBND-VX", "7001/UBND-KT"), rows(c));
        assertEquals("7001/UBND-KT", c.current().dispatch().numberSymbol(), "the imported dispatch is shown");
        assertTrue(c.statusLine().getText().startsWith("Đã nhập văn bản 7001/UBND-KT"), c.statusLine().getText());
        try (CongvanService s = service(ws)) {
            assertEquals(2, s.list(new CongvanService.ListRequest(null, AS_OF)).size());
        }
    }

    /** A photo of a dispatch dropped on the window is read by OCR and waits in "Thư cần xem"; no task set yet. */
    @Test
    void aScanDroppedOnTheWindowWaitsForTheClerk(@TempDir Path scans) throws Exception {
        Workspace ws = demoLedger();
        Path photo = vn.congvan.ingest.ScannedSeed.png(scans);
        WindowContent c = open(ws);

        DropTarget target = (DropTarget) c.table().table().getData(DND.DROP_TARGET_KEY);
        target.notifyListeners(DND.Drop, dropEvent(target, photo));
        assertTrue(Screen.pumpUntil(display, 180_000, () -> c.statusLine().getText().startsWith("Đã đọc")),
                c.statusLine().getText());

        assertTrue(c.statusLine().getText().contains("Thư cần xem"), c.statusLine().getText());
        assertEquals(List.of("6174/UBND-VX"), rows(c), "no task set before the clerk confirms the reading");
        try (CongvanService s = service(ws)) {
            assertTrue(s.reviewList(new CongvanService.ReviewListRequest(false, null)).stream().anyMatch(i -> i.kind() == vn.congvan.app.Review.Kind.SCAN),
                    "the OCR reading waits for the clerk");
        }
    }

    /**
     * The event SWT gives a drop listener (a DropTargetEvent is made from it), with the file list a
     * file manager sends. Its class is package-private in SWT, hence the reflection.
     */
    private static Event dropEvent(DropTarget target, Path file) throws ReflectiveOperationException {
        Class<?> type = Class.forName("org.eclipse.swt.dnd.DNDEvent");
        Constructor<?> make = type.getDeclaredConstructor();
        make.setAccessible(true);
        Event e = (Event) make.newInstance();
        e.widget = target;
        e.display = display;
        e.time = (int) System.currentTimeMillis();
        e.data = new String[] {file.toAbsolutePath().toString()};
        e.detail = DND.DROP_COPY;
        e.doit = true;
        var dataType = type.getDeclaredField("dataType");
        dataType.setAccessible(true);
        dataType.set(e, FileTransfer.getInstance().getSupportedTypes()[0]);
        var operations = type.getDeclaredField("operations");
        operations.setAccessible(true);
        operations.set(e, DND.DROP_COPY);
        return e;
    }

    @Test
    void theWindowRemembersItsLayoutAndLeavesAScreenshot() throws IOException {
        Workspace ws = demoLedger();
        CongvanWindow window = new CongvanWindow(ws, AS_OF);
        window.openSized();
        shell = window.getShell();
        Screen.settle(display);
        WindowContent c = ready(window.content());
        click(c, "6174/UBND-VX");
        clickUnit(c, "P-PHUTHUY");
        Screen.pumpUntil(display, 300, () -> false);

        Path png = Path.of("target", "screenshots", "window.png");
        Files.createDirectories(png.getParent());
        Rectangle size = shell.getBounds();
        Image image = new Image(display, size.width, size.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(png.toString(), SWT.IMAGE_PNG);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 8, "the screenshot shows the window, not a blank: " + colours.size() + " colours");

        // Move the sashes, pick a folder, close: the next window opens the same way.
        c.showFolder(Folder.OVERDUE);
        shell.setSize(1100, 700);
        Screen.settle(display);
        shell.close();
        Screen.settle(display);
        assertTrue(Files.exists(ws.windowSettingsFile()));

        CongvanWindow again = new CongvanWindow(ws, AS_OF);
        again.openSized();
        shell = again.getShell();
        Screen.settle(display);
        ready(again.content());
        assertEquals(Folder.OVERDUE, again.content().folder());
        assertEquals(1100, shell.getSize().x);
        assertEquals(700, shell.getSize().y);
    }
}
