package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;

class PdfFontSubsetTest {
    /**
     * A process keeps the subsets it made (PdfFontSubset's recent subsets): a document written between two
     * copies of another, with other glyphs, still gets a subset of its own glyphs, and the second copy the
     * same font programs as the first. Every glyph shown, read back from the embedded program, has its
     * outline (a space none), and the text reads back whole.
     */
    @Test
    void eachDocumentGetsTheSubsetOfItsOwnGlyphsWhateverWasWrittenBefore() throws IOException {
        OfficialDocument invitation = new OfficialDocument(null, "UBND PHƯỜNG ĐỨC THẮNG", new NumberSymbol("5", "UBND"), "Đức Thắng",
                LocalDate.of(2020, 2, 5), DocumentType.GIAY_MOI, "Họp giao ban", List.of(), List.of(Paragraph.of("Kính mời dự họp./.")),
                new Signer(List.of(), "CHỦ TỊCH", "Trần Thị Bình"), List.of("Lưu: VT"), null);
        byte[] first = pdf(DocumentFixtures.seed());
        byte[] between = pdf(invitation);
        byte[] again = pdf(DocumentFixtures.seed());

        Map<String, byte[]> seedFonts = fontPrograms(first);
        Map<String, byte[]> invitationFonts = fontPrograms(between);
        Map<String, byte[]> againFonts = fontPrograms(again);
        assertEquals(seedFonts.keySet(), againFonts.keySet(), "the same subsets, by name");
        for (String name : seedFonts.keySet()) {
            assertArrayEquals(seedFonts.get(name), againFonts.get(name), name);
            if (invitationFonts.containsKey(name)) { // the same glyphs of a face, the same name: the same program
                assertArrayEquals(seedFonts.get(name), invitationFonts.get(name), name);
            }
        }
        assertFalse(seedFonts.keySet().containsAll(invitationFonts.keySet()), "the invitation's subsets are its own: " + invitationFonts.keySet());
        assertTrue(glyphCount(invitationFonts) < glyphCount(seedFonts), "the invitation shows fewer glyphs than the seed");

        for (byte[] pdf : List.of(first, between, again)) {
            assertEveryGlyphShownHasItsOutline(pdf);
        }
        try (PDDocument doc = Loader.loadPDF(between)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kính mời dự họp./."), text);
            assertTrue(text.contains("Trần Thị Bình"), text);
        }
    }

    private static byte[] pdf(OfficialDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(doc, out);
        return out.toByteArray();
    }

    /** The decoded FontFile2 of each font, by its subset name. */
    private static Map<String, byte[]> fontPrograms(byte[] pdf) throws IOException {
        Map<String, byte[]> programs = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                    try (InputStream in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
                        programs.put(font.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return programs;
    }

    private static int glyphCount(Map<String, byte[]> programs) throws IOException {
        int count = 0;
        for (byte[] program : programs.values()) {
            count += new TTFParser(true).parse(new RandomAccessReadBuffer(program)).getNumberOfGlyphs();
        }
        return count;
    }

    private static void assertEveryGlyphShownHasItsOutline(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    for (int code : text.getCharacterCodes()) {
                        try {
                            boolean drawn = !((PDType0Font) font).getPath(code).getBounds2D().isEmpty();
                            assertEquals(!text.getUnicode().isBlank(), drawn, "glyph of \"" + text.getUnicode() + "\" in " + font.getName());
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }.getText(doc);
        }
    }
}
