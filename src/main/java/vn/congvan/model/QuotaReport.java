package vn.congvan.model;

/**
 * How full a mailbox is.
 *
 * @param root    the quota root the server reported ("" for the whole account on many servers)
 * @param usedKb  storage used, in KiB as IMAP counts it
 * @param limitKb storage allowed, in KiB
 * @param warning a Vietnamese warning when use is above the threshold asked for, else null
 */
public record QuotaReport(String root, long usedKb, long limitKb, String warning) {
    public double fraction() {
        return limitKb <= 0 ? 0 : (double) usedKb / limitKb;
    }
}
