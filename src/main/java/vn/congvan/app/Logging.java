package vn.congvan.app;

import vn.congvan.tracking.Ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the libraries' logs go (PDFBox, POI, docx4j, Flyway through slf4j-simple): to {@code congvan.log}
 * in the user's data folder, beside the ledger, so that a malformed file never floods the terminal; to the
 * terminal's error stream only with {@code --verbose}. Must run before any library logs.
 */
public final class Logging {
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private Logging() {
    }

    /** @return the log file, or null when logs go to the terminal */
    public static Path setUp(boolean verbose) {
        if (verbose) {
            System.setProperty(LOG_FILE, "System.err");
            return null;
        }
        Path file = Ledger.defaultLocation().toAbsolutePath().resolveSibling("congvan.log");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            return null; // no data folder yet and none can be made: the terminal is the only place left
        }
        System.setProperty(LOG_FILE, file.toString());
        return file;
    }
}
