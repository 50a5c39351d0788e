package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
