package vn.congvan.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one guard against zip and Flate "bombs" in files from outside (mail attachments, reports, dispatches).
 * Before POI or PDFBox opens a file, each compressed part is inflated into a throw-away buffer, counting,
 * and the file is refused as soon as the total or the expansion ratio (bytes out per compressed byte read
 * so far) passes its {@link InputLimits}. Nothing is extracted or kept, and the sizes an archive declares
 * are not trusted. One guard counts one file: its budget is shared by all of that file's parts.
 */
public final class UnpackGuard {
    /** Below this the ratio says nothing: small XML parts compress very well. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final InputLimits limits;
    private final byte[] sink = new byte[64 * 1024];
    private long compressed;
    private long unpacked;

    public UnpackGuard(InputLimits limits) {
        this.limits = limits;
    }

    /** Checks a zip container (.docx, .xlsx …) entry by entry; one with no entry is no zip. */
    public void checkZip(byte[] zip) throws UnpackRefused {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(counted(new ByteArrayInputStream(zip)))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxParts()) {
                    throw new UnpackRefused(UnpackRefused.Reason.TOO_MANY_PARTS);
                }
                String name = entry.getName();
                drain(in, name.endsWith(".xml") || name.endsWith(".rels") ? new XmlDepth(limits.maxDepth()) : null);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnpackRefused(UnpackRefused.Reason.BROKEN, e.getMessage(), e);
        }
        if (entries == 0) {
            throw new UnpackRefused(UnpackRefused.Reason.NOT_ZIP);
        }
    }

    /**
     * Checks one Flate stream of a file (a PDF object) against the file's budget. A damaged stream is let
     * through: the reader skips what it cannot decode, and it is no bomb.
     */
    public void checkFlate(InputStream raw) throws UnpackRefused, IOException {
        try (InputStream in = new InflaterInputStream(counted(raw))) {
            drain(in, null);
        } catch (ZipException damaged) {
            // see above
        }
    }

    /** How POI opens a file: {@code XWPFDocument::new}. */
    @FunctionalInterface
    public interface PoiOpen<T> {
        T open(InputStream in) throws IOException;
    }

    /**
     * Opens an OOXML file from outside (.docx, .xlsx) with POI: first this guard checks it, then POI opens it
     * under its own zip limits set from the same {@code limits}, so that POI would refuse a bomb too.
     */
    public static <T> T openOoxml(byte[] zip, InputLimits limits, PoiOpen<T> open) throws UnpackRefused, IOException {
        new UnpackGuard(limits).checkZip(zip);
        return underPoiLimits(zip, limits, open);
    }

    /** POI keeps its zip limits JVM-wide: set them for this one opening and put the previous ones back. */
    static synchronized <T> T underPoiLimits(byte[] zip, InputLimits limits, PoiOpen<T> open) throws IOException {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long grace = ZipSecureFile.getGraceEntrySize();
        long entrySize = ZipSecureFile.getMaxEntrySize();
        long files = ZipSecureFile.getMaxFileCount();
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxUnpackRatio());
        ZipSecureFile.setGraceEntrySize(RATIO_FLOOR);
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxParts());
        try {
            return open.open(new ByteArrayInputStream(zip));
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
            ZipSecureFile.setGraceEntrySize(grace);
            ZipSecureFile.setMaxEntrySize(entrySize);
            ZipSecureFile.setMaxFileCount(files);
        }
    }

    private void drain(InputStream unpacking, XmlDepth depth) throws IOException, UnpackRefused {
        int n;
        while ((n = unpacking.read(sink)) > 0) {
            if (depth != null) {
                depth.scan(sink, n);
            }
            unpacked += n;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new UnpackRefused(UnpackRefused.Reason.TOO_LARGE);
            }
            // What came out against what went in so far: a bomb shows itself within the first megabytes.
            if (unpacked > RATIO_FLOOR && unpacked / Math.max(1, compressed) > limits.maxUnpackRatio()) {
                throw new UnpackRefused(UnpackRefused.Reason.TOO_FAST);
            }
        }
    }

    /**
     * How deep the elements of an XML part nest, read from its bytes as they pass: POI builds a table in a
     * table by recursion, so a few kilobytes of nested tables overflowed the stack. Counts a start tag
     * "&lt;w:tbl" up and an end tag "&lt;/w:tbl" or an empty element "&lt;w:br/&gt;" down; declarations,
     * comments and CDATA ("&lt;?", "&lt;!") are not elements. Linear, with no XML parser.
     */
    private static final class XmlDepth {
        private final int max;
        private int depth;
        private boolean inTag;
        private boolean startTag;
        private byte previous;
        private boolean afterOpen;

        XmlDepth(int max) {
            this.max = max;
        }

        void scan(byte[] bytes, int length) throws UnpackRefused {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (afterOpen) {
                    afterOpen = false;
                    startTag = b != '/' && b != '?' && b != '!';
                    if (b == '/') {
                        depth--;
                    } else if (startTag && ++depth > max) {
                        throw new UnpackRefused(UnpackRefused.Reason.TOO_DEEP);
                    }
                } else if (b == '<') {
                    inTag = true;
                    afterOpen = true;
                } else if (b == '>' && inTag) {
                    inTag = false;
                    if (startTag && previous == '/') {
                        depth--;
                    }
                }
                previous = b;
            }
        }
    }

    private InputStream counted(InputStream raw) {
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
}
