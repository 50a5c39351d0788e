package vn.congvan.mail;

/**
 * What an incoming mail may weigh before we refuse to open it.
 *
 * @param maxMessageBytes    the whole raw message
 * @param maxAttachmentBytes one decoded attachment (25 MB, as most mail servers)
 * @param maxUnpackedBytes   total uncompressed size of a zip container (.docx, .xlsx …)
 * @param maxUnpackRatio     uncompressed / compressed size of a zip container; real Office files stay far below
 */
public record MailLimits(long maxMessageBytes, long maxAttachmentBytes, long maxUnpackedBytes, int maxUnpackRatio) {
    private static final long MB = 1024L * 1024;
    public static final MailLimits DEFAULT = new MailLimits(64 * MB, 25 * MB, 200 * MB, 100);
}
