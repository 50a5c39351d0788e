package vn.congvan.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Makes TrueType subsets of one face for PDF embedding, from its tables read once: the glyphs used and
 * the components of composite ones, renumbered in the order of their ids from 0 (.notdef), with the
 * tables a PDF needs of a TrueType program (ISO 32000 9.9: head, hhea, maxp, loca, glyf, hmtx and the
 * hinting tables cvt, prep, fpgm, gasp; no cmap, name, OS/2 or post).
 *
 * <p>Why not fontbox's {@code TTFSubsetter}: it reads every glyph it keeps from the font's stream again
 * and rebuilds the tables through data streams for every document, a fifth of a 200-row report. Here
 * the face's glyph table, offsets and metrics are plain arrays, so a subset is a few copies. Immutable
 * once made: safe to share between threads.
 */
final class TrueTypeSubsetter {
    /** The tables kept whole, as the font has them (absent ones are left out). */
    private static final List<String> COPIED = List.of("cvt ", "prep", "fpgm", "gasp");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private final int glyphCount;
    private final byte[] glyf;
    /** Where each glyph starts in {@link #glyf}; glyph {@code g} ends where {@code g + 1} starts. */
    private final int[] loca;
    private final int[] advance;
    private final short[] leftSideBearing;
    /** The first character the cmap maps to each glyph (as PDFBox chose for ToUnicode), -1 for none. */
    private final int[] character;
    private final byte[] head;
    private final byte[] hhea;
    private final byte[] maxp;
    private final Map<String, byte[]> copied = new TreeMap<>();
    private final int unitsPerEm;

    /** A subset: the font program and, for each new glyph id, the glyph id in the whole font. */
    record Subset(byte[] program, int[] newToOld) {
    }

