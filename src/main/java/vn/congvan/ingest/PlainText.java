package vn.congvan.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.congvan.model.InputException;
import vn.congvan.text.VietnameseText;

/**
 * The plain text of a file a unit sent back (a report as .docx, .pdf or .txt), for reading statuses
 * out of it; not a dispatch reader. Untrusted input: the file's size is capped, and before POI or
 * PDFBox opens anything every compressed part is inflated into a throw-away buffer, counting, and
 * refused when it unpacks to too much or expands too fast (a zip or Flate "bomb"). The limits are
 * those of the mail package by default ({@code MailLimits.DEFAULT}): 25 MB, 200 MB unpacked, ratio 100.
 */
public final class PlainText {
    private static final long MB = 1024L * 1024;
    /** Below this the ratio says nothing: small XML parts compress very well. */
    private static final long RATIO_FLOOR = MB;
    private static final int MAX_ENTRIES = 10_000;
    /** A report is a few pages; a thousand-page PDF is not read to the end. */
    private static final int MAX_PDF_PAGES = 200;

    private final long maxFileBytes;
    private final long maxUnpackedBytes;
    private final int maxRatio;

    public PlainText(long maxFileBytes, long maxUnpackedBytes, int maxRatio) {
        this.maxFileBytes = maxFileBytes;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxRatio = maxRatio;
    }

    public PlainText() {
        this(25 * MB, 200 * MB, 100);
    }

    /** Whether {@link #of} reads files named like this (.docx, .pdf, .txt). */
    public static boolean reads(String fileName) {
        return fileName != null && switch (extension(fileName)) {
            case "docx", "pdf", "txt" -> true;
            default -> false;
        };
    }

    /**
     * The text of {@code content}, NFC, by the format its name gives.
     *
     * @return empty for a format this class does not read
     * @throws InputException naming the file when it is too large, a likely bomb, or broken
     */
    public Optional<String> of(String fileName, byte[] content) {
        if (!reads(fileName)) {
            return Optional.empty();
        }
        Path name = Path.of(fileName);
        if (content.length > maxFileBytes) {
            throw InputErrors.of("plain.tooLarge", InputErrors.name(name), megabytes(maxFileBytes));
        }
        return Optional.of(switch (extension(fileName)) {
            case "docx" -> docx(name, content);
            case "pdf" -> pdf(name, content);
            default -> Utf8Text.decode(name, content);
        });
    }

    private String docx(Path name, byte[] content) {
        Budget budget = new Budget(name);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(budget.compressed(new ByteArrayInputStream(content)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw InputErrors.of("plain.bomb", InputErrors.name(name), megabytes(maxUnpackedBytes), maxRatio);
                }
                budget.drain(zip);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InputErrors.of(e, "plain.broken", InputErrors.name(name));
        }
        if (entries == 0) {
            throw InputErrors.of("plain.broken", InputErrors.name(name));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return VietnameseText.clean(extractor.getText());
        } catch (IOException | RuntimeException e) {
            throw InputErrors.of(e, "plain.broken", InputErrors.name(name));
        }
    }

    private String pdf(Path name, byte[] content) {
        // PDFBox keeps at most the unpacked budget in memory for its own buffers.
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxUnpackedBytes).streamCache)) {
            checkStreams(name, pdf.getDocument());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            return VietnameseText.clean(stripper.getText(pdf));
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputErrors.of(e, "plain.broken", InputErrors.name(name));
        }
    }

    /** Inflates every Flate stream once, counting, before PDFBox decodes any of them into memory. */
    private void checkStreams(Path name, COSDocument doc) throws IOException {
        Budget budget = new Budget(name);
        for (COSObjectKey key : doc.getXrefTable().keySet()) {
            COSObject object = doc.getObjectFromPool(key);
            if (object != null && object.getObject() instanceof COSStream stream && flate(stream.getFilters())) {
                try (InputStream in = new InflaterInputStream(budget.compressed(stream.createRawInputStream()))) {
                    budget.drain(in);
                } catch (java.util.zip.ZipException broken) {
                    // A damaged stream: PDFBox skips what it cannot decode; it is no bomb.
                }
            }
        }
    }

    private static boolean flate(COSBase filters) {
        if (filters instanceof COSArray array) {
            return array.size() > 0 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }

    /** Counts compressed bytes read and bytes unpacked over a whole file; throws once either limit is passed. */
    private final class Budget {
        private final Path name;
        private final byte[] sink = new byte[64 * 1024];
        private long compressed;
        private long unpacked;

        Budget(Path name) {
            this.name = name;
        }

        InputStream compressed(InputStream raw) {
            return new FilterInputStream(raw) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        compressed++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        compressed += n;
                    }
                    return n;
                }
            };
        }

        void drain(InputStream unpacking) throws IOException {
            int n;
            while ((n = unpacking.read(sink)) > 0) {
                unpacked += n;
                boolean tooMuch = unpacked > maxUnpackedBytes;
                boolean tooFast = unpacked > RATIO_FLOOR && unpacked / Math.max(1, compressed) > maxRatio;
                if (tooMuch || tooFast) {
                    throw InputErrors.of("plain.bomb", InputErrors.name(name), megabytes(maxUnpackedBytes), maxRatio);
                }
            }
        }
    }

    /** "200 MB", "25 MB", "1 KB": limits as a clerk reads them. */
    private static String megabytes(long bytes) {
        return bytes >= MB ? bytes / MB + " MB" : Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
