package vn.congvan.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.congvan.text.PageNumberLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * PDF through PDFBox: every glyph with its position and face ({@link PdfGlyphReader}), lines by
 * baseline ({@link PdfTextLine}), then the page geometry read back into the lines the shared parser
 * expects: the header columns ({@link PdfHeaderColumns}), the body paragraphs ({@link PdfParagraphs}),
 * the footer columns ({@link PdfFooterColumns}). Page numbers and rules typed as dashes are dropped.
 * Bold and italic come from the font's name ("…-Bold", "Times New Roman,BoldItalic") or its
 * descriptor. A PDF without a text layer (a scan) is refused with {@link ScanFound}: {@link ScanReader} reads it by OCR.
 */
final class PdfSource implements TextSource {
    /** A line typed as a rule under the issuer or the motto: "-----", "_______", "———". */
    private static final Pattern RULE = Pattern.compile("^[-_–—=*.·…\\s]{3,}$");

    @Override
    public SourceText read(Path file, byte[] content) {
        return layout(file, lines(file, content));
    }

    /**
     * The page geometry of {@code lines} (every page, top to bottom, page numbers and typed rules already
     * gone) read back into source lines: from a text layer, or from the words OCR found on a scan.
     */
    static SourceText layout(Path file, List<PdfTextLine> lines) {
        if (lines.isEmpty()) {
            throw InputErrors.of("file.pdfNoText", InputErrors.name(file));
        }
        PdfTextArea area = PdfTextArea.of(lines);
        List<PdfTextLine> firstPage = lines.stream().filter(l -> l.page() == lines.get(0).page()).toList();
        PdfHeaderColumns header = PdfHeaderColumns.read(firstPage);
        List<PdfTextLine> rest = lines.subList(header.used(), lines.size());
        int footer = PdfFooterColumns.start(rest, area);

        List<SourceLine> out = new ArrayList<>(header.lines());
        out.addAll(PdfParagraphs.of(rest.subList(0, footer), area));
        out.addAll(PdfFooterColumns.flatten(rest.subList(footer, rest.size()), area));
        return new SourceText(file, out, false);
    }

    /** The text lines of every page, top to bottom, without page numbers and typed rules. */
    private static List<PdfTextLine> lines(Path file, byte[] content) {
        return PdfGuard.read(file, content, InputLimits.DEFAULT, "file.pdf", (pdf, pages) -> {
            if (pages == 0) {
                throw InputErrors.of("file.empty", InputErrors.name(file));
            }
            PdfGlyphReader reader = new PdfGlyphReader();
            List<List<PdfTextLine>> pageLines = new ArrayList<>();
            for (PdfGlyphPage page : reader.read(pdf)) {
                pageLines.add(page.lines());
            }
            List<PdfTextLine> lines = withoutNumbersAndRules(pageLines);
            if (lines.isEmpty()) {
                if (reader.unmapped() > 0) {
                    throw InputErrors.of("file.pdfUnmapped", InputErrors.name(file));
                }
                if (hasImages(pdf)) {
                    throw new ScanFound(InputErrors.MESSAGES.get("file.pdfScan", InputErrors.name(file)));
                }
                throw InputErrors.of("file.pdfNoText", InputErrors.name(file));
            }
            return lines;
        });
    }

    /** The lines of every page (1-based, in order), without page numbers and lines typed as rules. */
    static List<PdfTextLine> withoutNumbersAndRules(List<List<PdfTextLine>> pages) {
        List<PdfTextLine> lines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            lines.addAll(withoutPageNumber(pages.get(i), i + 1));
        }
        return lines.stream().filter(l -> !RULE.matcher(l.text()).matches()).toList();
    }

    /** The page's lines without the number printed alone at its top (from page 2) or at its foot. */
    private static List<PdfTextLine> withoutPageNumber(List<PdfTextLine> page, int number) {
        List<PdfTextLine> lines = new ArrayList<>(page);
        if (lines.size() > 1 && number > 1 && isPageNumber(lines.get(0), number)) {
            lines.remove(0);
        }
        if (lines.size() > 1 && isPageNumber(lines.get(lines.size() - 1), number)) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** "2", "- 2 -", "Trang 2", "Trang 2/5" showing this page's number ({@link PageNumberLine}). */
    private static boolean isPageNumber(PdfTextLine line, int page) {
        return PageNumberLine.read(line.text()).equals(OptionalInt.of(page));
    }

    /** True when a page draws an image: with no text anywhere, the pages are scans. */
    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            ReadWatchdog.stopIfAbandoned();
            if (hasImages(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject
                    || x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
