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

    static String of(byte[] raw) {
        int end = raw.length;
        while (end > 0 && (raw[end - 1] == '\n' || raw[end - 1] == '\r')) {
            end--;
        }
        MessageDigest d = sha256();
        byte[] buf = new byte[8192];
        int n = 0;
        for (int i = 0; i < end; i++) {
            byte b = raw[i];
            if (b == '\r' && i + 1 < end && raw[i + 1] == '\n') {
                continue;
            }
            if (b == '\n') {
                buf[n++] = '\r';
                if (n == buf.length) {
                    d.update(buf, 0, n);
                    n = 0;
                }
            }
            buf[n++] = b;
            if (n == buf.length) {
                d.update(buf, 0, n);
                n = 0;
            }
        }
        d.update(buf, 0, n);
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
