package vn.congvan.mail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Finding a byte in a mail's bytes eight at a time: a 27 MB mail has some 360,000 lines, and loops that looked at
 * every byte by itself were most of reading one (the JDK has no public search over a byte array).
 */
final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteScan() {
    }

    /** The first index of {@code wanted} in {@code bytes[from, to)}, or -1. */
    static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        Objects.checkFromToIndex(from, to, bytes.length);
        long pattern = (wanted & 0xffL) * ONES;
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ pattern;
            // A byte of x is zero where the wanted byte is; the lowest flagged byte is always a true one (a borrow
            // runs only upwards from a zero byte), and little-endian puts it first.
            long zeros = (x - ONES) & ~x & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
