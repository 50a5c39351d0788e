package vn.congvan.ingest;

import vn.congvan.model.InputException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit of a reader, for what no library lets us bound otherwise (PDFBox on a crafted font or
 * form, POI on a crafted part). The reading runs on a daemon thread of its own (one kept from an earlier reading
 * that finished, else a new one); once it has spent more processor
 * time than {@link InputLimits#maxTime()}, it is interrupted and the file is refused: on an idle machine a
 * crafted file burns processor time as fast as wall time, so the refusal comes within 5 s. Processor time,
 * not wall time, so that a busy machine does not refuse a good file: with a load of 13 on 2 cores the first
 * .docx of a run (POI's classes loading) took over 4 s of wall time and was refused. The program's processor
 * time counts too, at 1.5 times the limit, from the first look at 50 ms: a reading that fills the heap keeps the
 * garbage collector busy while its own thread waits. Wall time is only a backstop, at four times the limit, for a reading that stops
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
        Reading task = new Reading(() -> {
            try {
                result.complete(reading.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        long limitNanos = limits.maxTime().toNanos();
        long wallEnd = System.nanoTime() + (THREADS.isThreadCpuTimeSupported() ? WALL_FACTOR * limitNanos
                : limitNanos + 1_000_000_000L);
        // The program's time is counted from the first look, 50 ms in: a report read within them never asks for it.
        long processStart = Long.MIN_VALUE;
        ReaderThread.run(task);
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    if (processStart == Long.MIN_VALUE) {
                        processStart = processCpuNanos();
                    }
                    if (task.cpuNanos() > limitNanos || processCpuNanos() - processStart > PROCESS_FACTOR * limitNanos
                            || System.nanoTime() > wallEnd) {
                        task.abandon();
                        throw InputErrors.of("file.tooSlow", InputErrors.name(file), Long.toString(limits.maxTime().toSeconds()));
                    }
                }
            }
        } catch (InterruptedException e) {
            task.abandon();
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
     * One reading handed to a {@link ReaderThread}: which thread runs it and its processor time when it began, and
     * whether it ended or was abandoned, decided once, so that an interrupt meant for it never reaches a later one.
     */
    private static final class Reading {
        private static final int RUNNING = 0;
        private static final int DONE = 1;
        private static final int ABANDONED = 2;
        private final Runnable work;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile Thread thread;
        private volatile long cpuStart;

        Reading(Runnable work) {
            this.work = work;
        }

        /** Runs on the reader thread; false when the reading was abandoned meanwhile (the thread must not be reused). */
        boolean runOn(Thread reader) {
            cpuStart = THREADS.isThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
            thread = reader;
            work.run();
            return state.compareAndSet(RUNNING, DONE);
        }

        /** The reading thread's processor time since the reading began (0 before it began). */
        long cpuNanos() {
            Thread t = thread;
            return t == null || !THREADS.isThreadCpuTimeSupported() ? 0 : THREADS.getThreadCpuTime(t.getId()) - cpuStart;
        }

        void abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                Thread t = thread;
                if (t != null) {
                    t.interrupt();
                }
            }
        }
    }

    /**
     * The daemon threads readings run on, kept a while once idle: starting a thread for each reading cost about as
     * much as reading a one-page .docx. A thread whose reading was abandoned ends with that reading, never reused.
     */
    private static final class ReaderThread extends Thread {
        private static final long IDLE_SECONDS = 30;
        private static final Deque<ReaderThread> IDLE = new ConcurrentLinkedDeque<>();
        private final BlockingQueue<Reading> next = new ArrayBlockingQueue<>(1);

        private ReaderThread() {
            super(THREAD_NAME + THREADS_STARTED.incrementAndGet());
            setDaemon(true);
        }

        static void run(Reading reading) {
            ReaderThread reader = IDLE.pollFirst();
            if (reader == null) {
                reader = new ReaderThread();
                reader.start();
            }
            reader.next.add(reading); // the reader is idle or new: its queue is empty
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Reading reading = next.poll(IDLE_SECONDS, TimeUnit.SECONDS);
                    if (reading == null) {
                        if (IDLE.remove(this)) {
                            return;
                        }
                        continue; // taken from the idle list meanwhile: its reading is on the way
                    }
                    if (!reading.runOn(this)) {
                        return;
                    }
                    Thread.interrupted();
                    IDLE.addFirst(this);
                }
            } catch (InterruptedException e) {
                // only an abandoned reading's thread is interrupted, and it is not in the idle list
            }
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

}
