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
        // before it, so a CRLF mail is one run. The same bytes as a copy with every LF or CRLF as CRLF.
        MessageDigest d = sha256();
        int start = 0;
        for (int lf = ByteScan.indexOf(raw, (byte) '\n', 0, end); lf >= 0; lf = ByteScan.indexOf(raw, (byte) '\n', lf + 1, end)) {
            if (lf == 0 || raw[lf - 1] != '\r') {
                d.update(raw, start, lf - start);
                d.update(CRLF);
                start = lf + 1;
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
