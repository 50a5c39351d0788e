package vn.congvan.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchBoard;
import vn.congvan.app.Interaction;
import vn.congvan.app.Workspace;

/**
 * A measured run, not a test (README, "The window"): a ledger of 1,000 dispatches, each sent to the 32 units of
 * the seed, opened in the window; then the time from clicking a dispatch to its detail and grid being
 * drawn, over 200 switches. {@code java -cp "target/classes:target/lib/*" vn.congvan.ui.WindowSwitchRun DIR}
 * after {@code mvn -Pbench package}; the ledger is made in DIR on the first run (a few minutes).
 */
public final class WindowSwitchRun {
    private static final int DISPATCHES = 1000;
    private static final int SWITCHES = 200;

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "target/bench-window");
        Path ledger = home.resolve("congvan.db");
        Workspace ws = Workspace.resolve(ledger.toString(), Path.of("samples", "directory"));
        if (!Files.exists(ledger)) {
            Files.createDirectories(home);
            String seed = Files.readString(Path.of("samples", "000_7ae9f029b9ddbc9d.txt"), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            try (CongvanService s = ws.open(java.time.Clock.systemUTC(), Interaction.NONE, Map.of())) {
                for (int i = 0; i < DISPATCHES; i++) {
                    Path f = home.resolve("d" + i + ".txt");
                    Files.writeString(f, seed.replace("Số: 6174 /UBND-VX", "Số: " + (1000 + i) + " /UBND-VX")
                            .replace("V/v đảm bảo an toàn thông tin khi", "V/v việc số " + i + " về an toàn thông tin khi"),
                            StandardCharsets.UTF_8);
                    s.importDispatch(new CongvanService.ImportRequest(f, LocalDate.of(2019, 9, 15)));
                    Files.delete(f);
                }
            }
            System.out.printf("made %d dispatches in %.1f s%n", DISPATCHES, (System.nanoTime() - start) / 1e9);
        }
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        long open = System.nanoTime();
        WindowContent c = new WindowContent(shell, ws, LocalDate.of(2019, 9, 5));
        shell.setSize(1280, 800);
        shell.open();
        // The list is read off the UI thread too: wait for its rows.
        while (c.table().shown().isEmpty()) {
            if (!display.readAndDispatch()) {
                Thread.sleep(1);
            }
        }
        settle(display);
        System.out.printf("window with %d dispatches listed in %d ms (the JVM started %d ms before the window was made)%n",
                c.table().shown().size(), (System.nanoTime() - open) / 1_000_000,
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()
                        - (System.nanoTime() - open) / 1_000_000);
        // The statuses are read in the background: the progress column, colours and counts follow.
        while (c.loading()) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
        settle(display);
        System.out.printf("statuses of all %d shown %d ms after the window was made%n", c.table().shown().size(),
                (System.nanoTime() - open) / 1_000_000);
        List<DispatchBoard.Line> lines = c.table().shown();
        long[] millis = new long[SWITCHES];
        long[] filled = new long[SWITCHES];
        for (int i = 0; i < SWITCHES + 20; i++) {
            DispatchBoard.Line l = lines.get((i * 37) % lines.size());
            long t = System.nanoTime();
            c.select(l.dispatch().key());
            // The dispatch is read on a worker: the widgets are filled when its answer is handled.
            while (c.detailLoading()) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(0, 100_000);
                }
            }
            long widgets = System.nanoTime();
            settle(display);
            if (i >= 20) { // the first 20 warm the JIT up
                millis[i - 20] = (System.nanoTime() - t) / 1_000_000;
                filled[i - 20] = (widgets - t) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        Arrays.sort(filled);
        System.out.printf("clicked to widgets filled (before GTK paints): median %d ms, 95th percentile %d ms%n",
                filled[SWITCHES / 2], filled[SWITCHES * 95 / 100]);
        System.out.printf("clicked to painted (%d units each): median %d ms, 95th percentile %d ms, max %d ms%n",
                c.detail().grid().getItemCount(), millis[SWITCHES / 2], millis[SWITCHES * 95 / 100], millis[SWITCHES - 1]);
        // The same switches without the widgets: what the ledger's reading costs of the total.
        long[] reading = new long[SWITCHES];
        for (int i = 0; i < SWITCHES; i++) {
            DispatchBoard.Line l = lines.get((i * 37) % lines.size());
            long t = System.nanoTime();
            c.service().show(l.dispatch(), LocalDate.of(2019, 9, 5));
            reading[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(reading);
        System.out.printf("of which reading the ledger (CongvanService.show): median %d ms, 95th percentile %d ms%n",
                reading[SWITCHES / 2], reading[SWITCHES * 95 / 100]);
        shell.dispose();
        display.dispose();
    }

    private static void settle(Display display) {
        while (display.readAndDispatch()) {
            // drawn
        }
    }
}
