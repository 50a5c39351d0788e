package vn.congvan.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;

import vn.congvan.app.DispatchBoard;
import vn.congvan.app.Folder;
import vn.congvan.app.Workspace;

/**
 * A measured run, not a test (README, "The window", a large ledger): the window opened on a ledger that exists
 * already (the generated 1,000 × 200 × 3 one), then what a clerk does: wait for the statuses, click a folder,
 * click ten dispatches in quick succession, click a unit, type in the quick filter, sort by a column. For each
 * step it prints the time from the click to the rows shown and the longest the UI thread was busy in one go
 * (one handled event, or the click's own listener), as processor time of the UI thread and as wall time.
 * {@code xvfb-run -a java -cp "target/classes:target/lib/*" vn.congvan.ui.LargeLedgerWindowRun LEDGER [DAY]}
 * after {@code mvn -Pbench package}; work on a copy of the ledger, the window may write beside it.
 */
public final class LargeLedgerWindowRun {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The longest single busy stretch of the UI thread during one step, and the step's wall time. */
    private static final class Step {
        final String name;
        final long start = System.nanoTime();
        long maxCpu;
        long maxWall;
        long slices;

        Step(String name) {
            this.name = name;
        }

        void busy(long cpu, long wall) {
            maxCpu = Math.max(maxCpu, cpu);
            maxWall = Math.max(maxWall, wall);
            slices++;
        }

        void print(String what) {
            System.out.printf("%-46s click to shown %7d ms | UI thread longest busy: %5d ms processor, %5d ms wall (%d events) | %s%n",
                    name, (System.nanoTime() - start) / 1_000_000, maxCpu / 1_000_000, maxWall / 1_000_000, slices, what);
        }
    }

    private static Display display;

    public static void main(String[] args) throws Exception {
        Path ledger = Path.of(args.length > 0 ? args[0] : "target/scale.db");
        LocalDate day = LocalDate.parse(args.length > 1 ? args[1] : "2026-10-01");
        Workspace ws = Workspace.resolve(ledger.toString(), Path.of("samples", "directory"));
        display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());

        Step open = new Step("open the window");
        WindowContent c = timed(open, () -> new WindowContent(shell, ws, day));
        timed(open, () -> {
            shell.setSize(1280, 800);
            shell.open();
            return null;
        });
        pumpUntil(open, () -> !c.table().shown().isEmpty());
        open.print(c.table().shown().size() + " dispatches listed");
        // A clerk who does not wait for the statuses: the first dispatch clicked while the board is read.
        Step early = new Step("click one dispatch while statuses load");
        DispatchBoard.Line first = c.table().shown().get(42);
        click(early, c, first);
        pumpUntil(early, () -> shows(c, first));
        early.print(c.detail().grid().getItemCount() + " units in the grid, " + first.dispatch().numberSymbol()
                + (c.loading() ? ", statuses still loading" : ", statuses already shown"));
        Step statuses = new Step("statuses of the list (board, worker)");
        pumpUntil(statuses, () -> !c.loading());
        statuses.print(c.folders().label(Folder.OVERDUE));

        Step folder = new Step("click the folder Quá hạn");
        TreeItem item = find(c.folders().tree().getItems(), Folder.OVERDUE);
        timed(folder, () -> {
            c.folders().tree().setSelection(item);
            Event e = new Event();
            e.item = item;
            c.folders().tree().notifyListeners(SWT.Selection, e);
            return null;
        });
        pumpUntil(folder, () -> c.folder() == Folder.OVERDUE);
        folder.print(c.table().shown().size() + " rows");

        Step inbox = new Step("click the folder Văn bản đến");
        TreeItem incoming = find(c.folders().tree().getItems(), Folder.INCOMING);
        timed(inbox, () -> {
            c.folders().tree().setSelection(incoming);
            Event e = new Event();
            e.item = incoming;
            c.folders().tree().notifyListeners(SWT.Selection, e);
            return null;
        });
        pumpUntil(inbox, () -> c.folder() == Folder.INCOMING);
        inbox.print(c.table().shown().size() + " rows");

