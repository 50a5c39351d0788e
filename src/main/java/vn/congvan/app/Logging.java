package vn.congvan.app;

import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.tracking.Ledger;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Where the libraries' logs go (PDFBox, POI, docx4j, Flyway through slf4j-jdk14 into java.util.logging):
 * to {@code congvan.log} in the user's data folder, beside the ledger, so that a malformed file never floods
 * the terminal; to the terminal's error stream only with {@code --verbose}. Either way a library repeating
 * itself is cut short ({@link RepeatCap}). Must run before any library logs.
 */
public final class Logging {
    private static final Messages MSG = Messages.of(Logging.class);
    /** Records of one logger with one message that go through; then one more, marked, and no more. */
    static final int SAME_MESSAGE = 100;
    /** Records of one logger in all. */
    static final int PER_LOGGER = 1_000;
    /**
     * Levels below WARNING are for developers. docx4j reports its XML parser choice at WARN on every start;
     * POI's Word 97 reader warns about harmless quirks (LibreOffice's FIB, missing summary properties);
     * PDFBox's parser narrates how it recovers a damaged PDF; docx4j's PropertyResolver logs an ERROR for a
     * lookup the checker handles itself. A file a library cannot read gets our own message.
     */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.docx4j", Level.SEVERE,
            "org.apache.poi.hwpf", Level.SEVERE,
            "org.apache.poi.POIDocument", Level.SEVERE,
            "org.apache.pdfbox.pdfparser", Level.SEVERE,
            "org.docx4j.model.PropertyResolver", Level.OFF,
            // One line per start of the window: how long it took to become usable (README quotes it).
            "vn.congvan.ui.DesktopApp", Level.INFO);
    /** java.util.logging keeps its loggers weakly: these hold the levels set above. */
    private static List<Logger> configured = List.of();
    /** Whether warnings go to the terminal's error stream (--verbose, or no data folder for the log file). */
    private static volatile boolean onTerminal;

    private Logging() {
    }

    /** @return the log file, or null when logs go to the terminal */
    public static Path setUp(boolean verbose) {
        Path file = verbose ? null : Ledger.defaultLocation().toAbsolutePath().resolveSibling("congvan.log");
        OutputStream out = null;
        if (file != null) {
            try {
                Files.createDirectories(file.getParent());
                out = new FileOutputStream(file.toFile(), true);
            } catch (IOException e) {
                file = null; // no data folder yet and none can be made: the terminal is the only place left
            }
        }
        install(out == null ? new ConsoleHandler() : new FlushingHandler(out));
        return file;
    }

    /** Replaces every handler with {@code handler}, capped, one line per record, WARNING and above. */
    static void install(Handler handler) {
        handler.setFormatter(new OneLine());
        handler.setLevel(Level.ALL);
        handler.setFilter(new RepeatCap(SAME_MESSAGE, PER_LOGGER, () -> MSG.get("log.repeated")));
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(handler);
        onTerminal = handler instanceof ConsoleHandler;
        configured = LEVELS.entrySet().stream().map(e -> {
            Logger logger = Logger.getLogger(e.getKey());
            logger.setLevel(e.getValue());
            return logger;
        }).toList();
    }

    /**
     * Whether the log's warnings are written to the terminal's error stream: a shell that also tells its user
     * of something the program logs (a long one-off step) would otherwise say it twice.
     */
    public static boolean onTerminal() {
        return onTerminal;
    }

    /** A file handler without a lock file: each record is on disk when the next one comes. */
    static final class FlushingHandler extends StreamHandler {
        FlushingHandler(OutputStream out) {
            super(out, new OneLine());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }

    /**
     * "WARNING org.apache.pdfbox.pdfparser.COSParser - message", and the exception if any. Libraries quote
     * bytes of the file they read, so the line is cleaned of control characters like any text from outside.
     */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(" - ")
                    .append(Untrusted.line(formatMessage(record))).append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(Untrusted.line(record.getThrown().toString())).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