    TrueTypeSubsetter(TrueTypeFont ttf) throws IOException {
        glyphCount = ttf.getNumberOfGlyphs();
        unitsPerEm = ttf.getUnitsPerEm();
        Map<String, TTFTable> tables = ttf.getTableMap();
        glyf = ttf.getTableBytes(tables.get("glyf"));
        long[] offsets = ttf.getIndexToLocation().getOffsets();
        loca = new int[glyphCount + 1];
        for (int g = 0; g <= glyphCount; g++) {
            loca[g] = (int) Math.min(offsets[g], glyf.length);
        }
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        advance = new int[glyphCount];
        leftSideBearing = new short[glyphCount];
        character = new int[glyphCount];
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int g = 0; g < glyphCount; g++) {
            advance[g] = hmtx.getAdvanceWidth(g);
            leftSideBearing[g] = (short) hmtx.getLeftSideBearing(g);
            List<Integer> codes = cmap.getCharCodes(g);
            character[g] = codes == null || codes.isEmpty() ? -1 : codes.get(0);
        }
        head = ttf.getTableBytes(tables.get("head"));
        hhea = ttf.getTableBytes(tables.get("hhea"));
        maxp = ttf.getTableBytes(tables.get("maxp"));
        for (String tag : COPIED) {
            TTFTable table = tables.get(tag);
            if (table != null) {
                copied.put(tag, ttf.getTableBytes(table));
            }
        }
    }

    int glyphCount() {
        return glyphCount;
    }

    /** The advance width of glyph {@code gid} in font units. */
    int advance(int gid) {
        return advance[gid];
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /** The first character the font maps to glyph {@code gid}, -1 for none (.notdef, a component). */
    int character(int gid) {
        return character[gid];
    }

    /** The subset of the glyphs marked in {@code used} (by id; .notdef and components are added). */
    Subset subset(boolean[] used) {
        boolean[] kept = used.clone();
        kept[0] = true;
        // Components of composite glyphs, and theirs (a component may be composite itself).
        int[] pending = new int[glyphCount];
        int waiting = 0;
        for (int g = 0; g < glyphCount; g++) {
            if (kept[g]) {
                pending[waiting++] = g;
            }
        }
        while (waiting > 0) {
            int g = pending[--waiting];
            int start = loca[g];
            int end = start + length(g);
            if (end - start < 10 || (short) getShort(glyf, start) >= 0) {
                continue; // simple or empty
            }
            for (int p = start + 10; p + 4 <= end; ) {
                int flags = getShort(glyf, p);
                int component = getShort(glyf, p + 2);
                if (component < glyphCount && !kept[component]) {
                    kept[component] = true;
                    pending[waiting++] = component;
                }
                p = next(p, flags);
                if ((flags & MORE_COMPONENTS) == 0) {
                    break;
                }
            }
        }
        int count = 0;
        int[] oldToNew = new int[glyphCount];
        int[] newToOld = new int[glyphCount];
        int glyphBytes = 0;
        for (int g = 0; g < glyphCount; g++) {
            if (kept[g]) {
                oldToNew[g] = count;
                newToOld[count++] = g;
                glyphBytes += (length(g) + 3) & ~3;
            }
        }
        newToOld = Arrays.copyOf(newToOld, count);

        byte[] newGlyf = new byte[glyphBytes];
        byte[] newLoca = new byte[(count + 1) * 4];
        byte[] newHmtx = new byte[count * 4];
        int at = 0;
        for (int n = 0; n < count; n++) {
            int g = newToOld[n];
            putInt(newLoca, n * 4, at);
            int length = length(g);
            System.arraycopy(glyf, loca[g], newGlyf, at, length);
            renumberComponents(newGlyf, at, length, oldToNew);
            at += (length + 3) & ~3; // glyphs start on 4-byte boundaries, zeros between
            putShort(newHmtx, n * 4, advance[g]);
            putShort(newHmtx, n * 4 + 2, leftSideBearing[g]);
        }
        putInt(newLoca, count * 4, at);

        Map<String, byte[]> out = new TreeMap<>(copied);
        byte[] newHead = head.clone();
        putInt(newHead, 8, 0); // checkSumAdjustment, set once the file is whole
        putShort(newHead, 50, 1); // indexToLocFormat: long offsets
        byte[] newHhea = hhea.clone();
        putShort(newHhea, 34, count); // numberOfHMetrics: a full metric for every glyph
        byte[] newMaxp = maxp.clone();
        putShort(newMaxp, 4, count);
        out.put("head", newHead);
        out.put("hhea", newHhea);
        out.put("maxp", newMaxp);
        out.put("loca", newLoca);
        out.put("glyf", newGlyf);
        out.put("hmtx", newHmtx);
        return new Subset(file(out, newHead), newToOld);
    }

    private int length(int gid) {
        return Math.max(0, loca[gid + 1] - loca[gid]);
    }

    /** Rewrites the component ids of the composite glyph copied at {@code start} to the subset's ids. */
    private static void renumberComponents(byte[] glyph, int start, int length, int[] oldToNew) {
        int end = start + length;
        if (length < 10 || (short) getShort(glyph, start) >= 0) {
            return;
        }
        int p = start + 10;
        while (p + 4 <= end) {
            int flags = getShort(glyph, p);
            int old = getShort(glyph, p + 2);
            if (old < oldToNew.length) {
                putShort(glyph, p + 2, oldToNew[old]);
            }
            p = next(p, flags);
            if ((flags & MORE_COMPONENTS) == 0) {
                break;
            }
        }
    }

    /** Where the component after the one at {@code p} starts. */
    private static int next(int p, int flags) {
        int size = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
        if ((flags & WE_HAVE_A_SCALE) != 0) {
            size += 2;
        } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
            size += 4;
        } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
            size += 8;
        }
        return p + size;
    }

    /** The font file: offset table, table directory sorted by tag, the tables each padded to 4 bytes. */
    private static byte[] file(Map<String, byte[]> tables, byte[] head) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        long sum = checksum(out.array(), 0, 12);
        int headOffset = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            long tableSum = checksum(t, 0, t.length);
            for (int i = 0; i < 4; i++) {
                out.put((byte) e.getKey().charAt(i));
            }
            out.putInt((int) tableSum).putInt(offset).putInt(t.length);
            if (t == head) {
                headOffset = offset;
            }
            sum += tableSum;
            offset += (t.length + 3) & ~3;
        }
        sum += checksum(out.array(), 12, 16 * count);
        for (byte[] t : tables.values()) {
            out.put(t);
            out.position((out.position() + 3) & ~3);
        }
        byte[] file = out.array();
        putInt(file, headOffset + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
        return file;
    }

    /** The sum of the big-endian 32-bit words of {@code length} bytes from {@code from}, zero-padded. */
    private static long checksum(byte[] b, int from, int length) {
        long sum = 0;
        int whole = length & ~3;
        for (int i = from, end = from + whole; i < end; i += 4) {
            sum += (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
        }
        long last = 0;
        for (int k = 0; k < 4; k++) {
            last = last << 8 | (whole + k < length ? b[from + whole + k] & 0xFF : 0);
        }
        return (sum + last) & 0xFFFFFFFFL;
    }

    private static int getShort(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static void putShort(byte[] b, int at, int value) {
        b[at] = (byte) (value >> 8);
        b[at + 1] = (byte) value;
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >> 16);
        b[at + 2] = (byte) (value >> 8);
        b[at + 3] = (byte) value;
    }
}
