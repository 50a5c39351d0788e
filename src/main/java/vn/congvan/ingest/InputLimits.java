package vn.congvan.ingest;

import java.time.Duration;

/**
 * What a file or mail from outside may weigh before we refuse to open it: the one set of limits the
 * mail reader and the file readers share. README, "Limits and guarantees", lists them for users.
 *
 * @param maxMessageBytes  the whole raw mail
 * @param maxFileBytes     one file: a decoded attachment, a report (25 MB, as most mail servers)
 * @param maxUnpackedBytes total uncompressed size of the compressed parts of one file (zip entries, PDF streams)
 * @param maxUnpackRatio   uncompressed / compressed size; real Office and PDF files stay far below
 * @param maxParts         entries of one zip container (.docx, .xlsx …), and MIME parts of one mail
 * @param maxPages         pages of a PDF, counted in its page tree (the /Count it declares is never trusted)
 * @param maxDepth         nesting: XML elements in one part of a .docx (tables in tables), levels of a PDF
 *                         page tree; readers recurse over both, so this keeps them off the stack's end
 * @param maxTextChars     characters of text read for statuses (a reply, a report); the rest is not read
 * @param maxTime          processor time one reader may spend on one file ({@link ReadWatchdog})
 */
public record InputLimits(long maxMessageBytes, long maxFileBytes, long maxUnpackedBytes, int maxUnpackRatio,
                          int maxParts, int maxPages, int maxDepth, int maxTextChars, Duration maxTime) {
    private static final long MB = 1024L * 1024;
    public static final int PAGES = 500;
    public static final int DEPTH = 256;
    public static final int TEXT_CHARS = 100_000;
    /** Characters of a mail's text read at all, ten times those read for statuses; the rest stays in the mail as kept. */
    public static final int MAIL_TEXT_CHARS = 10 * TEXT_CHARS;
    /**
     * Tags ("&lt;") of an HTML body that is parsed: each becomes an object in memory, about 45 bytes apiece (820,000
     * made 36 MB); a reply written in Outlook, long thread and all, has a few thousand.
     */
    public static final int HTML_TAGS = 500_000;
    public static final Duration TIME = Duration.ofSeconds(3);
    public static final InputLimits DEFAULT = new InputLimits(64 * MB, 25 * MB, 200 * MB, 100, 10_000);

    /** Sizes as given, pages, depth, text and time as {@link #DEFAULT}. */
    public InputLimits(long maxMessageBytes, long maxFileBytes, long maxUnpackedBytes, int maxUnpackRatio, int maxParts) {
        this(maxMessageBytes, maxFileBytes, maxUnpackedBytes, maxUnpackRatio, maxParts, PAGES, DEPTH, TEXT_CHARS, TIME);
    }
}
