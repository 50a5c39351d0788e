package vn.congvan.ingest;

import vn.congvan.model.InputException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit of a reader, for what no library lets us bound otherwise (PDFBox on a crafted font or
 * form, POI on a crafted part). The reading runs on its own daemon thread; once it has spent more processor
 * time than {@link InputLimits#maxTime()}, it is interrupted and the file is refused: on an idle machine a
 * crafted file burns processor time as fast as wall time, so the refusal comes within 5 s. Processor time,
 * not wall time, so that a busy machine does not refuse a good file: with a load of 13 on 2 cores the first
 * .docx of a run (POI's classes loading) took over 4 s of wall time and was refused. The program's processor
 * time counts too, at 1.5 times the limit: a reading that fills the heap keeps the garbage collector busy
 * while its own thread waits. Wall time is only a backstop, at four times the limit, for a reading that stops
 * using the processor (or a platform that cannot measure it). The abandoned reading stops at its next checkpoint
 * ({@link #stopIfAbandoned}): the PDF readers between two operators ({@link AbandonableStripper}), our own
 * loops over pages, paragraphs and table cells at each step. What still cannot be stopped is a library's
 * own work between two checkpoints: POI parsing a part's XML (XmlBeans) or building HWPF's tables,
 * PDFBox parsing one object or font; the thread is a daemon and ends when that step ends (or with the
 * program).
 * A StackOverflowError or OutOfMemoryError of the reader becomes the same one-line refusal: neither ever
 * reaches the user.
 */
final class ReadWatchdog {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 50;
    /** The wall-time backstop, as a multiple of the processor-time limit (a busy machine). */
    private static final long WALL_FACTOR = 4;
    /**
     * The program's own processor time allowed for one reading, as a multiple of the limit: a reading that fills
     * the heap makes the garbage collector's threads burn the processor while its own thread waits, so its own
     * time alone would let it run on; the compiler's work for a first reading stays well inside this.
     */
    private static final double PROCESS_FACTOR = 1.5;
    /** Readers' threads are named {@value #THREAD_NAME}N, so that one left running can be found. */
    static final String THREAD_NAME = "congvan-reader-";
    private static final AtomicInteger THREADS_STARTED = new AtomicInteger();

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
        }, THREAD_NAME + THREADS_STARTED.incrementAndGet());
        thread.setDaemon(true);
        long limitNanos = limits.maxTime().toNanos();
        long wallEnd = System.nanoTime() + (THREADS.isThreadCpuTimeSupported() ? WALL_FACTOR * limitNanos
                : limitNanos + 1_000_000_000L);
        long processStart = processCpuNanos();
        thread.start();
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    if (cpuNanos(thread) > limitNanos || processCpuNanos() - processStart > PROCESS_FACTOR * limitNanos
                            || System.nanoTime() > wallEnd) {
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

    /**
     * A checkpoint for a reader's loop: once the watchdog has given up on the reading (the thread is
     * interrupted), the work stops here instead of going on using the processor for a result no one awaits.
     */
    static void stopIfAbandoned() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading abandoned");
        }
    }

    /** The processor time of the whole program (-1 where the platform cannot say). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long cpuNanos(Thread thread) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    }
}
