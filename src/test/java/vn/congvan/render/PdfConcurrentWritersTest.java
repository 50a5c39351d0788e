package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.congvan.model.OfficialDocument;

/**
 * The parsed fonts, their glyph table and the font descriptors are kept by the process and shared by
 * every document: the window may write a PDF in its worker while a command writes another. Two
 * threads writing different documents at once each get their own document, whole, with its own subsets.
 */
class PdfConcurrentWritersTest {
    private static final int ROUNDS = 6;

    @Test
    void twoThreadsWritingAtOnceEachGetTheirOwnCompleteDocument() throws Exception {
        OfficialDocument seed = DocumentFixtures.seed();
        OfficialDocument report = DocumentFixtures.draftReport();
        byte[] seedAlone = pdf(seed);
        byte[] reportAlone = pdf(report);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> runs = new ArrayList<>();
            for (OfficialDocument doc : List.of(seed, report)) {
                Callable<List<byte[]>> writer = () -> {
                    start.await();
                    List<byte[]> written = new ArrayList<>();
                    for (int i = 0; i < ROUNDS; i++) {
                        written.add(pdf(doc));
                    }
                    return written;
                };
                runs.add(pool.submit(writer));
            }
            start.countDown();
            List<byte[]> seeds = runs.get(0).get();
            List<byte[]> reports = runs.get(1).get();
            for (int i = 0; i < ROUNDS; i++) {
                assertSameDocument(seedAlone, seeds.get(i));
                assertSameDocument(reportAlone, reports.get(i));
            }
        } finally {
            pool.shutdownNow();
        }

        // A subset is named by the glyphs it keeps: other text, other names (and the same document
        // written again, alone or beside another, the same names, checked above). The regular and bold
        // faces carry each document's own text; bold italic only the label "Nơi nhận:", alike in both.
        Map<String, String> seedFonts = subsets(seedAlone);
        Map<String, String> reportFonts = subsets(reportAlone);
        assertEquals(seedFonts.keySet(), reportFonts.keySet(), "the same faces set in both");
        long differing = seedFonts.keySet().stream().filter(f -> !seedFonts.get(f).equals(reportFonts.get(f))).count();
        assertTrue(differing >= 2, seedFonts + " / " + reportFonts);
    }

    private static byte[] pdf(OfficialDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(doc, out);
        return out.toByteArray();
    }

    /** The text a reader copies, the pages and the embedded subsets are those of the document written alone. */
    private static void assertSameDocument(byte[] expected, byte[] actual) throws IOException {
        try (PDDocument want = Loader.loadPDF(expected); PDDocument got = Loader.loadPDF(actual)) {
            assertEquals(want.getNumberOfPages(), got.getNumberOfPages());
            assertEquals(new PDFTextStripper().getText(want), new PDFTextStripper().getText(got));
        }
        assertEquals(subsets(expected), subsets(actual));
    }

    /** Each face's subset name ("ABCDEF+LiberationSerif-Bold") by face, checking that each is embedded. */
    private static Map<String, String> subsets(byte[] pdf) throws IOException {
        Map<String, String> names = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName());
                    String previous = names.put(font.getName().substring(7), font.getName());
                    assertTrue(previous == null || previous.equals(font.getName()), "one subset per face: " + font.getName());
                }
            }
        }
        return names;
    }
}
