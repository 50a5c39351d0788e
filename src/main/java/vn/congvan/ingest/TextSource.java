package vn.congvan.ingest;

import java.nio.file.Path;

/** One input format: turns a file into clean lines with styled runs, for the one shared parser. */
interface TextSource {
    /** Reads {@code file} (known to exist); throws {@link vn.congvan.model.InputException} for bad content. */
    SourceText read(Path file, byte[] content);
}
