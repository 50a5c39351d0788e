package vn.congvan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.Workspace;

/**
 * The use cases of {@link LedgerScaleBenchmark}, timed by the processor time of the calling thread
 * ({@code ThreadMXBean}) beside the wall time: on a machine shared with other work the wall time mostly measures
 * the others, the thread's processor time much less so (the database runs in the same thread for SQLite; for
 * PostgreSQL the server's own time is not counted).
 *
 * <pre>
 * java -cp "target/congvan.jar:target/lib/*" vn.congvan.bench.LedgerScaleProbe target/bench-ledger/congvan.db [rounds]
 * </pre>
 */
public final class LedgerScaleProbe {
    private LedgerScaleProbe() {
    }

    public static void main(String[] args) {
        String ledger = args.length > 0 ? args[0] : "target/bench-ledger/congvan.db";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String dispatch = args.length > 2 ? args[2] : "600/UBND-VX";
        Workspace ws = Workspace.resolve(ledger, Path.of("samples", "directory"));
        try (CongvanService service = ws.open(Clock.fixed(LedgerGenerator.TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)),
                ZoneOffset.UTC), Interaction.NONE, Map.of())) {
            Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
            ops.put("status", () -> {
                CongvanService.StatusView view = service.status(new CongvanService.StatusRequest(DispatchRef.of(dispatch), null));
                return java.util.List.of(view, service.reminders(view.dispatch()));
            });
            ops.put("list", () -> service.list(new CongvanService.ListRequest(null, null)));
            ops.put("overdue", () -> service.overdue(new CongvanService.OverdueRequest(null, CongvanService.OverdueOrder.BY_UNIT)));
            ops.put("board", () -> service.board(null));
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                double[] cpu = new double[rounds];
                double[] wall = new double[rounds];
                int size = 0;
                for (int i = 0; i < rounds; i++) {
                    long c0 = bean.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    Object result = op.getValue().get();
                    wall[i] = (System.nanoTime() - w0) / 1e6;
                    cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
                    size = result instanceof java.util.List<?> l ? l.size() : size;
                }
                // The first rounds warm the code up; the best and the median of the rest are what it costs.
                double[] warmCpu = Arrays.copyOfRange(cpu, rounds / 2, rounds);
                double[] warmWall = Arrays.copyOfRange(wall, rounds / 2, rounds);
                Arrays.sort(warmCpu);
                Arrays.sort(warmWall);
                System.out.printf("%-8s cpu min %8.1f ms, median %8.1f ms | wall min %8.1f ms, median %8.1f ms | first cpu %8.1f ms"
                                + " | %d lines%n", op.getKey(), warmCpu[0], warmCpu[warmCpu.length / 2], warmWall[0],
                        warmWall[warmWall.length / 2], cpu[0], size);
            }
        }
    }
}
