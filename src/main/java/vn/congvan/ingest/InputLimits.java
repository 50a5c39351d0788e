package vn.congvan.ingest;

/**
 * What a file or mail from outside may weigh before we refuse to open it: the one set of limits the
 * mail reader and the file readers share.
 *
 * @param maxMessageBytes  the whole raw mail
 * @param maxFileBytes     one file: a decoded attachment, a report (25 MB, as most mail servers)
 * @param maxUnpackedBytes total uncompressed size of the compressed parts of one file (zip entries, PDF streams)
 * @param maxUnpackRatio   uncompressed / compressed size; real Office and PDF files stay far below
 * @param maxParts         entries of one zip container (.docx, .xlsx …)
 */
public record InputLimits(long maxMessageBytes, long maxFileBytes, long maxUnpackedBytes, int maxUnpackRatio, int maxParts) {
    private static final long MB = 1024L * 1024;
    public static final InputLimits DEFAULT = new InputLimits(64 * MB, 25 * MB, 200 * MB, 100, 10_000);
}
