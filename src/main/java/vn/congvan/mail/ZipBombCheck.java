package vn.congvan.mail;

import vn.congvan.text.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip container (.docx, .xlsx …) before anyone opens it: inflates every entry into a
 * throw-away buffer, counting, and stops as soon as the total or the expansion ratio is too large.
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
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(MESSAGES.get("zip.tooManyEntries", fileName, MAX_ENTRIES));
                }
                int n;
                while ((n = in.read(sink)) > 0) {
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        return Optional.of(MESSAGES.get("zip.tooLarge", fileName, megabytes(limits.maxUnpackedBytes())));
                    }
                    if (total > RATIO_FLOOR && total / Math.max(1, zip.length) > limits.maxUnpackRatio()) {
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

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
