package vn.congvan.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract run as a separate program ({@code tesseract IMAGE stdout -l vie tsv}): no native code in our
 * process, a reading that hangs is killed with its process, and a machine without it gets a message saying
 * how to install it. Its word boxes (TSV, level 5) are what we keep.
 *
 * @param command the program: {@code CONGVAN_TESSERACT}, else {@code tesseract} on the PATH (on Windows the
 *                UB-Mannheim installer's folder when it is there)
 */
public record Tesseract(String command) {
    /** Tesseract's TSV level of a word. */
    private static final String WORD_LEVEL = "5";
    private static final Path WINDOWS_DEFAULT = Path.of("C:\\Program Files\\Tesseract-OCR\\tesseract.exe");

    /** The program named by {@code configured} (may be null or blank: the default). */
    public static Tesseract of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new Tesseract(configured.strip());
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new Tesseract(windows && Files.isRegularFile(WINDOWS_DEFAULT) ? WINDOWS_DEFAULT.toString() : "tesseract");
    }

    /**
     * The words Tesseract reads in {@code image} with its Vietnamese data.
     *
     * @param file     the document, for messages
     * @param dpi      the image's resolution, or 0 to let Tesseract find it
     * @param deadline {@link System#nanoTime()} after which the program is killed and the file refused
     */
    List<OcrWord> words(Path file, Path image, int dpi, long deadline) {
        List<String> args = new ArrayList<>(List.of(command, image.toString(), "stdout", "-l", "vie"));
        if (dpi > 0) {
            args.addAll(List.of("--dpi", Integer.toString(dpi)));
        }
        args.add("tsv");
        Path out = image.resolveSibling(image.getFileName() + ".tsv");
        Path err = image.resolveSibling(image.getFileName() + ".err");
        Process process;
        try {
            process = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw InputErrors.of(e, "ocr.missing", InputErrors.name(file), command);
        }
        try {
            long wait = deadline - System.nanoTime();
            if (wait <= 0 || !process.waitFor(wait, TimeUnit.NANOSECONDS)) {
                kill(process);
                throw InputErrors.of("ocr.tooSlow", InputErrors.name(file), Long.toString(ScanReader.WALL.toSeconds()));
            }
            String errors = read(err);
            if (process.exitValue() != 0) {
                if (errors.contains("vie.traineddata") || errors.contains("Failed loading language")) {
                    throw InputErrors.of("ocr.noVietnamese", InputErrors.name(file));
                }
                throw InputErrors.of(new IOException(errors.strip()), "ocr.failed", InputErrors.name(file),
                        Integer.toString(process.exitValue()));
            }
            return parse(read(out));
        } catch (InterruptedException e) {
            // The reading was given up (its time ran out): the program goes with it.
            kill(process);
            Thread.currentThread().interrupt();
            throw InputErrors.of(e, "ocr.tooSlow", InputErrors.name(file), Long.toString(ScanReader.WALL.toSeconds()));
        } catch (IOException e) {
            throw InputErrors.of(e, "ocr.failed", InputErrors.name(file), "?");
        }
    }

    /** The words of Tesseract's TSV: level 5 rows with some text. */
    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !WORD_LEVEL.equals(c[0]) || c[11].isBlank()) {
                continue;
            }
            try {
                words.add(new OcrWord(c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4], Integer.parseInt(c[6]),
                        Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9]),
                        Float.parseFloat(c[10]), c[11].strip()));
            } catch (NumberFormatException e) {
                // A row we cannot read is a word less, not a failed reading.
            }
        }
        return words;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
