package vn.congvan.app;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mails parsed and read on a small pool while the thread that holds the ledger takes the next ones from their source
 * and records the finished ones, strictly in the order they came: the pool's work (parsing a mail, classifying a
 * reply, opening its reports) depends on the mail alone, and everything that depends on what was recorded before
 * runs in order on the caller's thread. At most {@value #MAX_MAILS_PER_THREAD} mails a thread and
 * {@value #MAX_BYTES} bytes of mail are in flight, so memory stays flat however long the mailbox is.
 *
 * @param <R> what reading one mail gives
 */
final class ReadingPipeline<R> implements AutoCloseable {
    /** Takes each mail's reading, in the order the mails were submitted. */
    interface Sink<R> {
        void accept(R reading);
    }

    /**
     * Enough that the pool keeps reading while the ledger's thread commits a batch (with 4, the pool ran dry during
     * each commit: 1,712 against 1,876 mails a second on 10,000 replies, bench/PERFORMANCE.md, "collect"); memory
     * is bounded by {@link #MAX_BYTES} whatever the count.
     */
    private static final int MAX_MAILS_PER_THREAD = 32;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private record Pending<R>(long bytes, Future<R> reading) {
    }

    private final ExecutorService pool;
    private final int maxMails;
    private final ArrayDeque<Pending<R>> pending = new ArrayDeque<>();
    private long bytes;

    /** A pool of a thread per processor, four at most. */
    ReadingPipeline() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** @param threads the pool's threads; 0 reads each mail on the caller's thread as it comes (one after the other) */
    ReadingPipeline(int threads) {
        if (threads == 0) {
            this.pool = null;
            this.maxMails = 0;
            return;
        }
        int n = POOLS.incrementAndGet();
        AtomicInteger started = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "congvan-collect-" + n + "-" + started.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.maxMails = threads * MAX_MAILS_PER_THREAD;
    }

    /**
     * Starts reading a mail of {@code mailBytes}; gives {@code sink} every earlier mail that is done, and waits while
     * too many are in flight.
     */
    void submit(long mailBytes, Callable<R> reading, Sink<R> sink) {
        if (pool == null) {
            FutureTask<R> now = new FutureTask<>(reading);
            now.run();
            sink.accept(await(now));
            return;
        }
        pending.add(new Pending<>(mailBytes, pool.submit(reading)));
        bytes += mailBytes;
        while (!pending.isEmpty() && (pending.peek().reading().isDone() || pending.size() > maxMails || bytes > MAX_BYTES)) {
            next(sink);
        }
    }

    /** Gives {@code sink} every mail still in flight, in order. */
    void drain(Sink<R> sink) {
        while (!pending.isEmpty()) {
            next(sink);
        }
    }

    private void next(Sink<R> sink) {
        Pending<R> p = pending.poll();
        bytes -= p.bytes();
        sink.accept(await(p.reading()));
    }

    /** The reading, or what it threw, thrown here as the serial reading would have thrown it. */
    private static <R> R await(Future<R> reading) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return reading.get();
                } catch (InterruptedException e) {
                    // the mail is read already or nearly: finish it, then keep the interruption for the caller
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the pool; mails still in flight (after a failure) are dropped unrecorded. */
    @Override
    public void close() {
        pending.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
