package vn.congvan.ingest;

import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;

import java.nio.file.Path;

/** A dispatch from a file: {@link DocumentReader} then {@link DispatchAnalyzer}. */
public final class DispatchReader {
    private final DocumentReader reader = new DocumentReader();
    private final DispatchAnalyzer analyzer = new DispatchAnalyzer();

    /**
     * @throws InputException with a Vietnamese message naming the file and what is wrong
     */
    public Dispatch read(Path file) {
        return reader.read(file, analyzer::analyze);
    }

    /** A dispatch held in memory; see {@link DocumentReader#read(String, byte[])}. */
    public Dispatch read(String name, byte[] content) {
        return reader.read(Path.of(name), content, analyzer::analyze);
    }
}
