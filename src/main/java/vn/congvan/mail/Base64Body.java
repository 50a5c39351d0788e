package vn.congvan.mail;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A base64 part's body decoded with the JDK's decoder straight from the mail's bytes: Jakarta Mail's decoder
 * reads one byte at a time, about 0.7 s of processor for a 20 MB photo; this is many times faster.
 */
final class Base64Body {
    /** Encoded characters decoded per step when only hashing: 64 KB, a multiple of 4. */
    private static final int CHUNK = 64 * 1024;

    /** What a streamed body decoded to: its size and SHA-256, or -1 and null when it went past the limit. */
    record Measure(long size, String sha256) {
        boolean over() {
            return sha256 == null;
        }
    }

    private Base64Body() {
    }

    /**
     * The decoded bytes of {@code raw[from, to)}, as lenient as a MIME decoder (line breaks and other characters
     * outside the alphabet are skipped).
     *
     * @throws IllegalArgumentException the body is not base64 (a wrong ending)
     */
    static byte[] decode(byte[] raw, int from, int to) {
        ByteBuffer out = Base64.getMimeDecoder().decode(ByteBuffer.wrap(raw, from, to - from));
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }

    /**
     * The size and SHA-256 of what {@code raw[from, to)} decodes to, decoded in small steps and never held; stops
     * as soon as it passes {@code limit} bytes.
     *
     * @throws IllegalArgumentException the body is not base64 (a wrong ending)
     */
    static Measure measure(byte[] raw, int from, int to, long limit) {
        Measure inBlocks = measureInBlocks(raw, from, to, limit);
        if (inBlocks != null) {
            return inBlocks;
        }
        Measure byLines = measureByLines(raw, from, to, limit);
        return byLines != null ? byLines : measureByCharacters(raw, from, to, limit);
    }

    /**
     * The usual body, lines of base64 characters alone: each line's characters (without its line end) are gathered
     * into a 64 KB block, and each full block is decoded by the basic decoder, whose inner loop is the JDK's intrinsic,
     * into one reused buffer: the body is read twice in bulk (copied, decoded) and its lines may be of any length.
     * Null when the basic decoder refuses a block (a space or another character outside the alphabet, a line break
     * inside a line, padding before the end): the MIME decoder's ways below then read the body.
     */
    private static Measure measureInBlocks(byte[] raw, int from, int to, long limit) {
        MessageDigest digest = sha256();
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] block = new byte[CHUNK];
        byte[] decoded = new byte[CHUNK / 4 * 3];
        long size = 0;
        int n = 0;
        boolean padded = false;
        try {
            int line = from;
            int width = -1;
            int lineEnd = 0;
            while (line < to) {
                int end;
                int next;
                if (width >= 0 && endsLike(raw, line + width, lineEnd, to)) {
                    // As long as the last line: a line end inside it would be copied and refused by the decoder.
                    end = line + width;
                    next = end + lineEnd;
                } else {
                    int lf = ByteScan.indexOf(raw, (byte) '\n', line, to);
                    next = lf < 0 ? to : lf + 1;
                    end = lf < 0 ? to : lf > line && raw[lf - 1] == '\r' ? lf - 1 : lf;
                    width = lf < 0 ? -1 : end - line;
                    lineEnd = next - end;
                }
                while (line < end) {
                    if (padded) {
                        return null; // characters after the padding: not one base64 body
                    }
                    int k = Math.min(end - line, CHUNK - n);
                    System.arraycopy(raw, line, block, n, k);
                    n += k;
                    line += k;
                    if (n == CHUNK) {
                        int d = decoder.decode(block, decoded);
                        digest.update(decoded, 0, d);
                        size += d;
                        if (size > limit) {
                            return new Measure(-1, null);
                        }
                        padded = block[CHUNK - 1] == '=';
                        n = 0;
                    }
                }
                line = next;
            }
            if (n > 0) {
                int d = decoder.decode(Arrays.copyOf(block, n), decoded);
                digest.update(decoded, 0, d);
                size += d;
            }
        } catch (IllegalArgumentException notPlain) {
            return null;
        }
        return size > limit ? new Measure(-1, null) : new Measure(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether a line end of {@code length} bytes (CRLF or LF) lies at {@code at}. */
    private static boolean endsLike(byte[] raw, int at, int length, int to) {
        return at + length <= to && (length == 2 ? raw[at] == '\r' && raw[at + 1] == '\n' : raw[at] == '\n');
    }

    /**
     * The usual body, lines of a multiple of four characters: decoded some 64 KB of whole lines at a time by the
     * MIME decoder, whose inner loop is the JDK's intrinsic. Null when a step ends inside a group of four (odd line
     * lengths, padding inside): its output is then not a multiple of three bytes, and the slow way is taken.
     */
    private static Measure measureByLines(byte[] raw, int from, int to, long limit) {
        MessageDigest digest = sha256();
        Base64.Decoder decoder = Base64.getMimeDecoder();
        long size = 0;
        int start = from;
        while (start < to) {
            int end = Math.min(to, start + CHUNK);
            if (end < to) {
                while (end > start && raw[end - 1] != '\n') {
                    end--;
                }
                if (end == start) {
                    return null;
                }
            }
            ByteBuffer out = decoder.decode(ByteBuffer.wrap(raw, start, end - start));
            if (end < to && out.remaining() % 3 != 0) {
                return null;
            }
            size += out.remaining();
            if (size > limit) {
                return new Measure(-1, null);
            }
            digest.update(out);
            start = end;
        }
        return new Measure(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Any body: its base64 characters gathered one by one and decoded in groups of four. */
    private static Measure measureByCharacters(byte[] raw, int from, int to, long limit) {
        MessageDigest digest = sha256();
        Base64.Decoder decoder = Base64.getDecoder();
        byte[] chunk = new byte[CHUNK];
        byte[] decoded = new byte[CHUNK / 4 * 3];
        long size = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (alphabet(b)) {
                chunk[n++] = b;
                if (n == CHUNK) {
                    int d = decoder.decode(chunkOf(chunk, n), decoded);
                    digest.update(decoded, 0, d);
                    size += d;
                    if (size > limit) {
                        return new Measure(-1, null);
                    }
                    n = 0;
                }
            }
        }
        if (n > 0) {
            // The MIME decoder takes a short last group and missing padding as the stream decoder would.
            ByteBuffer rest = Base64.getMimeDecoder().decode(ByteBuffer.wrap(chunk, 0, n));
            size += rest.remaining();
            digest.update(rest);
        }
        return size > limit ? new Measure(-1, null) : new Measure(size, HexFormat.of().formatHex(digest.digest()));
    }

    private static byte[] chunkOf(byte[] chunk, int n) {
        return n == chunk.length ? chunk : Arrays.copyOf(chunk, n);
    }

    private static boolean alphabet(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/' || b == '=';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
