package vn.congvan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.Interaction;
import vn.congvan.app.Workspace;
import vn.congvan.model.UnitStatus;

/**
 * The window reads the ledger off the UI thread (issue 13: responsive on a large ledger): the list and the grid
 * are virtual tables filled from the model, a dispatch clicked shows "Đang tải…" until it is read, a newer click
 * supersedes an older one, and a read that fails is a Vietnamese dialog. What is asserted is what the clerk sees.
 */
class WindowLoadingTest extends DemoWindowTest {
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    private static final String SEED_NUMBER = "6174/UBND-VX";

    /** The demo ledger and {@code extra} invented dispatches to the city's departments only, numbered 7001 on. */
    private Workspace ledgerWith(int extra) throws IOException {
        Workspace ws = demoLedger();
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        try (CongvanService s = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            for (int i = 1; i <= extra; i++) {
                String text = seed.replace("Số: 6174 /UBND-VX", "Số: " + (7000 + i) + " /UBND-KT")
                        .replace("V/v đảm bảo an toàn thông tin khi\nsử dụng thư điện tử công vụ.", "V/v kiểm kê tài sản công đợt " + i + ".")
                        .replace("- Các cơ quan, đơn vị thuộc UBND thành phố;\n- UBND các phường, xã.",
                                "- Các cơ quan chuyên môn thuộc UBND thành phố.");
                assertNotEquals(seed, text);
                Path f = home.resolve("70" + i + ".txt");
                Files.writeString(f, text, StandardCharsets.UTF_8);
                s.importDispatch(new CongvanService.ImportRequest(f, LocalDate.of(2019, 9, 30)));
            }
        }
        return ws;
    }

    private WindowContent open(Workspace ws) {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        shell.setSize(1280, 800);
        shell.open();
        return ready(c);
    }

