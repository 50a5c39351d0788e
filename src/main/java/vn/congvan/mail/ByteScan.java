package vn.congvan.mail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Looking at a mail's bytes eight at a time: a 27 MB mail has some 360,000 lines, and loops that looked at every byte
 * by itself, or searched line by line, were most of reading one (the JDK has no public search over a byte array).
 */
final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7f7f7f7f7f7f7f7fL;

    private ByteScan() {
    }

    /** The eight bytes from {@code i}, the first in the lowest bits. */
    static long word(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    /**
     * The high bit of each byte of {@code word} that is {@code b}, exactly (no carry between bytes), every other bit
     * clear; the byte at {@code i} of {@link #word(byte[], int)} is flagged at bit {@code 8 * (k - i) + 7}.
     */
    static long equalBytes(long word, byte b) {
        long x = word ^ ((b & 0xffL) * ONES);
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    /** The offset within its word of the lowest flagged byte of {@code flags}. */
    static int firstFlagged(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
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
