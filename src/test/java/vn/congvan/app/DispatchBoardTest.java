package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board the window lists: folders, urgency and the quick filter, on the demo ledger (no display needed). */
class DispatchBoardTest {
    @TempDir
    Path home;

    @Test
    void theDemoDispatchIsSentOverdueAndFoundWithoutDiacritics() {
        DemoRun.Result demo = DemoRun.run(home);
        Workspace ws = Workspace.resolve(demo.ledgerFile().toString(), demo.directoryFolder());
        try (CongvanService s = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            DispatchBoard board = s.board(DemoRun.AS_OF);
            assertEquals(1, board.lines().size());
            DispatchBoard.Line seed = board.lines().get(0);
            assertEquals(seed.line().units(), seed.sentUnits(), "the demo sent it to every unit");
            // Item 3 was due on 30/8/2019: on 5/9 it is overdue for the units that have not done it.
            assertEquals(Urgency.OVERDUE, seed.urgency());
            assertEquals(Set.of(Folder.INCOMING, Folder.OUTGOING, Folder.TRACKING, Folder.OVERDUE), seed.folders());
            assertEquals(0, board.counts().get(Folder.AWAITING_DISTRIBUTION));
            assertEquals(1, board.counts().get(Folder.OVERDUE));

            assertTrue(seed.matches("phu thuy"));
            assertTrue(seed.matches("PHÚ   THỦY"));
            assertTrue(seed.matches("6174"));
            assertTrue(seed.matches("an toan thong tin"));
            assertTrue(seed.matches("21/08/2019"));
            assertTrue(seed.matches(""));
            assertFalse(seed.matches("phu thuy kiem ke"), "every word must match");

            // Before item 3's deadline, the same dispatch is due soon, not overdue.
            DispatchBoard early = s.board(LocalDate.of(2019, 8, 28));
            assertEquals(Urgency.DUE_SOON, early.lines().get(0).urgency());
            assertEquals(List.of(early.lines().get(0)), early.in(Folder.DUE_SOON));
            assertEquals(List.of(), early.in(Folder.REVIEW));
        }
    }

    @Test
    void theFirstOpenAfterAnUpdateTellsTheUserWhyItWaits() throws Exception {
        DemoRun.Result demo = DemoRun.run(home);
        // As a ledger written by an older congvan: its status tables are computed again at the next open.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + demo.ledgerFile());
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE status_projection SET version = 1");
        }
        List<String> notices = new ArrayList<>();
        Interaction listening = new Interaction() {
            @Override
            public void notice(String text) {
                notices.add(text);
            }
        };
        Workspace ws = Workspace.resolve(demo.ledgerFile().toString(), demo.directoryFolder());
        try (CongvanService s = ws.open(Clock.systemUTC(), listening, Map.of())) {
            assertEquals(List.of(), notices, "nothing is opened before a use case needs the ledger");
            DispatchBoard board = s.board(DemoRun.AS_OF);
            assertEquals(Urgency.OVERDUE, board.lines().get(0).urgency());
        }
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Đang tính lại trạng thái của mọi đơn vị trong sổ theo dõi " + demo.ledgerFile()),
                notices.get(0));
        assertTrue(notices.get(1).startsWith("Đã tính lại trạng thái của 96 việc giao"), notices.get(1));

        notices.clear();
        try (CongvanService s = ws.open(Clock.systemUTC(), listening, Map.of())) {
            assertEquals(1, s.board(DemoRun.AS_OF).lines().size());
        }
        assertEquals(List.of(), notices, "once is enough");
    }

    @Test
    void aDispatchWithNoUnitAssignedStaysOnTheBoardOnceItsStatusesAreRead() {
        DemoRun.Result demo = DemoRun.run(home);
        Workspace ws = Workspace.resolve(demo.ledgerFile().toString(), demo.directoryFolder());
        try (CongvanService s = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            // Addressed to a province's departments, none of them in the demo's directory.
            s.importDispatch(new CongvanService.ImportRequest(Path.of("src/test/resources/dispatches/forms/cong-van-qua-thu.eml"),
                    null));
            DispatchBoard board = s.board(DemoRun.AS_OF);
            assertTrue(board.complete());
            assertEquals(List.of("6174/UBND-VX", "512/STTTT-BCVT"), board.lines().stream().map(l -> l.dispatch().numberSymbol()).toList(),
                    "listed like the provisional board listed it, not dropped when the statuses arrive");
            DispatchBoard.Line none = board.lines().get(1);
            assertEquals(Urgency.UNASSIGNED, none.urgency());
            assertEquals(0, none.line().units());
            assertEquals(Set.of(Folder.INCOMING), none.folders(), "nothing to send, track or chase");
            assertEquals(2, board.counts().get(Folder.INCOMING));
            assertEquals(1, board.counts().get(Folder.OVERDUE));
        }
    }

    @Test
    void theProvisionalBoardListsEveryDispatchBeforeItsStatusesAreKnown() {
        DemoRun.Result demo = DemoRun.run(home);
        Workspace ws = Workspace.resolve(demo.ledgerFile().toString(), demo.directoryFolder());
        try (CongvanService s = ws.open(Clock.systemUTC(), Interaction.NONE, Map.of())) {
            DispatchBoard first = DispatchBoard.provisional(DemoRun.AS_OF, s.dispatches());
            assertFalse(first.complete());
            assertEquals(List.of("6174/UBND-VX"), first.lines().stream().map(l -> l.dispatch().numberSymbol()).toList());
            DispatchBoard.Line seed = first.lines().get(0);
            assertEquals(Urgency.PENDING, seed.urgency());
            // Listed where every dispatch is; the smart folders wait for the statuses rather than guess.
            assertEquals(Set.of(Folder.INCOMING), seed.folders());
            assertEquals(List.of(), first.in(Folder.OVERDUE));
            assertTrue(seed.matches("an toan thong tin"), "the quick filter works on what is known");
            assertFalse(seed.matches("phu thuy"), "the units are not read yet");
            assertTrue(s.board(DemoRun.AS_OF).complete());
        }
    }

    @Test
    void windowSettingsLiveBesideTheLedgerAndSurviveARestart() {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        assertEquals(home.resolve("congvan-window.properties").toAbsolutePath(), ws.windowSettingsFile());
        WindowSettings s = WindowSettings.load(ws.windowSettingsFile());
        assertTrue(s.numbers("sash-main").isEmpty());
        s.putNumbers("sash-main", 25, 75);
        s.putText("folder", "OVERDUE");
        s.save();
        WindowSettings again = WindowSettings.load(ws.windowSettingsFile());
        assertEquals(List.of(25, 75), java.util.Arrays.stream(again.numbers("sash-main").orElseThrow()).boxed().toList());
        assertEquals("OVERDUE", again.text("folder").orElseThrow());
    }
}