        List<DispatchBoard.Line> lines = c.table().shown();
        for (int round = 0; round < 3; round++) {
            Step one = new Step("click one dispatch (round " + (round + 1) + ")");
            DispatchBoard.Line l = lines.get(100 + round * 211);
            click(one, c, l);
            pumpUntil(one, () -> shows(c, l));
            one.print(c.detail().grid().getItemCount() + " units in the grid, " + l.dispatch().numberSymbol());
        }

        Step ten = new Step("click ten dispatches in a row");
        DispatchBoard.Line last = null;
        for (int i = 0; i < 10; i++) {
            last = lines.get(500 + i);
            click(ten, c, last);
            pumpOnce(ten);
        }
        DispatchBoard.Line wanted = last;
        pumpUntil(ten, () -> shows(c, wanted));
        ten.print("shows " + wanted.dispatch().numberSymbol() + " (the last clicked)");

        Step unit = new Step("click a unit in the grid");
        timed(unit, () -> {
            c.detail().grid().setSelection(7);
            c.detail().grid().notifyListeners(SWT.Selection, new Event());
            return null;
        });
        pumpUntil(unit, () -> c.detail().history().getItemCount() > 0);
        unit.print(c.detail().history().getItemCount() + " lines of history");

        Step filter = new Step("type \"phu\" in the quick filter");
        timed(filter, () -> {
            c.filter().setText("phu");
            return null;
        });
        pumpUntil(filter, () -> true);
        filter.print(c.table().shown().size() + " rows match");

        Step clear = new Step("clear the quick filter");
        timed(clear, () -> {
            c.filter().setText("");
            return null;
        });
        pumpUntil(clear, () -> true);
        clear.print(c.table().shown().size() + " rows");

        Step sort = new Step("sort by Hạn gần nhất");
        timed(sort, () -> {
            c.table().table().getColumn(5).notifyListeners(SWT.Selection, new Event());
            return null;
        });
        pumpUntil(sort, () -> true);
        sort.print("first: " + c.table().shown().get(0).dispatch().numberSymbol());

        // An action that writes: Xác nhận đã nhận (Ctrl+K) for the unit selected; the dispatch is shown again at once,
        // the statuses read again in the background.
        Step ack = new Step("acknowledge for the unit selected (Ctrl+K)");
        DispatchBoard.Line acked = c.current();
        timed(ack, () -> {
            c.actions().acknowledge.run();
            return null;
        });
        String said = c.statusLine().getText();
        pumpUntil(ack, () -> shows(c, acked));
        ack.print(said);
        Step again = new Step("the statuses read again after it");
        pumpUntil(again, () -> !c.loading());
        again.print(c.folders().label(Folder.OVERDUE));

        shell.dispose();
        display.dispose();
    }

    private static boolean shows(WindowContent c, DispatchBoard.Line l) {
        return c.detail().fields().getText().contains(l.dispatch().numberSymbol())
                && c.detail().grid().getItemCount() > 0;
    }

    private static void click(Step step, WindowContent c, DispatchBoard.Line l) {
        timed(step, () -> {
            int at = c.table().shown().indexOf(l);
            c.table().table().setSelection(at);
            c.table().table().notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    private static TreeItem find(TreeItem[] items, Folder f) {
        for (TreeItem i : items) {
            if (i.getData() == f) {
                return i;
            }
            TreeItem inner = find(i.getItems(), f);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private interface Work<T> {
        T run();
    }

    private static <T> T timed(Step step, Work<T> work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        T t = work.run();
        step.busy(THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall);
        return t;
    }

    private static boolean pumpOnce(Step step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        boolean did = display.readAndDispatch();
        if (did) {
            step.busy(THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall);
        }
        return did;
    }

    /** Handles events until {@code done} holds and nothing is pending (so the rows are painted). */
    private static void pumpUntil(Step step, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 30L * 60 * 1_000_000_000;
        while (System.nanoTime() < end) {
            boolean did = pumpOnce(step);
            if (!did) {
                if (done.getAsBoolean()) {
                    return;
                }
                Thread.sleep(1);
            }
        }
        throw new IllegalStateException(step.name + ": not done in 30 minutes");
    }
}
