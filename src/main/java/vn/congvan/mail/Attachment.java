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
 * @param content     the decoded bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {
    private static final Messages MESSAGES = Messages.of(Attachment.class);

    public Attachment {
        Objects.requireNonNull(contentType, "contentType");
        fileName = Untrusted.fileName(fileName);
        content = content.clone();
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

    public int size() {
        return content.length;
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
                && contentType.equals(a.contentType) && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
