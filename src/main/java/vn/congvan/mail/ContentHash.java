package vn.congvan.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a raw message that does not depend on how it was stored: CRLF and LF line ends hash
 * alike and trailing empty lines are ignored (IMAP sends CRLF, mbox files often keep LF).
 */
final class ContentHash {
    private ContentHash() {
    }

    private static final byte[] CRLF = {'\r', '\n'};

    static String of(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        // The mail's bytes go to the digest in runs as long as its line ends allow: only a bare LF needs a CR put
        // before it, so a CRLF mail is one run. The same bytes as a copy with every LF or CRLF as CRLF. Bare LFs are
        // looked for eight bytes at a time: an LF whose byte before is not a CR.
        MessageDigest d = sha256();
        int start = 0;
        int i = 0;
        boolean crBefore = false;
        for (; i <= end - Long.BYTES; i += Long.BYTES) {
            long word = ByteScan.word(raw, i);
            long lf = ByteScan.equalBytes(word, (byte) '\n');
            if (lf != 0) {
                long crs = ByteScan.equalBytes(word, (byte) '\r');
                long bare = lf & ~(crs << 8 | (crBefore ? 0x80L : 0));
                for (; bare != 0; bare &= bare - 1) {
                    int at = i + ByteScan.firstFlagged(bare);
                    start = lineBreak(d, raw, start, at);
                }
            }
            crBefore = word >>> 56 == '\r';
        }
        for (; i < end; i++) {
            if (raw[i] == '\n' && (i == 0 || raw[i - 1] != '\r')) {
                start = lineBreak(d, raw, start, i);
            }
        }
        d.update(raw, start, end - start);
        return HexFormat.of().formatHex(d.digest());
    }

    /** Digests the line from {@code start} to the bare LF at {@code lf} and a CRLF; where the next line starts. */
    private static int lineBreak(MessageDigest d, byte[] raw, int start, int lf) {
        d.update(raw, start, lf - start);
        d.update(CRLF);
        return lf + 1;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
