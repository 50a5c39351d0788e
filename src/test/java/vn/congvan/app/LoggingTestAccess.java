package vn.congvan.app;

import java.io.OutputStream;
import java.util.logging.Handler;

/** Lets tests of other packages set logging up as {@link Logging#setUp} does, with the log where they choose. */
public final class LoggingTestAccess {
    private LoggingTestAccess() {
    }

    /** The handler {@link Logging} writes its log file with. */
    public static Handler fileHandler(OutputStream out) {
        return new Logging.FlushingHandler(out);
    }

    /** As {@link Logging#setUp}, with {@code handler} instead of the file or the terminal it would choose. */
    public static void install(Handler handler) {
        Logging.install(handler);
    }
}
