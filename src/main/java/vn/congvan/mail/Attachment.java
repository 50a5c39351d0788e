package vn.congvan.mail;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseText;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file carried by a mail, outgoing or incoming.
 *
 * @param fileName    the name as the sender gave it, made safe ({@link Untrusted#fileName}: no control
 *                    characters, line breaks or path separators, so it can enter neither a header line
 *                    nor another folder); null for an unnamed part (a report part, say)
 * @param contentType the MIME type with its parameters, e.g. {@code application/pdf}
 * @param content     the decoded bytes; empty when the file was {@linkplain #streamed() streamed}
 * @param streamed    for an incoming file nothing reads (a photo, a video) and too large to hold: its size and hash,
 *                    measured as it streamed past, and where its body lies in the mail; null when the bytes are held
 */
public record Attachment(String fileName, String contentType, byte[] content, Streamed streamed) {
    private static final Messages MESSAGES = Messages.of(Attachment.class);

    /**
     * An incoming file that was hashed and measured as it was decoded, never held in memory.
     *
     * @param size     decoded bytes
     * @param sha256   SHA-256 of the decoded bytes, hex
     * @param rawStart where its encoded body starts in {@link IncomingMail#raw()}, or -1 when not known
     * @param rawEnd   where it ends (exclusive), or -1
     */
    public record Streamed(long size, String sha256, int rawStart, int rawEnd) {
        /** Whether its body can be cut from the raw mail. */
        boolean located() {
            return rawStart >= 0 && rawEnd >= rawStart;
        }
    }

    public Attachment {
        Objects.requireNonNull(contentType, "contentType");
        fileName = Untrusted.fileName(fileName);
        content = streamed == null ? content.clone() : new byte[0];
    }

    /** A file whose bytes are held. */
    public Attachment(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, content, null);
    }

    /** A file held in memory; the MIME type follows the extension of its name. */
    public static Attachment named(String fileName, byte[] content) {
        return new Attachment(fileName, MimeTypes.forFileName(fileName), content);
    }

    /** Reads a file to attach; the MIME type follows its extension. */
    public static Attachment of(Path file) {
        try {
            String name = file.getFileName().toString();
            return new Attachment(name, MimeTypes.forFileName(name), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(MESSAGES.get("attachment.unreadable", file, e.getMessage()), e);
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Decoded bytes, also of a streamed file. */
    public long size() {
        return streamed == null ? content.length : streamed.size();
    }

    /** Whether the bytes are held ({@link #content()}); a streamed file has only its size and hash. */
    public boolean held() {
        return streamed == null;
    }

    /** The base type in lower case, without parameters ("text/plain"). */
    public String baseType() {
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        }
    }

    /** The text of a text/* attachment (charset from its type, UTF-8 when none or unknown), NFC. */
    public Optional<String> text() {
        if (!baseType().startsWith("text/")) {
            return Optional.empty();
        }
        Charset charset = StandardCharsets.UTF_8;
        try {
            String declared = new ContentType(contentType).getParameter("charset");
            if (declared != null) {
                charset = Charset.forName(MimeUtility.javaCharset(declared));
            }
        } catch (ParseException | IllegalArgumentException e) {
            // keep UTF-8: a wrong label should not hide a report the unit sent
        }
        return Optional.of(VietnameseText.clean(new String(content, charset)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && Objects.equals(fileName, a.fileName)
                && contentType.equals(a.contentType) && Arrays.equals(content, a.content) && Objects.equals(streamed, a.streamed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content), streamed);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + size() + " bytes" + (held() ? "" : ", streamed") + "]";
    }
}
