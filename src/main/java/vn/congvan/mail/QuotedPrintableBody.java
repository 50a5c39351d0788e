package vn.congvan.mail;

import java.io.ByteArrayOutputStream;

/**
 * A quoted-printable text part decoded straight from the mail's bytes, as Jakarta Mail's decoder (which reads one
 * byte at a time through two wrapping streams) decodes it: "=XX" is the byte XX, "=" at a line's end a soft break
 * (LF, CR LF or a lone CR), spaces before a line's end or the body's end are dropped, everything else is itself.
 * A body where Jakarta Mail's decoder is tolerant in its own ways (an "=" followed by anything else) is left to it.
 */
final class QuotedPrintableBody {
    private QuotedPrintableBody() {
    }

    /** The decoded bytes of {@code raw[from, to)}, or null when the body is not strictly quoted-printable. */
    static byte[] decode(byte[] raw, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            byte b = raw[i];
            if (b == ' ') {
                int end = i;
                while (end < to && raw[end] == ' ') {
                    end++;
                }
                if (end < to && raw[end] != '\r' && raw[end] != '\n') {
                    for (int k = i; k < end; k++) {
                        out.write(' ');
                    }
                }
                i = end;
            } else if (b == '=') {
                if (i + 1 < to && raw[i + 1] == '\n') {
                    i += 2;
                } else if (i + 2 < to && raw[i + 1] == '\r') {
                    // ("=" CR at the very end: Jakarta Mail's decoder pushes its end of stream back as a byte 0xFF)
                    i += raw[i + 2] == '\n' ? 3 : 2;
                } else if (i + 2 < to && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                    out.write(hex(raw[i + 1]) << 4 | hex(raw[i + 2]));
                    i += 3;
                } else {
                    return null;
                }
            } else {
                out.write(b);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
