package vn.congvan.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Lets a library say the same thing a limited number of times: at most {@code sameMessage} records of
 * one logger with one message, and at most {@code perLogger} records of one logger in all (PDFBox puts
 * the offset into its messages, so a damaged file's warnings are rarely identical). The first record past
 * a cap goes through once more, marked "(lặp lại, đã lược bớt)"; the rest are dropped. A malformed PDF
 * once printed 74 million warning lines.
 */
final class RepeatCap implements Filter {
    /** Distinct messages remembered; past that, only the per-logger cap counts. */
    private static final int MAX_KEYS = 10_000;

    private final int sameMessage;
    private final int perLogger;
    /** Asked for only when a cap is reached: its bundle is not read on every start. */
    private final Supplier<String> note;
    private final Map<String, AtomicInteger> byMessage = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byLogger = new ConcurrentHashMap<>();

    RepeatCap(int sameMessage, int perLogger, Supplier<String> note) {
        this.sameMessage = sameMessage;
        this.perLogger = perLogger;
        this.note = note;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String logger = String.valueOf(record.getLoggerName());
        int ofLogger = count(byLogger, logger);
        AtomicInteger ofMessage = byMessage.size() < MAX_KEYS
                ? byMessage.computeIfAbsent(logger + '\u0000' + record.getMessage(), k -> new AtomicInteger())
                : byMessage.get(logger + '\u0000' + record.getMessage());
        int same = ofMessage == null ? 0 : ofMessage.incrementAndGet();
        if (same > sameMessage + 1 || ofLogger > perLogger + 1) {
            return false;
        }
        if (same == sameMessage + 1 || ofLogger == perLogger + 1) {
            record.setMessage(record.getMessage() + " … " + note.get());
        }
        return true;
    }

    private static int count(Map<String, AtomicInteger> counts, String key) {
        return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
