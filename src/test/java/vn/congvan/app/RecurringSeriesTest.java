package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.DispatchStatus;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.RequirementState;

/**
 * A monthly report ("trước ngày 20 hằng tháng") is assigned up to the office's horizon (recurring-months in
 * office.properties, twelve by default), and when the clock moves on, status, list and report add the periods
 * that come within reach: once each, however often they run.
 */
class RecurringSeriesTest {
    static final Path FIXTURE = Path.of("src/test/resources/dispatches/cong-van-bao-cao-hang-thang.md");
    static final DispatchRef REF = DispatchRef.of("1033/UBND-KT");

    @TempDir
    Path dir;

    private CongvanService at(Path units, int year, int month, int day) {
        Clock clock = Clock.fixed(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        return Workspace.resolve(dir.resolve("l.db").toString(), units).open(clock, Interaction.NONE, Map.of());
    }

    private static List<String> periods(DispatchStatus s) {
        return s.unit("X-TIENLOI").orElseThrow().requirements().stream().map(RequirementState::requirementId)
                .filter(id -> id.startsWith("1.")).toList();
    }

    private static long added(CongvanService app) {
        return app.history(new CongvanService.HistoryRequest(REF, null)).lines().stream()
                .filter(l -> l.event().type() == EventType.PERIOD_ADDED).count();
    }

    @Test
    void aMonthlySeriesIsExtendedOnceAndOnlyOnceWhenTheClockMovesPastItsHorizon() {
        Path units = Path.of("samples", "directory");
        try (CongvanService app = at(units, 2021, 4, 27)) {
            app.importDispatch(new CongvanService.ImportRequest(FIXTURE, null));
            List<String> first = periods(app.status(new CongvanService.StatusRequest(REF, null)).status());
            assertEquals(12, first.size(), first.toString());
            assertEquals("1.2021-05", first.get(0));
            assertEquals("1.2022-04", first.get(11));
            assertEquals(0, added(app), "nothing to add within the first year");
        }
        try (CongvanService app = at(units, 2021, 6, 21)) {
            DispatchStatus s = app.status(new CongvanService.StatusRequest(REF, null)).status();
            assertEquals(13, periods(s).size());
            assertEquals("1.2022-05", periods(s).get(12));
            RequirementState may2022 = s.unit("X-TIENLOI").orElseThrow().requirement("1.2022-05").orElseThrow();
            assertEquals(java.time.LocalDate.of(2022, 5, 20), may2022.deadline());
            assertEquals(1, added(app));
            // Again, through every use case that extends: nothing more.
            app.status(new CongvanService.StatusRequest(REF, null));
            app.list(new CongvanService.ListRequest(null, null));
            app.overdue(new CongvanService.OverdueRequest(null, CongvanService.OverdueOrder.BY_DISPATCH));
            assertEquals(1, added(app));
            assertEquals(13, periods(app.status(new CongvanService.StatusRequest(REF, null)).status()).size());
            var shown = app.show(REF, null).requirements().stream().filter(r -> r.id().equals("1.2022-05")).toList();
            assertEquals(1, shown.size(), "the dispatch's page lists the added period too");
            assertTrue(shown.get(0).text().endsWith("(kỳ báo cáo tháng 5/2022)"), shown.get(0).text());
            assertEquals(java.util.Optional.of(java.time.LocalDate.of(2022, 5, 20)), shown.get(0).dueDate());
            // Every unit of the first period has the new one, and only those.
            assertEquals(s.units().stream().filter(u -> u.requirement("1.2021-05").isPresent()).count(),
                    s.units().stream().filter(u -> u.requirement("1.2022-05").isPresent()).count());
        }
        try (CongvanService app = at(units, 2021, 9, 2)) {
            assertEquals(1, app.list(new CongvanService.ListRequest(null, null)).size(), "the list extends the series too");
            assertEquals(4, added(app));
            List<String> later = periods(app.status(new CongvanService.StatusRequest(REF, null)).status());
            assertEquals(List.of("1.2022-06", "1.2022-07", "1.2022-08"), later.subList(13, 16));
            assertEquals(4, added(app));
        }
    }

    @Test
    void theHorizonIsTheOfficesToSet() throws IOException {
        Path units = copyOfSampleDirectory("recurring-months=3");
        try (CongvanService app = at(units, 2021, 4, 27)) {
            app.importDispatch(new CongvanService.ImportRequest(FIXTURE, null));
            assertEquals(List.of("1.2021-05", "1.2021-06", "1.2021-07"),
                    periods(app.status(new CongvanService.StatusRequest(REF, null)).status()));
        }
        Path wrong = copyOfSampleDirectory("recurring-months=mười hai");
        try (CongvanService app = at(wrong, 2021, 6, 21)) {
            InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                    () -> app.status(new CongvanService.StatusRequest(REF, null)));
            assertTrue(e.getMessage().contains("recurring-months") && e.getMessage().contains("mười hai"), e.getMessage());
        }
    }

    private Path copyOfSampleDirectory(String line) throws IOException {
        Path copy = Files.createTempDirectory(dir, "directory");
        try (Stream<Path> files = Files.list(Path.of("samples", "directory"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("office.properties"), "\n" + line + "\n", java.nio.file.StandardOpenOption.APPEND);
        return copy;
    }
}
