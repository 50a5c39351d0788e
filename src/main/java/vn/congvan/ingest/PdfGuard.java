package vn.congvan.ingest;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import vn.congvan.model.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Checks a PDF loaded by PDFBox before anything reads its pages: every Flate stream through
 * {@link UnpackGuard}, and the page tree walked without recursion, its pages counted one by one (the
 * /Count it declares is never trusted) against {@link InputLimits#maxPages()} and its levels against
 * {@link InputLimits#maxDepth()}. PDFBox recurses down the page tree, so a 20,000-level tree overflowed
 * the stack; a tree that claims 2,147,483,647 pages made it try to find them all.
 */
final class PdfGuard {
    /**
     * Character codes the ToUnicode maps of one PDF may declare together: four full 2-byte code spaces.
     * A Vietnamese document's maps declare a few hundred per font.
     */
    static final long MAX_TO_UNICODE_CODES = 4 * 65_536;

    private PdfGuard() {
    }

    /** What to do with a PDF once it is loaded and checked; {@code pages} is the count found in its tree. */
    interface Reading<T> {
        T read(PDDocument pdf, int pages) throws IOException;
    }

    /**
     * Opens a PDF from outside the one way every reader does: PDFBox keeps at most the unpacked budget in
     * memory, the file is checked ({@link #check}) before anything reads it, and a damaged file is told
     * with {@code brokenKey} (PDFBox reports one with several exceptions; all mean the same to the user,
     * and its English detail stays in the cause for the log).
     */
    static <T> T read(Path file, byte[] content, InputLimits limits, String brokenKey, Reading<T> reading) {
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxUnpackedBytes()).streamCache)) {
            return reading.read(pdf, check(file, pdf, limits));
        } catch (InvalidPasswordException e) {
            throw InputErrors.of(e, "file.pdfEncrypted", InputErrors.name(file));
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputErrors.of(e, brokenKey, InputErrors.name(file));
        }
    }

    /** @return the pages counted in the tree */
    static int check(Path file, PDDocument pdf, InputLimits limits) throws IOException {
        checkStreams(file, pdf.getDocument(), limits);
        return checkPageTree(file, pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES), limits);
    }

    private record Node(COSDictionary dictionary, int level) {
    }

    private static int checkPageTree(Path file, COSDictionary root, InputLimits limits) {
        if (root == null) {
            return 0;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(new Node(root, 1));
        int pages = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.level() > limits.maxDepth()) {
                throw InputErrors.of("file.tooDeep", InputErrors.name(file), Integer.toString(limits.maxDepth()));
            }
            COSBase kids = node.dictionary().getDictionaryObject(COSName.KIDS);
            if (kids instanceof COSArray array && !COSName.PAGE.equals(node.dictionary().getCOSName(COSName.TYPE))) {
                if (!seen.add(node.dictionary())) {
                    continue; // a loop: PDFBox does not follow it either
                }
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSDictionary kid) {
                        todo.push(new Node(kid, node.level() + 1));
                    }
                }
            } else if (++pages > limits.maxPages()) { // a page drawn twice counts twice
                throw InputErrors.of("file.tooManyPages", InputErrors.name(file), Integer.toString(limits.maxPages()));
            }
        }
        return pages;
    }

    /**
     * Inflates every Flate stream once, counting, before PDFBox decodes any of them into memory; then
     * counts the codes the fonts' ToUnicode maps declare ({@link ToUnicodeCount}), before PDFBox parses one.
     */
    private static void checkStreams(Path file, COSDocument doc, InputLimits limits) throws IOException {
        UnpackGuard guard = new UnpackGuard(limits);
        Set<COSStream> toUnicode = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (COSObjectKey key : doc.getXrefTable().keySet()) {
                COSObject object = doc.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream && flate(stream.getFilters())) {
                    guard.checkFlate(stream.createRawInputStream());
                }
                if (base instanceof COSDictionary d && d.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
                    toUnicode.add(map);
                }
            }
        } catch (UnpackRefused bomb) {
            // Only a bomb: a damaged stream is left to PDFBox.
            throw InputErrors.bomb(file, limits, bomb);
        }
        long codes = 0;
        for (COSStream map : toUnicode) {
            try (var in = map.createInputStream()) {
                codes += ToUnicodeCount.of(in.readAllBytes());
            } catch (IOException damaged) {
                continue; // PDFBox tells a damaged map, and reads on without it
            }
            if (codes > MAX_TO_UNICODE_CODES || codes < 0) {
                throw InputErrors.of("file.pdfToUnicode", InputErrors.name(file), Long.toString(MAX_TO_UNICODE_CODES));
            }
        }
    }

    private static boolean flate(COSBase filters) {
        if (filters instanceof COSArray array) {
            return array.size() > 0 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }
}
