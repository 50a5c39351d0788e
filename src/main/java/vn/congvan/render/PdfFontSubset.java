package vn.congvan.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
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
 * embedding), and a document pays for the glyphs it uses. The subsetting itself stays fontbox's
 * {@link TTFSubsetter}. Call everything while holding {@link PdfFonts#LOCK}: the parsed font reads its
 * glyphs from a shared buffer.
 */
final class PdfFontSubset {
    /** The tables a PDF needs of a TrueType program (ISO 32000 9.9): no cmap, name or OS/2. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm",
            "gasp");
    /** Font descriptors of the process's font by face, without a font program; guarded by {@link PdfFonts#LOCK}. */
    private static final Map<Face, Described> DESCRIPTORS = new EnumMap<>(Face.class);

    private record Described(TrueTypeFont ttf, COSDictionary descriptor) {
    }

    private final PDDocument doc;
    private final TrueTypeFont ttf;
    private final COSDictionary type0 = new COSDictionary();
    private final COSDictionary cidFont = new COSDictionary();
    private final COSDictionary descriptor;
    /** The characters the document set in this face. */
    private final BitSet used = new BitSet();

    PdfFontSubset(PDDocument doc, TrueTypeFont ttf, Face face) throws IOException {
        this.doc = doc;
        this.ttf = ttf;
        this.descriptor = copy(descriptor(ttf, face));
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

    /** Keeps {@code cp} in the subset. */
    void use(int cp) {
        used.set(cp);
    }

    /** Writes the subset of the characters used, its name, widths, CID map and ToUnicode map. */
    void embed() throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int cp = used.nextSetBit(0); cp >= 0; cp = used.nextSetBit(cp + 1)) {
            subsetter.add(cp);
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String name = tag(newToOld) + "+" + descriptor.getCOSName(COSName.FONT_NAME).getName();
        subsetter.setPrefix(name.substring(0, 7));
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        subsetter.writeToStream(program);
        byte[] bytes = program.toByteArray();

        COSName baseFont = COSName.getPDFName(name);
        type0.setItem(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.BASE_FONT, baseFont);
        descriptor.setItem(COSName.FONT_NAME, baseFont);
        PDStream file = stream(bytes);
        file.getCOSObject().setInt(COSName.LENGTH1, bytes.length);
        descriptor.setItem(COSName.FONT_FILE2, file);

        TreeMap<Integer, Integer> oldToNew = new TreeMap<>();
        newToOld.forEach((newGid, oldGid) -> oldToNew.put(oldGid, newGid));
        cidFont.setItem(COSName.W, widths(oldToNew));
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid(oldToNew));
        type0.setItem(COSName.TO_UNICODE, toUnicode(oldToNew, cmap));
    }

    /** Widths of the glyphs by CID (the glyph id in the whole font), runs of consecutive CIDs together. */
    private COSArray widths(TreeMap<Integer, Integer> oldToNew) throws IOException {
        float scale = 1000f / ttf.getUnitsPerEm();
        COSArray w = new COSArray();
        COSArray run = null;
        int last = -2;
        for (int cid : oldToNew.keySet()) {
            if (cid != last + 1) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(COSInteger.get(Math.round(ttf.getAdvanceWidth(cid) * scale)));
            last = cid;
        }
        return w;
    }

    private PDStream cidToGid(TreeMap<Integer, Integer> oldToNew) throws IOException {
        byte[] map = new byte[(oldToNew.lastKey() + 1) * 2];
        oldToNew.forEach((cid, gid) -> {
            map[cid * 2] = (byte) (gid >> 8);
            map[cid * 2 + 1] = (byte) (int) gid;
        });
        return stream(map);
    }

    /** A CMap from each CID to its character (the first the font maps to that glyph, as PDFBox chose). */
    private PDStream toUnicode(TreeMap<Integer, Integer> oldToNew, CmapLookup cmap) throws IOException {
        StringBuilder pairs = new StringBuilder();
        int count = 0;
        StringBuilder cmapText = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int cid : oldToNew.keySet()) {
            List<Integer> codes = cmap.getCharCodes(cid);
            if (codes == null || codes.isEmpty() || codes.get(0) > 0xFFFF) {
                continue; // .notdef and parts of composite glyphs: no character
            }
            pairs.append('<');
            hex(pairs, cid);
            pairs.append("> <");
            hex(pairs, codes.get(0));
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
        return new PDStream(doc, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
    }

    /** Six capitals named by the glyphs kept, as PDF subsets are named: the same subset, the same tag. */
    private static String tag(Map<Integer, Integer> newToOld) {
        long hash = Integer.toUnsignedLong(newToOld.hashCode());
        char[] tag = new char[6];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + hash % 26);
            hash /= 26;
        }
        return new String(tag);
    }

    /** The face's font descriptor as PDFBox makes it for embedding, once per process. */
    private static COSDictionary descriptor(TrueTypeFont ttf, Face face) throws IOException {
        Described known = DESCRIPTORS.get(face);
        if (known == null || known.ttf() != ttf) {
            COSDictionary d;
            try (PDDocument scratch = new PDDocument()) {
                d = copy(PDType0Font.load(scratch, ttf, true).getFontDescriptor().getCOSObject());
            }
            d.removeItem(COSName.FONT_FILE2);
            d.removeItem(COSName.CID_SET);
            known = new Described(ttf, d);
            DESCRIPTORS.put(face, known);
        }
        return known.descriptor();
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
