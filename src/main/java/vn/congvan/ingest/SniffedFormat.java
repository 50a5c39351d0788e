package vn.congvan.ingest;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The format a file's first bytes show, which wins over its extension: offices rename files ("a .pdf
 * saved as .docx", a DOCX kept as .doc), and the true reason is what the clerk needs when it cannot be read.
 */
final class SniffedFormat {
    /** Enough of the start of a text file to tell it from a binary one. */
    private static final int TEXT_PROBE = 4096;

    private SniffedFormat() {
    }

    /**
     * The extension to read {@code content} as: the one its content shows, else {@code extension} itself.
     *
     * @throws vn.congvan.model.InputException when the content is a format congvan does not read (RTF, a web
     *                                         page, an image), naming it
     */
    static String of(Path file, String extension, byte[] content) {
        FileMagic magic = FileMagic.valueOf(content);
        switch (magic) {
            case PDF:
                return "pdf";
            case OOXML:
                return "docx";
            case OLE2:
                return "doc";
            case RTF:
                throw InputErrors.of("file.rtf", InputErrors.name(file), extension);
            case HTML:
                throw InputErrors.of("file.html", InputErrors.name(file), extension);
            case JPEG, PNG, GIF, TIFF, BMP:
                throw InputErrors.of("file.imageRenamed", InputErrors.name(file), extension, magic.name());
            default:
                return isOfficeExtension(extension) && looksLikeText(content) ? "txt" : extension;
        }
    }

    private static boolean isOfficeExtension(String extension) {
        return extension.equals("pdf") || extension.equals("docx") || extension.equals("doc");
    }

    /** UTF-8 without NUL in its first bytes (a cut at the end may split a character: that is allowed). */
    private static boolean looksLikeText(byte[] content) {
        byte[] start = Arrays.copyOf(content, Math.min(content.length, TEXT_PROBE));
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
        }
        int end = start.length;
        // Drop a character cut by the probe's end.
        while (end > 0 && end > start.length - 4 && (start[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (start[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(start, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
