package vn.congvan.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.congvan.model.OfficialDocument;
import vn.congvan.render.MarkdownWriter;
import vn.congvan.text.VietnameseText;

/**
 * What the ledger keeps of an imported file: its bytes, and a text so that it stays self-contained —
 * the file itself when it is text, else the document written back as text (which reads back to the
 * same model).
 */
final class SourceFile {
    private SourceFile() {
    }

    /** The file's bytes, or null when it is missing or cannot be read (the reader then says why). */
    static byte[] bytesIfReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** @param bytes the file's content, as {@link #bytesIfReadable} read it */
    static String textOf(Path file, byte[] bytes, OfficialDocument parsed) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md"))) {
            return new MarkdownWriter().write(parsed);
        }
        try {
            return VietnameseText.clean(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            // Named .txt but read by its content as another format (a renamed PDF or DOCX).
            return new MarkdownWriter().write(parsed);
        }
    }
}
