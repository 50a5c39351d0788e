package vn.congvan.mail;

import jakarta.mail.util.SharedByteArrayInputStream;

import java.io.InputStream;

/**
 * The raw mail as Jakarta Mail's shared stream, whose sub-streams (one per part) know where they lie in the mail's
 * bytes: a large attachment can then be hashed straight from its encoded body, and cut from the copy of the mail
 * that is kept, without decoding or copying it.
 */
final class PlacedBytes extends SharedByteArrayInputStream {
    PlacedBytes(byte[] raw) {
        super(raw);
    }

    private PlacedBytes(byte[] raw, int offset, int length) {
        super(raw, offset, length);
    }

    @Override
    public InputStream newStream(long from, long to) {
        // The same arithmetic as the super class, keeping the class so that positions stay known below each part.
        if (from < 0) {
            throw new IllegalArgumentException("start < 0");
        }
        long end = to == -1 ? count - start : to;
        return new PlacedBytes(buf, start + (int) from, (int) (end - from));
    }

    // ByteArrayInputStream's methods are synchronized; Jakarta Mail's multipart parser calls them for every few
    // bytes of a part (mark, read, reset), and each call paid for a lock nobody else takes. One thread reads a mail.

    @Override
    public int read() {
        return pos < count ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (pos >= count) {
            return -1;
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, count - pos));
        pos += (int) k;
        return k;
    }

    @Override
    public int available() {
        return count - pos;
    }

    @Override
    public void mark(int readAheadLimit) {
        mark = pos;
    }

    @Override
    public void reset() {
        pos = mark;
    }

    /** Where this stream starts in the mail's bytes. */
    int rawStart() {
        return start;
    }

    /** Where it ends in them (exclusive). */
    int rawEnd() {
        return count;
    }

    /** The mail's bytes from the current position to the end of this stream, without a copy. */
    byte[] raw() {
        return buf;
    }

    int position() {
        return pos;
    }
}
