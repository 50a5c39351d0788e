package vn.congvan.mail;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A quoted-printable text part decoded straight from the mail's bytes, as Jakarta Mail's decoder (which reads one
 * byte at a time through two wrapping streams) decodes it: "=XX" is the byte XX, "=" at a line's end a soft break
 * (LF, CR LF or a lone CR), spaces before a line's end or the body's end are dropped, everything else is itself.
 * A body where Jakarta Mail's decoder is tolerant in its own ways (an "=" followed by anything else) is left to it.
 */
final class QuotedPrintableBody {
    /** Each hex digit's value, -1 for any other byte. */
    private static final byte[] HEX = new byte[256];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX['A' + i] = (byte) (10 + i);
            HEX['a' + i] = (byte) (10 + i);
        }
    }

    private QuotedPrintableBody() {
    }

    /** The decoded bytes of {@code raw[from, to)}, or null when the body is not strictly quoted-printable. */
    static byte[] decode(byte[] raw, int from, int to) {
        byte[] out = new byte[to - from];
        int n = decodeInto(raw, from, to, out);
        return n < 0 ? null : n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The text {@code raw[from, to)} decodes to in {@code charset}, or null as for {@link #decode}. */
    static String text(byte[] raw, int from, int to, Charset charset) {
        byte[] out = new byte[to - from];
        int n = decodeInto(raw, from, to, out);
        return n < 0 ? null : new String(out, 0, n, charset);
    }

    /**
     * Decodes into {@code out} (as long as the body: no encoded byte decodes to more than one) and gives the length
     * decoded, or -1. Written into one array rather than a stream: a write per byte was a tenth of parsing a mail.
     */
    private static int decodeInto(byte[] raw, int from, int to, byte[] out) {
        int n = 0;
        int i = from;
        while (i < to) {
            byte b = raw[i];
            if (b == ' ') {
                int end = i;
                while (end < to && raw[end] == ' ') {
                    end++;
                }
                if (end < to && raw[end] != '\r' && raw[end] != '\n') {
                    while (i < end) {
                        out[n++] = ' ';
                        i++;
                    }
                }
                i = end;
            } else if (b == '=') {
                if (i + 1 < to && raw[i + 1] == '\n') {
                    i += 2;
                } else if (i + 2 < to && raw[i + 1] == '\r') {
                    // ("=" CR at the very end: Jakarta Mail's decoder pushes its end of stream back as a byte 0xFF)
                    i += raw[i + 2] == '\n' ? 3 : 2;
                } else if (i + 2 < to && HEX[raw[i + 1] & 0xff] >= 0 && HEX[raw[i + 2] & 0xff] >= 0) {
                    out[n++] = (byte) (HEX[raw[i + 1] & 0xff] << 4 | HEX[raw[i + 2] & 0xff]);
                    i += 3;
                } else {
                    return -1;
                }
            } else {
                out[n++] = b;
                i++;
            }
        }
        return n;
    }
}
