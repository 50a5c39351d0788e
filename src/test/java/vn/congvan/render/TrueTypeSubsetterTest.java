package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class TrueTypeSubsetterTest {
    /** The tables the PDF embeds, as PdfFontSubset asked fontbox's subsetter for them before. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    /**
     * Our subsets are fontbox's, byte for byte (fontbox's TTFSubsetter wrote the embedded fonts until
     * now): the same glyphs, renumbered alike, composite glyphs with their components, the same
     * metrics, tables and checksums; for Vietnamese text and for random sets of the face's characters.
     */
    @Test
    void subsetsAreFontboxsByteForByte() throws Exception {
        Random random = new Random(13);
        for (Face face : Face.values()) {
            // The shipped Liberation Serif (the process's font may be Times New Roman), parsed for this test.
            TrueTypeFont ttf = parse(face);
            TrueTypeSubsetter ours = new TrueTypeSubsetter(ttf);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int[] glyphs = new int[0x10000];
            List<Character> mapped = new ArrayList<>();
            for (int c = 0; c < glyphs.length; c++) {
                glyphs[c] = cmap.getGlyphId(c);
                if (glyphs[c] != 0) {
                    mapped.add((char) c);
                }
            }
            List<String> texts = new ArrayList<>(List.of("Ủy ban nhân dân tỉnh Bình Thuận: Đắk Lắk, Quảng Ngãi, Huế ỹ ự ễ ộ",
                    "A", ""));
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(400); k > 0; k--) {
                    text.append(mapped.get(random.nextInt(mapped.size())));
                }
                texts.add(text.toString());
            }
            for (String text : texts) {
                boolean[] used = new boolean[ours.glyphCount()];
                byte[] theirs;
                Map<Integer, Integer> theirMap;
                // A fresh parse for fontbox's subsetter: it reads the font's stream, not to be shared.
                TrueTypeFont fresh = parse(face);
                TTFSubsetter subsetter = new TTFSubsetter(fresh, TABLES);
                for (int i = 0; i < text.length(); i++) {
                    subsetter.add(text.charAt(i));
                    used[glyphs[text.charAt(i)]] = true;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                theirMap = subsetter.getGIDMap();
                subsetter.writeToStream(out);
                theirs = out.toByteArray();
                TrueTypeSubsetter.Subset subset = ours.subset(used);
                String where = face + " " + text.length() + " characters";
                assertEquals(theirMap.size(), subset.newToOld().length, where);
                for (int gid = 0; gid < subset.newToOld().length; gid++) {
                    assertEquals(theirMap.get(gid), subset.newToOld()[gid], where);
                }
                assertArrayEquals(theirs, subset.program(), where);
            }
        }
    }

    private static TrueTypeFont parse(Face face) throws Exception {
        try (var in = TrueTypeSubsetterTest.class.getResourceAsStream("/liberation/LiberationSerif-" + face.suffix() + ".ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return ttf;
        }
    }
}
