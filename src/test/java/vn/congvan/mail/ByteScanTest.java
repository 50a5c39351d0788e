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

    private static int loop(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
