package vn.congvan.mail;

import vn.congvan.text.Messages;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip container (.docx, .xlsx …) before anyone opens it: inflates every entry into a
 * throw-away buffer, counting, and stops as soon as the total or the expansion ratio (bytes out per
 * compressed byte read so far) is too large.
 * Nothing is extracted or kept, and the sizes the archive declares are not trusted.
 */
final class ZipBombCheck {
    private static final Messages MESSAGES = Messages.of(ZipBombCheck.class);
    private static final int MAX_ENTRIES = 10_000;
    /** Below this the ratio says nothing: small XML parts compress very well. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private ZipBombCheck() {
    }

    /** The Vietnamese reason to refuse the file, or empty when it is safe to hand on. */
    static Optional<String> check(String fileName, byte[] zip, MailLimits limits) {
        long total = 0;
        int entries = 0;
        byte[] sink = new byte[64 * 1024];
        CountingStream compressed = new CountingStream(new ByteArrayInputStream(zip));
        try (ZipInputStream in = new ZipInputStream(compressed)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(MESSAGES.get("zip.tooManyEntries", fileName, MAX_ENTRIES));
                }
                int n;
                while ((n = in.read(sink)) > 0) {
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        return Optional.of(MESSAGES.get("zip.tooLarge", fileName, Sizes.of(limits.maxUnpackedBytes())));
                    }
                    // Ratio of what came out to what went in so far: a bomb shows itself within the first megabytes.
                    if (total > RATIO_FLOOR && total / Math.max(1, compressed.count) > limits.maxUnpackRatio()) {
                        return Optional.of(MESSAGES.get("zip.ratio", fileName, limits.maxUnpackRatio()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(MESSAGES.get("zip.broken", fileName, e.getMessage()));
        }
        if (entries == 0) {
            return Optional.of(MESSAGES.get("zip.notZip", fileName));
        }
        return Optional.empty();
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
