package vn.congvan.app;

import java.nio.file.Path;

/**
 * {@link Logging#setUp} on a daemon thread, for a command line: java.util.logging's first use looks for a
 * {@code System.LoggerFinder} in every jar of the class path, a fifth of a cold {@code status}'s main thread, which
 * can as well happen while picocli builds the command. The caller awaits it before the command runs, so that every
 * record the command's libraries log finds the handlers in place, as before. Start it after {@code System.setErr}:
 * the terminal's handler writes to the error stream of that moment.
 *
 * <p>A class apart from {@link Logging}, and a plain thread joined rather than a future: what the main thread
 * touches to start it is initialised on the main thread (java.util.logging's levels and their lambdas, or the
 * fork-join pool behind {@code CompletableFuture}), which is what the thread is there to take off it.
 */
public final class LoggingSetUp {
    private final Worker worker;

    private LoggingSetUp(boolean verbose) {
        worker = new Worker(verbose);
    }

    /** Starts setting up logging as {@link Logging#setUp} does ({@code verbose}: to the terminal). */
    public static LoggingSetUp start(boolean verbose) {
        LoggingSetUp setUp = new LoggingSetUp(verbose);
        setUp.worker.start();
        return setUp;
    }

    /**
     * Waits until logging is set up. What {@link Logging#setUp} threw is thrown here, as it was.
     *
     * @return the log file, or null when logs go to the terminal
     */
    public Path await() {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true; // the command needs its logging all the same; the interrupt is kept for it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (worker.failure instanceof RuntimeException e) {
            throw e;
        }
        if (worker.failure instanceof Error e) {
            throw e;
        }
        return worker.file;
    }

    /** Its fields are read after {@code join}, which makes them visible. */
    private static final class Worker extends Thread {
        private final boolean verbose;
        private Path file;
        private Throwable failure;

        Worker(boolean verbose) {
            super("congvan-logging");
            this.verbose = verbose;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                file = Logging.setUp(verbose);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
