package vn.congvan.ingest;

import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an official document from a file into the one document model. Formats: .md and .txt (text with
 * Markdown bold), .docx, .doc (Word 97–2003) and .pdf with a text layer. Every format only delivers clean
 * lines; one parser reads them all. The format is the one the content shows ({@link SniffedFormat}), so a
 * renamed file is read as what it is. A scan (an image-only PDF) or a photo (.png, .jpg) is refused with
 * {@link ScanFound}: {@link ScanReader} reads those by OCR.
 */
public final class DocumentReader {
    private static final Map<String, TextSource> SOURCES = Map.of(
            "md", new MarkdownSource(),
            "txt", new MarkdownSource(),
            "docx", new DocxSource(),
            "doc", new DocSource(),
            "pdf", new PdfSource());

    /**
     * @throws InputException with a Vietnamese message naming the file (and the line where it helps) when the
     *                        file is missing, empty, binary, of another format, or not a readable dispatch
     */
    public OfficialDocument read(Path file) {
        return read(file, document -> document);
    }

    /**
     * Reads {@code file} and goes on with {@code then} (the analyzer) under the same limits: the whole
     * reading runs under {@link ReadWatchdog}.
     */
    <T> T read(Path file, Function<OfficialDocument, T> then) {
        if (!Files.isRegularFile(file)) {
            throw InputErrors.of("file.missing", InputErrors.name(file));
        }
        TextSource source = SOURCES.get(extension(file));
        if (source == null && !ScanReader.isImage(file)) {
            throw InputErrors.of("file.extension", InputErrors.name(file), extension(file));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputErrors.of(e, "file.missing", InputErrors.name(file));
        } catch (IOException e) {
            throw InputErrors.of(e, "file.unreadable", InputErrors.name(file));
        }
        return read(file, content, then);
    }

    /**
     * Reads a document held in memory: the text the ledger keeps, an attachment of a mail.
     * {@code name} gives the format by its extension and names the document in messages.
     */
    public OfficialDocument read(String name, byte[] content) {
        return read(Path.of(name), content, document -> document);
    }

    <T> T read(Path file, byte[] content, Function<OfficialDocument, T> then) {
        if (ScanReader.isImage(file)) {
            throw new ScanFound(InputErrors.MESSAGES.get("file.image", InputErrors.name(file)));
        }
        String extension = extension(file);
        if (!SOURCES.containsKey(extension)) {
            throw InputErrors.of("file.extension", InputErrors.name(file), extension);
        }
        if (content.length == 0) {
            throw InputErrors.of("file.empty", InputErrors.name(file));
        }
        TextSource source = SOURCES.get(SniffedFormat.of(file, extension, content));
        return ReadWatchdog.read(file, InputLimits.DEFAULT,
                () -> then.apply(DocumentParser.parse(source.read(file, content))));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
