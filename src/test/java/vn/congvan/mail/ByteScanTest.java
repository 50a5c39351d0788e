package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The eight-at-a-time search finds what a byte-by-byte loop finds, wherever in a word the byte lies. */
class ByteScanTest {

    @Test
    void indexOfFindsWhatALoopFinds() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            // Few distinct values, so matches, near-matches (a byte one above or below) and 0x80 bytes are common.
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) new int[] {'\n', '\n' + 1, '\n' - 1, 0, 0x80, 0x8a, 0xff, 'a'}[random.nextInt(8)];
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            for (byte wanted : new byte[] {'\n', 0, (byte) 0x80, (byte) 0xff}) {
                assertEquals(loop(bytes, wanted, from, to), ByteScan.indexOf(bytes, wanted, from, to));
            }
        }
    }

    @Test
    void equalBytesFlagsEveryMatchAndNothingElse() {
        Random random = new Random(4);
        byte[] bytes = new byte[16];
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) new int[] {'\r', '\n', '\r' + 1, '\n' - 1, 0, 0x80, 0x8d, 0xff}[random.nextInt(8)];
            }
            int at = random.nextInt(bytes.length - Long.BYTES + 1);
            long flags = ByteScan.equalBytes(ByteScan.word(bytes, at), (byte) '\r');
            long expected = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                if (bytes[at + k] == '\r') {
                    expected |= 0x80L << (8 * k);
                }
            }
            assertEquals(expected, flags);
            if (expected != 0) {
                assertEquals(loop(bytes, (byte) '\r', at, at + Long.BYTES) - at, ByteScan.firstFlagged(flags));
            }
        }
    }

    private static int loop(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
