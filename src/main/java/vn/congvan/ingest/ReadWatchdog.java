package vn.congvan.ingest;

import vn.congvan.model.InputException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The time limit of a reader, for what no library lets us bound otherwise (PDFBox on a crafted font or
 * form, POI on a crafted part). The reading runs on its own daemon thread; once it has spent more processor
 * time than {@link InputLimits#maxTime()}, or one second more than that as wall time (a busy machine), it is
 * interrupted and the file is refused: a refusal always comes within 5 s. Processor time first, so that a
 * busy machine does not refuse a good file. The PDF readers stop at their next operator once interrupted
 * ({@link AbandonableStripper}); other libraries do not look, and their thread is abandoned to finish alone.
 * A StackOverflowError or OutOfMemoryError of the reader becomes the same one-line refusal: neither ever
 * reaches the user.
 */
final class ReadWatchdog {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 50;
    /** Wall time allowed beyond the processor time, for a busy machine; the whole stays under 5 s. */
    private static final long WALL_GRACE_NANOS = 1_000_000_000L;

    private ReadWatchdog() {
    }

    static <T> T read(Path file, InputLimits limits, Supplier<T> reading) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(reading.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "congvan-reader");
        thread.setDaemon(true);
        long limitNanos = limits.maxTime().toNanos();
        long wallEnd = System.nanoTime() + limitNanos + WALL_GRACE_NANOS;
        thread.start();
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    if (cpuNanos(thread) > limitNanos || System.nanoTime() > wallEnd) {
                        thread.interrupt();
                        throw InputErrors.of("file.tooSlow", InputErrors.name(file), Long.toString(limits.maxTime().toSeconds()));
                    }
                }
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw InputErrors.of(e, "file.tooSlow", InputErrors.name(file), Long.toString(limits.maxTime().toSeconds()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof StackOverflowError) {
                throw InputErrors.of(cause, "file.tooDeep", InputErrors.name(file), Integer.toString(limits.maxDepth()));
            }
            if (cause instanceof OutOfMemoryError) {
                throw InputErrors.of(cause, "file.tooBig", InputErrors.name(file));
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static long cpuNanos(Thread thread) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    }
}
