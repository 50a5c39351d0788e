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
        // Each line goes to the digest straight from the mail's bytes, its end as CRLF: the same bytes as a
        // copy that turns every LF or CRLF into CRLF, without copying the mail byte by byte.
        MessageDigest d = sha256();
        int start = 0;
        for (int i = 0; i < end; i++) {
            if (raw[i] == '\n') {
                int lineEnd = i > start && raw[i - 1] == '\r' ? i - 1 : i;
                d.update(raw, start, lineEnd - start);
                d.update(CRLF);
                start = i + 1;
            }
        }
        d.update(raw, start, end - start);
        return HexFormat.of().formatHex(d.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
