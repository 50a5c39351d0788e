package vn.congvan.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of the document font embedded into one PDF as a Type 0 font with a TrueType subset
 * (Identity-H; the codes in the text are the glyph ids of the whole font, which the CIDToGIDMap maps
 * to the subset's), its widths and a ToUnicode map so that readers copy the text.
 *
 * <p>Why not PDFBox's {@code PDType0Font.load(doc, ttf, true)}: it writes and reads back the widths of
 * all ~2,600 glyphs for every document before subsetting, and maps every glyph of the font again on
 * save; with three faces that was a third of a 200-row report. Here what depends only on the font,
 * the font descriptor, is made once per process (by PDFBox, which also checks that the font permits
 * embedding), and a document pays for the glyphs it uses. The subset is made by
 * {@link TrueTypeSubsetter} from the face's tables read once per process (fontbox's {@code TTFSubsetter}
 * read and rebuilt them for every document). Call everything while holding {@link PdfFonts#LOCK}: the
 * descriptors are made once, from the parsed font, which reads from a shared buffer.
 */
final class PdfFontSubset {
    /** Font descriptors of the process's font by face, without a font program, and its subsetters; guarded by {@link PdfFonts#LOCK}. */
    private static final Map<Face, Described> DESCRIPTORS = new EnumMap<>(Face.class);

    private record Described(TrueTypeFont ttf, COSDictionary descriptor, TrueTypeSubsetter subsetter) {
    }

    private final PDDocument doc;
    private final TrueTypeSubsetter subsetter;
    private final COSDictionary type0 = new COSDictionary();
    private final COSDictionary cidFont = new COSDictionary();
    private final COSDictionary descriptor;
    /** The glyphs the document set in this face, by id in the whole font. */
    private final boolean[] used;

    PdfFontSubset(PDDocument doc, TrueTypeFont ttf, Face face) throws IOException {
        this.doc = doc;
        Described described = described(ttf, face);
        this.subsetter = described.subsetter();
        this.used = new boolean[subsetter.glyphCount()];
        this.descriptor = copy(described.descriptor());
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
    }

    /** The Type 0 font dictionary, for a page's resources; complete once {@link #embed()} has run. */
    COSDictionary dictionary() {
        return type0;
    }

    /** Keeps glyph {@code gid} (an id of the whole font) in the subset. */
    void use(char gid) {
        used[gid] = true;
    }

    /** Writes the subset of the glyphs used, its name, widths, CID map and ToUnicode map. */
    void embed() throws IOException {
        TrueTypeSubsetter.Subset subset = subsetter.subset(used);
        int[] newToOld = subset.newToOld();
        String name = tag(newToOld) + "+" + descriptor.getCOSName(COSName.FONT_NAME).getName();
        byte[] bytes = subset.program();

        COSName baseFont = COSName.getPDFName(name);
        type0.setItem(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.BASE_FONT, baseFont);
        descriptor.setItem(COSName.FONT_NAME, baseFont);
        PDStream file = stream(bytes);
        file.getCOSObject().setInt(COSName.LENGTH1, bytes.length);
        descriptor.setItem(COSName.FONT_FILE2, file);

        // newToOld is in the order of the old ids: CIDs ascending, as the maps below want them.
        cidFont.setItem(COSName.W, widths(newToOld));
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid(newToOld));
        type0.setItem(COSName.TO_UNICODE, toUnicode(newToOld));
    }

    /** Widths of the glyphs by CID (the glyph id in the whole font), runs of consecutive CIDs together. */
    private COSArray widths(int[] newToOld) {
        float scale = 1000f / subsetter.unitsPerEm();
        COSArray w = new COSArray();
        COSArray run = null;
        int last = -2;
        for (int cid : newToOld) {
            if (cid != last + 1) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(COSInteger.get(Math.round(subsetter.advance(cid) * scale)));
            last = cid;
        }
        return w;
    }

    private PDStream cidToGid(int[] newToOld) throws IOException {
        byte[] map = new byte[(newToOld[newToOld.length - 1] + 1) * 2];
        for (int gid = 0; gid < newToOld.length; gid++) {
            int cid = newToOld[gid];
            map[cid * 2] = (byte) (gid >> 8);
            map[cid * 2 + 1] = (byte) gid;
        }
        return stream(map);
    }

    /** A CMap from each CID to its character (the first the font maps to that glyph, as PDFBox chose). */
    private PDStream toUnicode(int[] newToOld) throws IOException {
        StringBuilder pairs = new StringBuilder();
        int count = 0;
        StringBuilder cmapText = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int cid : newToOld) {
            int c = subsetter.character(cid);
            if (c < 0 || c > 0xFFFF) {
                continue; // .notdef and parts of composite glyphs: no character
            }
            pairs.append('<');
            hex(pairs, cid);
            pairs.append("> <");
            hex(pairs, c);
            pairs.append(">\n");
            if (++count == 100) {
                bfchar(cmapText, pairs, count);
                count = 0;
            }
        }
        if (count > 0) {
            bfchar(cmapText, pairs, count);
        }
        cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return stream(cmapText.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void hex(StringBuilder out, int value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit(value >> shift & 0xF, 16)));
        }
    }

    private static void bfchar(StringBuilder cmap, StringBuilder pairs, int count) {
        cmap.append(count).append(" beginbfchar\n").append(pairs).append("endbfchar\n");
        pairs.setLength(0);
    }

    private PDStream stream(byte[] bytes) throws IOException {
        return new PDStream(PdfFlate.stream(doc, bytes, bytes.length));
    }

    /**
     * Six capitals named by the glyphs kept, as PDF subsets are named: the same subset, the same tag
     * (the hash of the map new id → old id, as the tag was made from fontbox's map before).
     */
    private static String tag(int[] newToOld) {
        int mapHash = 0;
        for (int gid = 0; gid < newToOld.length; gid++) {
            mapHash += gid ^ newToOld[gid];
        }
        long hash = Integer.toUnsignedLong(mapHash);
        char[] tag = new char[6];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + hash % 26);
            hash /= 26;
        }
        return new String(tag);
    }

    /** The face's font descriptor as PDFBox makes it for embedding, and its subsetter, once per process. */
    private static Described described(TrueTypeFont ttf, Face face) throws IOException {
        Described known = DESCRIPTORS.get(face);
        if (known == null || known.ttf() != ttf) {
            COSDictionary d;
            try (PDDocument scratch = new PDDocument()) {
                d = copy(PDType0Font.load(scratch, ttf, true).getFontDescriptor().getCOSObject());
            }
            d.removeItem(COSName.FONT_FILE2);
            d.removeItem(COSName.CID_SET);
            known = new Described(ttf, d, new TrueTypeSubsetter(ttf));
            DESCRIPTORS.put(face, known);
        }
        return known;
    }

    /** A copy for one document: its arrays are its own (a document's objects must not be another's). */
    private static COSDictionary copy(COSDictionary source) {
        COSDictionary copy = new COSDictionary();
        for (Map.Entry<COSName, COSBase> e : source.entrySet()) {
            COSBase value = e.getValue();
            if (value instanceof COSArray array) {
                COSArray items = new COSArray();
                for (int i = 0; i < array.size(); i++) {
                    items.add(array.get(i));
                }
                value = items;
            }
            copy.setItem(e.getKey(), value);
        }
        return copy;
    }
}
