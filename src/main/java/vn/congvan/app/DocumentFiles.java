package vn.congvan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import vn.congvan.ingest.DocumentReader;
import vn.congvan.ingest.GuardedOpening;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.render.DocxFormatChecker;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfFormatChecker;
import vn.congvan.render.PdfWriter;
import vn.congvan.render.RuleResult;
import vn.congvan.text.Messages;

/** Use cases "render" and "check": official documents out as PDF and DOCX, and their format verified. */
public final class DocumentFiles {
    private static final Messages MSG = Messages.of(DocumentFiles.class);

    private DocumentFiles() {
    }

    /** One Decree 30 rule checked: its title, whether the document meets it, and what was found. */
    public record CheckLine(String title, boolean ok, String detail) {
    }

    /** Any document we can read, written again in the official format; the PDF as PDF/A-2b when {@code pdfa}. */
    static List<Path> rerender(Path source, Set<OutputFormat> formats, Path outDir, boolean pdfa) {
        OfficialDocument doc = new DocumentReader().read(source);
        return write(doc, baseName(source), formats, outDir, pdfa);
    }

    /**
     * Writes {@code doc} as {@code outDir/base.pdf}, {@code .docx}; XLSX is not a format for a letter.
     *
     * @param pdfa whether the PDF is the archive's copy, PDF/A-2b
     */
    static List<Path> write(OfficialDocument doc, String base, Set<OutputFormat> formats, Path outDir, boolean pdfa) {
        if (formats.contains(OutputFormat.XLSX)) {
            throw new InputException(MSG.get("format.xlsxNotForDocuments"));
        }
        createFolder(outDir);
        Path pdf = outDir.resolve(base + ".pdf");
        Path docx = outDir.resolve(base + ".docx");
        boolean both = formats.contains(OutputFormat.PDF) && formats.contains(OutputFormat.DOCX);
        if (both && SecondWriter.AVAILABLE) {
            // The two files at once, the DOCX on the second processor: the PDF is most of the time.
            Future<?> second = SecondWriter.EXECUTOR.submit(() -> new DocxWriter().write(doc, docx));
            RuntimeException failed = null;
            try {
                new PdfWriter(pdfa).write(doc, pdf);
            } catch (RuntimeException e) {
                failed = e;
            } catch (Error e) {
                SecondWriter.await(second);
                throw e;
            }
            RuntimeException docxFailed = SecondWriter.await(second); // always waited for: no file left being written
            if (failed != null || docxFailed != null) {
                throw failed != null ? failed : docxFailed;
            }
            return List.of(pdf, docx);
        }
        List<Path> written = new ArrayList<>();
        if (formats.contains(OutputFormat.PDF)) {
            new PdfWriter(pdfa).write(doc, pdf);
            written.add(pdf);
        }
        if (formats.contains(OutputFormat.DOCX)) {
            new DocxWriter().write(doc, docx);
            written.add(docx);
        }
        return written;
    }

    /** One daemon thread, made when first needed, that writes a document's DOCX while its PDF is written. */
    private static final class SecondWriter {
        static final boolean AVAILABLE = Runtime.getRuntime().availableProcessors() > 1;
        static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "congvan-docx-writer");
            t.setDaemon(true);
            return t;
        });

        /** Waits for {@code work}; what it threw, or {@code null}. */
        static RuntimeException await(Future<?> work) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        work.get();
                        return null;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof RuntimeException r) {
                            return r;
                        }
                        if (cause instanceof Error err) {
                            throw err;
                        }
                        return new IllegalStateException(cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The Decree 30 rules, checked on a PDF or DOCX file. The file comes from outside: it is checked and
     * opened under the readers' limits (pages, nesting, unpacked size, time) before the checker reads it.
     */
    static List<CheckLine> check(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<RuleResult> results;
        if (name.endsWith(".pdf")) {
            results = GuardedOpening.run(file, () -> new PdfFormatChecker().check(file));
        } else if (name.endsWith(".docx")) {
            DocxFormatChecker.startLibrary(); // the library's start-up is not the file's time
            results = GuardedOpening.run(file, () -> new DocxFormatChecker().check(file));
        } else {
            throw new InputException(MSG.get("check.unsupported", file));
        }
        return results.stream().map(r -> new CheckLine(r.title(), r.ok(), r.detail())).toList();
    }

    static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(MSG.get("output.folder", dir, e.getMessage()), e);
        }
    }

    private static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