    /** The rows of the list as shown: the number/symbol column of every item, top to bottom. */
    private static List<String> shownNumbers(WindowContent c) {
        Table t = c.table().table();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            rows.add(t.getItem(i).getText(0));
        }
        return rows;
    }

    /** A click on the dispatch's row: the selection and the event it sends, nothing pumped after it. */
    private static void click(WindowContent c, String numberSymbol) {
        List<DispatchBoard.Line> shown = c.table().shown();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).dispatch().numberSymbol().equals(numberSymbol)) {
                c.table().table().setSelection(i);
                c.table().table().notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError(numberSymbol + " is not in the list");
    }

    private static List<String> gridUnits(WindowContent c) {
        Table grid = c.detail().grid();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < grid.getItemCount(); i++) {
            units.add(grid.getItem(i).getText(0));
        }
        return units;
    }

    /** The units of the dispatch as the ledger holds them, in the grid's order. */
    private static List<String> ledgerUnits(Workspace ws, String numberSymbol) {
        try (CongvanService s = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            DispatchBoard.Line l = s.board(DemoRun.AS_OF).lines().stream()
                    .filter(x -> x.dispatch().numberSymbol().equals(numberSymbol)).findFirst().orElseThrow();
            return s.show(l.dispatch(), DemoRun.AS_OF).status().units().stream().map(UnitStatus::unitName).toList();
        }
    }

    @Test
    void theFirstOpenAfterAnUpdateSaysInTheStatusLineWhyTheListWaits() throws Exception {
        Workspace ws = demoLedger();
        // As a ledger written by an older congvan: its status tables are computed again at the next open.
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + ws.ledgerLocation());
             Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE status_projection SET version = 1");
        }
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        shell.setSize(1280, 800);
        shell.open();
        // Every text the status line shows while the list loads, sampled after each event the window handles.
        List<String> said = new ArrayList<>();
        boolean loaded = Screen.pumpUntil(display, 120_000, () -> {
            String now = c.statusLine().getText();
            if (said.isEmpty() || !said.get(said.size() - 1).equals(now)) {
                said.add(now);
            }
            return !c.loading();
        });
        assertTrue(loaded, "the statuses were not read within 2 minutes");

        assertTrue(said.stream().anyMatch(t -> t.startsWith("Đang tính lại trạng thái của mọi đơn vị trong sổ theo dõi "
                + ws.ledgerLocation())), said.toString());
        assertTrue(said.get(said.size() - 1).startsWith("Sổ theo dõi: "), said.toString());
        assertEquals(List.of("6174/UBND-VX"), shownNumbers(c));
    }

    @Test
    void theListAndTheGridAreVirtualAndShowTheRightRowsAfterSortingAndFiltering() throws IOException {
        WindowContent c = open(ledgerWith(4));
        assertTrue((c.table().table().getStyle() & SWT.VIRTUAL) != 0, "the list is a virtual table");
        assertTrue((c.detail().grid().getStyle() & SWT.VIRTUAL) != 0, "the grid is a virtual table");
        List<String> all = List.of(SEED_NUMBER, "7001/UBND-KT", "7002/UBND-KT", "7003/UBND-KT", "7004/UBND-KT");

        c.table().table().getColumn(0).notifyListeners(SWT.Selection, new Event());
        Screen.settle(display);
        assertEquals(all, shownNumbers(c), "sorted by number/symbol");
        c.table().table().getColumn(0).notifyListeners(SWT.Selection, new Event());
        Screen.settle(display);
        assertEquals(all.stream().sorted(Comparator.reverseOrder()).toList(), shownNumbers(c), "the same column again: descending");

        c.filter().setText("kiem ke dot");
        Screen.settle(display);
        assertEquals(List.of("7004/UBND-KT", "7003/UBND-KT", "7002/UBND-KT", "7001/UBND-KT"), shownNumbers(c),
                "filtered, still in the order chosen");
        c.filter().setText("dot 3");
        Screen.settle(display);
        assertEquals(List.of("7003/UBND-KT"), shownNumbers(c));
        c.filter().setText("");
        Screen.settle(display);
        assertEquals(5, c.table().table().getItemCount());

        // The grid, filled row by row as it is drawn, shows each unit of the dispatch once, as the ledger lists them.
        click(c, SEED_NUMBER);
        Screen.settle(display);
        assertEquals(ledgerUnits(c.workspace(), SEED_NUMBER), gridUnits(c));
    }

    @Test
    void aDispatchClickedSaysItIsLoadingUntilItsGridIsShown() throws IOException {
        WindowContent c = open(ledgerWith(1));
        click(c, SEED_NUMBER);
        // At once, before anything is read: the number clicked and "Đang tải…", no grid of another dispatch.
        assertEquals("Đang tải văn bản " + SEED_NUMBER + "…", c.detail().fields().getText());
        assertEquals(0, c.detail().grid().getItemCount());
        assertEquals(0, c.detail().history().getItemCount());
        Screen.settle(display);
        assertFalse(c.detail().fields().getText().startsWith("Đang tải"), c.detail().fields().getText());
        assertTrue(c.detail().fields().getText().contains(SEED_NUMBER), c.detail().fields().getText());
        assertEquals(ledgerUnits(c.workspace(), SEED_NUMBER), gridUnits(c));

        // A unit's history is read the same way.
        assertNotNull(c.detail().selectUnit(firstUnitCode(c)));
        c.detail().grid().notifyListeners(SWT.Selection, new Event());
        assertEquals(0, c.detail().history().getItemCount(), "nothing of another unit while it is read");
        Screen.settle(display);
        assertTrue(c.detail().history().getItemCount() > 0, "the unit's history is shown");
    }

    private static String firstUnitCode(WindowContent c) {
        c.detail().grid().setSelection(0);
        return c.detail().selectedUnit().unitCode();
    }

    @Test
    void aDispatchClickedAfterAnotherShowsOnlyTheLastOnesGrid() throws Exception {
        Workspace ws = ledgerWith(1);
        WindowContent c = open(ws);
        List<String> seedUnits = ledgerUnits(ws, SEED_NUMBER);
        List<String> otherUnits = ledgerUnits(ws, "7001/UBND-KT");
        assertNotEquals(seedUnits, otherUnits, "the two dispatches went to different units");

        for (int round = 0; round < 3; round++) {
            // The seed clicked, its reading given time to finish and post its answer, then the other clicked before
            // that answer is handled: it must be dropped.
            click(c, SEED_NUMBER);
            Thread.sleep(300);
            click(c, "7001/UBND-KT");
            List<String> seen = new ArrayList<>();
            assertTrue(Screen.pumpUntil(display, 120_000, () -> {
                seen.add(c.detail().fields().getText());
                return !c.detailLoading();
            }));
            Screen.settle(display);
            assertTrue(seen.stream().noneMatch(t -> t.contains(SEED_NUMBER)), "the seed was never shown: " + seen);
            assertTrue(c.detail().fields().getText().contains("7001/UBND-KT"), c.detail().fields().getText());
            assertEquals(otherUnits, gridUnits(c));
        }

        // Ten clicks in a row: the last one is shown.
        for (int i = 0; i < 10; i++) {
            click(c, i % 2 == 0 ? "7001/UBND-KT" : SEED_NUMBER);
        }
        Screen.settle(display);
        assertTrue(c.detail().fields().getText().contains(SEED_NUMBER), c.detail().fields().getText());
        assertEquals(seedUnits, gridUnits(c));
    }

    @Test
    void aLedgerThatCannotBeReadIsSaidInOneVietnameseDialog() throws IOException {
        Path ledger = home.resolve("congvan.db");
        Files.write(ledger, "không phải một sổ theo dõi".repeat(200).getBytes(StandardCharsets.UTF_8));
        Workspace ws = Workspace.resolve(ledger.toString(), Path.of("samples", "directory"));
        List<List<String>> dialogs = new ArrayList<>();
        Screen.whenOpen(display, UiText.get("error.title"), s -> {
            dialogs.add(Screen.texts(s));
            Screen.press(s, IDialogConstants.OK_LABEL);
        });
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        WindowContent c = new WindowContent(shell, ws, DemoRun.AS_OF);
        shell.setSize(1280, 800);
        shell.open();
        Screen.settle(display);
        Screen.pumpUntil(display, 2_000, () -> false);
        assertEquals(1, dialogs.size(), "one dialog: " + dialogs);
        String said = String.join("\n", dialogs.get(0));
        assertTrue(said.contains("congvan.db"), "names the ledger: " + said);
        assertFalse(said.contains("Exception") || said.contains("\tat ") || said.contains("java."), "no stack trace: " + said);
        assertEquals(0, c.table().table().getItemCount());
        assertFalse(c.loading(), "nothing left loading");
    }
}
