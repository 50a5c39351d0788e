package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class FontMetricsTest {
    /**
     * The tables are filled by walking the font's glyphs; they must say, character by character, what
     * the font's cmap and advance widths say, for every BMP character of every face.
     */
    @Test
    void tablesAgreeWithTheFontForEveryCharacter() throws Exception {
        FontMetrics metrics = FontMetrics.get();
        for (Face face : Face.values()) {
            TrueTypeFont ttf;
            CmapLookup cmap;
            float scale;
            synchronized (PdfFonts.LOCK) {
                ttf = metrics.ttf(face);
                cmap = ttf.getUnicodeCmapLookup();
                scale = 1000f / ttf.getUnitsPerEm();
            }
            char[] glyphs = metrics.glyphs(face);
            int mapped = 0;
            for (int c = 0; c < 0x10000; c++) {
                int gid;
                int width;
                synchronized (PdfFonts.LOCK) {
                    gid = cmap.getGlyphId(c);
                    width = Math.round(ttf.getAdvanceWidth(gid) * scale);
                }
                String where = face + " U+" + Integer.toHexString(c);
                assertEquals(gid, glyphs[c], where);
                assertEquals(width, metrics.width(String.valueOf((char) c), face, 1000f), 0f, where);
                mapped += gid == 0 ? 0 : 1;
            }
            // Vietnamese needs far more than Latin-1: the font covers it.
            assertTrue(mapped > 1000, face + " maps only " + mapped + " characters");
            assertEquals(0, metrics.missing("Ủy ban nhân dân tỉnh Đắk Lắk", face).orElse(0));
        }
    }
}
