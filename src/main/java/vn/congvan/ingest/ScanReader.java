package vn.congvan.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.congvan.model.Dispatch;
import vn.congvan.text.Sizes;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scan or a photo read through OCR ({@link Tesseract}): the pages of an image-only PDF rendered with
 * PDFBox in grey (at the scan's own resolution, else {@value #DPI} dpi), or the JPEG/PNG as it is, then Tesseract's words laid out as lines
 * ({@link OcrLines}) and read by the PDF layout reader and the one parser. OCR takes seconds of processor
 * time a page (about 6 s for the seed, 35 s of wall time on a loaded machine), so it has limits of its own
 * instead of the text readers' 3 s: {@link #WALL} for the whole file, the program killed when it runs
 * over, at most {@value #MAX_PAGES} pages and {@value #MAX_PIXELS} pixels a page.
 */
public final class ScanReader {
    /** The wall time one scan may take, all pages together. */
    static final Duration WALL = Duration.ofSeconds(120);
    static final int MAX_PAGES = 10;
    static final long MAX_PIXELS = 50_000_000L;
    static final int DPI = 300;
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg");
    /**
     * The watchdog's limits for the part that runs in our process (rendering, layout, parsing): a quarter of
     * {@link #WALL} of processor time, so that its wall-time backstop is {@link #WALL}.
     */
    private static final InputLimits LIMITS = new InputLimits(InputLimits.DEFAULT.maxMessageBytes(),
            InputLimits.DEFAULT.maxFileBytes(), InputLimits.DEFAULT.maxUnpackedBytes(), InputLimits.DEFAULT.maxUnpackRatio(),
            InputLimits.DEFAULT.maxParts(), InputLimits.PAGES, InputLimits.DEPTH, InputLimits.TEXT_CHARS, WALL.dividedBy(4));

    private final Tesseract tesseract;
    private final DispatchAnalyzer analyzer = new DispatchAnalyzer();

    public ScanReader(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    /** A photo by its name: .png, .jpg, .jpeg (a PDF is a scan only once the text reader finds no text). */
    public static boolean isImage(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGES.contains(name.substring(dot + 1));
    }

    /**
     * @param file    the file, for its name and format
     * @param content its bytes
     * @throws vn.congvan.model.InputException naming the file: Tesseract missing or without Vietnamese, too many
     *                                         pages or pixels, too slow, no text found, not a dispatch
     */
    public Dispatch read(Path file, byte[] content) {
        if (content.length > InputLimits.DEFAULT.maxFileBytes()) {
            throw InputErrors.of("ocr.tooBig", InputErrors.name(file), Sizes.of(InputLimits.DEFAULT.maxFileBytes()));
        }
        return ReadWatchdog.read(file, LIMITS, () -> {
            long deadline = System.nanoTime() + WALL.toNanos();
            Path dir = null;
            try {
                dir = Files.createTempDirectory("congvan-ocr-");
                Path work = dir;
                List<List<OcrWord>> words = isImage(file) ? List.of(image(file, content, work, deadline))
                        : PdfGuard.read(file, content, InputLimits.DEFAULT, "file.pdf",
                        (pdf, count) -> pdfPages(file, pdf, count, work, deadline));
                List<List<PdfTextLine>> pages = OcrLines.pages(words);
                List<PdfTextLine> lines = PdfSource.withoutNumbersAndRules(pages);
                if (lines.isEmpty()) {
                    throw InputErrors.of("ocr.noText", InputErrors.name(file));
                }
                return analyzer.analyze(DocumentParser.parse(PdfSource.layout(file, lines)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(dir);
            }
        });
    }

    private List<OcrWord> image(Path file, byte[] content, Path dir, long deadline) throws IOException {
        long pixels = pixels(file, content);
        if (pixels > MAX_PIXELS) {
            throw InputErrors.of("ocr.tooManyPixels", InputErrors.name(file), Long.toString(MAX_PIXELS / 1_000_000));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path image = Files.write(dir.resolve("trang-1" + name.substring(name.lastIndexOf('.'))), content);
        return tesseract.words(file, image, 0, deadline);
    }

    /** Width × height from the image's header, without decoding it; refused when it is no PNG or JPEG. */
    private static long pixels(Path file, byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw InputErrors.of("ocr.notImage", InputErrors.name(file));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw InputErrors.of(e, "ocr.notImage", InputErrors.name(file));
            } finally {
                reader.dispose();
            }
        }
    }

    private List<List<OcrWord>> pdfPages(Path file, PDDocument pdf, int count, Path dir, long deadline) throws IOException {
        if (count > MAX_PAGES) {
            throw InputErrors.of("ocr.tooManyPages", InputErrors.name(file), Integer.toString(count), Integer.toString(MAX_PAGES));
        }
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<List<OcrWord>> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReadWatchdog.stopIfAbandoned();
            PDPage page = pdf.getPage(i);
            float w = page.getCropBox().getWidth() / 72f * DPI;
            float h = page.getCropBox().getHeight() / 72f * DPI;
            if ((long) w * (long) h > MAX_PIXELS || largestImage(page.getResources()) > MAX_PIXELS) {
                throw InputErrors.of("ocr.tooManyPixels", InputErrors.name(file), Long.toString(MAX_PIXELS / 1_000_000));
            }
            int dpi = dpi(page);
            BufferedImage rendered = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
            Path image = dir.resolve("trang-" + (i + 1) + ".png");
            ImageIO.write(rendered, "png", image.toFile());
            // No --dpi: Tesseract finds the scale from the letters; stating it cost words in our trial.
            pages.add(tesseract.words(file, image, 0, deadline));
        }
        return pages;
    }

    /**
     * {@value #DPI} dpi, or the scan's own resolution when the page is one image across its width scanned at
     * 150 to 400 dpi: resampling a scan blurs its letters and costs Tesseract words.
     */
    private static int dpi(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return DPI;
        }
        float inches = page.getCropBox().getWidth() / 72f;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                int own = Math.round(image.getWidth() / inches);
                if (own >= 150 && own <= 400) {
                    return own;
                }
            }
        }
        return DPI;
    }

    /** The pixels of the page's largest image, from its dictionary (a crafted one may claim billions). */
    private static long largestImage(PDResources resources) throws IOException {
        long largest = 0;
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject image) {
                    largest = Math.max(largest, (long) image.getWidth() * image.getHeight());
                }
            }
        }
        return largest;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary file left behind is the system's to clean; the reading stands.
        }
    }
}
