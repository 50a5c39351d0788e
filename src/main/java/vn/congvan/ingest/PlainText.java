package vn.congvan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.congvan.model.InputException;
import vn.congvan.text.Sizes;
import vn.congvan.text.VietnameseText;

/**
 * The plain text of a file a unit sent back (a report as .docx, .pdf or .txt), for reading statuses
 * out of it; not a dispatch reader. Untrusted input: the file's size is capped, and {@link UnpackGuard}
 * checks every compressed part before POI or PDFBox opens anything (a zip or Flate "bomb"), with the
 * same {@link InputLimits} as mail ({@link InputLimits#DEFAULT} unless given).
 */
public final class PlainText {
    /** A report is a few pages; a thousand-page PDF is not read to the end. */
    private static final int MAX_PDF_PAGES = 200;

    private final InputLimits limits;

    public PlainText(InputLimits limits) {
        this.limits = limits;
    }

    public PlainText() {
        this(InputLimits.DEFAULT);
    }

    /** Whether {@link #of} reads files named like this (.docx, .pdf, .txt). */
    public static boolean reads(String fileName) {
        return fileName != null && switch (extension(fileName)) {
            case "docx", "pdf", "txt" -> true;
            default -> false;
        };
    }

    /**
     * The text of {@code content}, NFC, by the format its name gives: at most {@link InputLimits#maxTextChars()}
     * characters, read within {@link InputLimits#maxTime()} ({@link ReadWatchdog}).
     *
     * @return empty for a format this class does not read
     * @throws InputException naming the file when it is too large, a likely bomb, or broken
     */
    public Optional<String> of(String fileName, byte[] content) {
        if (!reads(fileName)) {
            return Optional.empty();
        }
        Path name = Path.of(fileName);
        if (content.length > limits.maxFileBytes()) {
            throw InputErrors.of("plain.tooLarge", InputErrors.name(name), Sizes.of(limits.maxFileBytes()));
        }
        String text = ReadWatchdog.read(name, limits, () -> switch (extension(fileName)) {
            case "docx" -> docx(name, content);
            case "pdf" -> pdf(name, content);
            default -> Utf8Text.decode(name, content);
        });
        return Optional.of(text.length() > limits.maxTextChars() ? text.substring(0, limits.maxTextChars()) : text);
    }

    /**
     * What a unit's attached report says, for the reply reader: a BÁO CÁO in the official form gives only its
     * results ({@link ReportBack#itemText()}), any other file its whole text ({@link #of}). The same as reading
     * {@link #of} and then {@link DocumentReader#read(String, byte[])}, whose failure only means "not a report back";
     * a .docx is opened once for both (POI's opening is most of the cost), within one time limit.
     *
     * @throws InputException as {@link #of} does
     */
    public Optional<String> reportText(String fileName, byte[] content) {
        if (!extension(fileName).equals("docx") || !limits.equals(InputLimits.DEFAULT)) {
            return of(fileName, content).map(text -> reportItems(fileName, content).orElse(text));
        }
        Path name = Path.of(fileName);
        if (content.length > limits.maxFileBytes()) {
            throw InputErrors.of("plain.tooLarge", InputErrors.name(name), Sizes.of(limits.maxFileBytes()));
        }
        return Optional.of(ReadWatchdog.read(name, limits, () -> docxReport(name, content)));
    }

    /** As {@link #reportText} reads a report that is not a .docx: a second reading of the file. */
    private static Optional<String> reportItems(String fileName, byte[] content) {
        try {
            return ReportBack.of(new DocumentReader().read(fileName, content)).map(report -> report.itemText());
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The .docx's results as a report back, else its text as {@link #docx} gives it, from one reading. */
    private String docxReport(Path name, byte[] content) {
        String text;
        Optional<List<SourceLine>> items;
        checkZip(name, content);
        Optional<DocxBody> streamed = StreamedDocx.read(content);
        if (streamed.isPresent()) {
            text = limited(VietnameseText.clean(streamed.get().extractorText()));
            items = DocxSource.lines(streamed.get());
        } else {
            try (XWPFDocument doc = UnpackGuard.underPoiLimits(content, limits, XWPFDocument::new);
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                text = limited(VietnameseText.clean(extractor.getText()));
                // DocumentReader would sniff a zip that POI opened as a .docx, and read it as one.
                items = DocxSource.lines(name, doc);
            } catch (IOException | RuntimeException e) {
                throw InputErrors.of(e, "plain.broken", InputErrors.name(name));
            }
        }
        try {
            return items.flatMap(lines -> ReportBack.of(DocumentParser.parse(new SourceText(name, lines, true))))
                    .map(report -> report.itemText()).orElse(text);
        } catch (InputException notAReport) {
            return text;
        }
    }

    /**
     * The text of a .docx: read from its XML by {@link StreamedDocx} when it is a plain document, else by POI's
     * extractor (headers, footers, notes, comments …); the same text either way.
     */
    private String docx(Path name, byte[] content) {
        checkZip(name, content);
        Optional<DocxBody> streamed = StreamedDocx.read(content);
        if (streamed.isPresent()) {
            return VietnameseText.clean(streamed.get().extractorText());
        }
        try (XWPFDocument doc = UnpackGuard.underPoiLimits(content, limits, XWPFDocument::new);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return VietnameseText.clean(extractor.getText());
        } catch (IOException | RuntimeException e) {
            throw InputErrors.of(e, "plain.broken", InputErrors.name(name));
        }
    }

    /** {@link UnpackGuard}'s checks, before anything reads the file. */
    private void checkZip(Path name, byte[] content) {
        try {
            new UnpackGuard(limits).checkZip(content);
        } catch (UnpackRefused refused) {
            throw refused.bomb() ? InputErrors.bomb(name, limits, refused) : InputErrors.of(refused, "plain.broken", InputErrors.name(name));
        }
    }

    private String limited(String text) {
        return text.length() > limits.maxTextChars() ? text.substring(0, limits.maxTextChars()) : text;
    }

    private String pdf(Path name, byte[] content) {
        return PdfGuard.read(name, content, limits, "plain.broken", (pdf, pages) -> {
            PDFTextStripper stripper = new AbandonableStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            return VietnameseText.clean(stripper.getText(pdf));
        });
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
