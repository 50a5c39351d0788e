package vn.congvan.ingest;

import vn.congvan.text.VietnameseText;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Text files are UTF-8 or refused: a NUL byte or an invalid sequence means binary or another encoding,
 * and guessing would put wrong diacritics into a dispatch.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The cleaned text (BOM, CRLF, no-break spaces, NFC) of {@code bytes}. */
    static String decode(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InputErrors.of("file.binary", InputErrors.name(file), lineAt(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw InputErrors.of("file.encoding", InputErrors.name(file), lineAt(bytes, in.position()));
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw InputErrors.of(e, "file.encoding", InputErrors.name(file), lineAt(bytes, bytes.length));
        }
        out.flip();
        return VietnameseText.clean(out.toString());
    }

    private static String lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return InputErrors.line(line);
    }
}
