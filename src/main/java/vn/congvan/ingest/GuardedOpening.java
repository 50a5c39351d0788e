package vn.congvan.ingest;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The readers' limits for a PDF or DOCX that another library opens (the Decree 30 checker): the file is
 * first checked as the readers check it ({@link PdfGuard} for a PDF, {@link UnpackGuard} for a DOCX), and
 * the checking and the work that follows run under {@link ReadWatchdog}. A file that breaks a limit gets
 * the readers' one-line Vietnamese refusal naming the file and the limit.
 */
public final class GuardedOpening {
    private GuardedOpening() {
    }

    /**
     * Runs {@code work} on {@code file} once the file has passed the readers' checks, within their time limit.
     * A PDF or DOCX that is damaged but no threat is left to {@code work}, which says so in its own words.
     */
    public static <T> T run(Path file, Supplier<T> work) {
        InputLimits limits = InputLimits.DEFAULT;
        return ReadWatchdog.read(file, limits, () -> {
            check(file, limits);
            return work.get();
        });
    }

    private static void check(Path file, InputLimits limits) {
        if (!Files.isRegularFile(file)) {
            return; // the work names a missing file in its own words
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            checkPdf(file, read(file), limits);
        } else if (name.endsWith(".docx")) {
            checkDocx(file, read(file), limits);
        }
    }

    private static void checkPdf(Path file, byte[] content, InputLimits limits) {
        PdfGuard.read(file, content, limits, "file.pdf", (pdf, pages) -> pages);
    }

    private static void checkDocx(Path file, byte[] content, InputLimits limits) {
        try {
            new UnpackGuard(limits).checkZip(content);
        } catch (UnpackRefused refused) {
            throw refused.bomb() ? InputErrors.bomb(file, limits, refused) : InputErrors.of(refused, "file.docx", InputErrors.name(file));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputErrors.of(e, "file.missing", InputErrors.name(file));
        } catch (IOException e) {
            throw InputErrors.of(e, "file.unreadable", InputErrors.name(file));
        }
    }
}
