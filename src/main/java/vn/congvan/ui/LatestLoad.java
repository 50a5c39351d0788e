package vn.congvan.ui;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Reads from the ledger off the UI thread, for one part of the window (the list's statuses, the dispatch shown,
 * the unit's history). One read runs at a time and at most one waits: a newer request replaces the one waiting,
 * and the answer of a request superseded meanwhile is dropped, so clicking through ten dispatches reads at most
 * two and shows only the last. A failure reaches the clerk as a Vietnamese dialog ({@link Errors}).
 * Every method but the worker's own runs on the UI thread.
 */
final class LatestLoad {
    /** How many loads of every window wait for their answer: the tests let the window settle until none does. */
    private static int waiting;

    private final Control owner;
    private final ThreadPoolExecutor worker;
    /** Written on the UI thread, read by the worker to skip a request superseded before it started. */
    private volatile int asked;
    private int answered;

    LatestLoad(Control owner, String name) {
        this.owner = owner;
        this.worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), r -> {
            Thread t = new Thread(r, "congvan-" + name);
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardOldestPolicy());
        worker.allowCoreThreadTimeOut(true);
        owner.addListener(org.eclipse.swt.SWT.Dispose, e -> {
            cancel();
            worker.shutdownNow();
        });
    }

    /**
     * Reads with {@code read} on the worker and hands the answer to {@code show} on the UI thread, unless a newer
     * request (or {@link #cancel}) came first.
     */
    <T> void start(Supplier<T> read, Consumer<T> show) {
        start(read, show, e -> Errors.show(owner.getShell(), e));
    }

    <T> void start(Supplier<T> read, Consumer<T> show, Consumer<Throwable> failed) {
        if (!busy()) {
            waiting++;
        }
        int ticket = ++asked;
        org.eclipse.swt.widgets.Display display = owner.getDisplay();
        worker.execute(() -> {
            if (ticket != asked) {
                return; // superseded before it started: not worth reading
            }
            T value = null;
            Throwable failure = null;
            try {
                value = read.get();
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // Out of memory too: said like any failure, and the window stops waiting for this answer.
                failure = e;
            }
            T read1 = value;
            Throwable failed1 = failure;
            try {
                display.asyncExec(() -> answer(ticket, read1, failed1, show, failed));
            } catch (SWTException gone) {
                // The display is closed: nobody is left to show it to.
            }
        });
    }

    private <T> void answer(int ticket, T value, Throwable failure, Consumer<T> show, Consumer<Throwable> failed) {
        if (ticket != asked) {
            return;
        }
        done();
        if (owner.isDisposed()) {
            return;
        }
        if (failure != null) {
            failed.accept(failure);
        } else {
            show.accept(value);
        }
    }

    /** Drops the answer of the request made last (something else is shown now). */
    void cancel() {
        boolean was = busy();
        asked++;
        answered = asked;
        if (was) {
            waiting--;
        }
    }

    private void done() {
        if (busy()) {
            waiting--;
        }
        answered = asked;
    }

    /** Whether an answer is still awaited. */
    boolean busy() {
        return answered != asked;
    }

    /** Whether any window's load still awaits its answer. */
    static boolean anyBusy() {
        return waiting > 0;
    }
}
