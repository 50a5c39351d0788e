package vn.congvan.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.Workspace;

/**
 * The ledger at scale, warm (issue 13): on a ledger made by {@link LedgerGenerator}, the use cases as the
 * commands call them — {@code status ID} (the status and the reminders it prints), {@code overdue} over the
 * whole ledger, {@code list} — and the window's board and Thư cần xem. Run from the project root:
 * {@code java -cp "target/congvan.jar:target/lib/*" org.openjdk.jmh.Main LedgerScaleBenchmark -p ledger=PATH|URL}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerScaleBenchmark {
    /** An SQLite file or a JDBC URL of a ledger LedgerGenerator made. */
    @Param("target/bench-ledger/congvan.db")
    public String ledger;

    /** A dispatch in the middle of the ledger (LedgerGenerator numbers them from 100). */
    @Param("600/UBND-VX")
    public String dispatch;

    private CongvanService service;

    @Setup(Level.Trial)
    public void open() {
        Workspace ws = Workspace.resolve(ledger, Path.of("samples", "directory"));
        service = ws.open(Clock.fixed(LedgerGenerator.TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC),
                Interaction.NONE, Map.of());
        service.status(new CongvanService.StatusRequest(DispatchRef.of(dispatch), null)); // opens the ledger
    }

    @TearDown(Level.Trial)
    public void close() {
        service.close();
    }

    /** {@code status ID}: the dispatch found by its number/symbol, every unit's status, the reminders sent. */
    @Benchmark
    public Object status() {
        CongvanService.StatusView view = service.status(new CongvanService.StatusRequest(DispatchRef.of(dispatch), null));
        return List.of(view, service.reminders(view.dispatch()));
    }

    /** {@code overdue}: every late assignment of the ledger, by unit. */
    @Benchmark
    public Object overdue() {
        return service.overdue(new CongvanService.OverdueRequest(null, CongvanService.OverdueOrder.BY_UNIT));
    }

    /** {@code list}: every dispatch with its progress. */
    @Benchmark
    public Object list() {
        return service.list(new CongvanService.ListRequest(null, null));
    }

    /** What the window's worker thread reads for the list's statuses, folders and counts. */
    @Benchmark
    public Object board() {
        return service.board(null);
    }

    /** The window's Thư cần xem, read with the board each time the statuses are read (the pending entries). */
    @Benchmark
    public Object reviewList() {
        return service.reviewList(new CongvanService.ReviewListRequest(false, null));
    }
}
