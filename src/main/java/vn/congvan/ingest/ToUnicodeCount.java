package vn.congvan.ingest;

/**
 * How many character codes a ToUnicode CMap declares, counted in one pass over its bytes: each
 * {@code bfrange} entry counts {@code end - start + 1}, each {@code bfchar} entry one. PDFBox fills a table
 * entry per code of a range when it parses the map, so a few edited lines ({@code <0000> <FFFF> <0041>},
 * a hundred times) cost it minutes: {@link PdfGuard} counts first.
 */
final class ToUnicodeCount {
    private ToUnicodeCount() {
    }

    /** The codes {@code cmap} declares; saturates at {@link Long#MAX_VALUE}. */
    static long of(byte[] cmap) {
        long codes = 0;
        boolean inRange = false;
        boolean inChar = false;
        int i = 0;
        long start = 0;
        int inPair = 0;
        while (i < cmap.length) {
            byte b = cmap[i];
            if (b == '<' && i + 1 < cmap.length && cmap[i + 1] != '<') {
                int end = indexOf(cmap, (byte) '>', i + 1);
                long value = hex(cmap, i + 1, end);
                i = end + 1;
                if (inRange) {
                    if (inPair == 0) {
                        start = value;
                        inPair = 1;
                    } else if (inPair == 1) {
                        codes = add(codes, value < 0 || start < 0 || value < start ? 0 : value - start + 1);
                        inPair = 2;
                    } else {
                        inPair = 0; // the destination string
                    }
                } else if (inChar) {
                    inPair = (inPair + 1) % 2;
                    codes = add(codes, inPair == 1 ? 1 : 0);
                }
                continue;
            }
            if (b == '[' && inRange && inPair == 2) {
                i = indexOf(cmap, (byte) ']', i + 1) + 1; // the destination array
                inPair = 0;
                continue;
            }
            if (Character.isLetter(b)) {
                int end = i;
                while (end < cmap.length && Character.isLetter(cmap[end])) {
                    end++;
                }
                String word = new String(cmap, i, end - i, java.nio.charset.StandardCharsets.US_ASCII);
                switch (word) {
                    case "beginbfrange" -> {
                        inRange = true;
                        inPair = 0;
                    }
                    case "beginbfchar" -> {
                        inChar = true;
                        inPair = 0;
                    }
                    case "endbfrange" -> inRange = false;
                    case "endbfchar" -> inChar = false;
                    default -> {
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        return codes;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    /** The code of a hex string; -1 when it is longer than 4 bytes or not hex (PDFBox ignores such). */
    private static long hex(byte[] bytes, int from, int to) {
        long value = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(bytes[i], 16);
            if (d >= 0) {
                if (++digits > 8) {
                    return -1;
                }
                value = value * 16 + d;
            } else if (!Character.isWhitespace(bytes[i])) {
                return -1;
            }
        }
        return value;
    }

    private static long add(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}
