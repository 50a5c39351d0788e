package vn.congvan.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The rows of one query cut into records on a second thread while the driver reads the next ones. On a large ledger
 * reading {@link JoinedRecords} rows and cutting them cost about as much each, one after the other. The work is done
 * in the order handed over, by one thread, so it may fill a collection that is not thread-safe; the caller reads it
 * after {@link #await}. At most {@link #AHEAD} rows wait, so rows read ahead do not pile up in memory.
 */
final class CutAside implements AutoCloseable {
    private static final int AHEAD = 16;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "congvan-rows");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore ahead = new Semaphore(AHEAD);
    private final List<Future<?>> handedOver = new ArrayList<>();

    /** Hands one row's work to the thread; waits while {@link #AHEAD} rows are already waiting. */
    void cut(Runnable work) {
        ahead.acquireUninterruptibly();
        handedOver.add(thread.submit(() -> {
            try {
                work.run();
            } finally {
                ahead.release();
            }
        }));
    }

    /** Waits until every row handed over is cut; then the first failure is thrown as the work threw it. */
    void await() {
        Throwable failed = null;
        for (Future<?> f : handedOver) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while cutting rows", e);
            } catch (ExecutionException e) {
                failed = failed == null ? e.getCause() : failed;
            }
        }
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
