package vn.congvan.mail;

import vn.congvan.text.Messages;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The default transport, with nothing to install: each message becomes an {@code .eml} file in the
 * outbox folder, named from the unit code and the Message-ID, which Thunderbird or Outlook opens and
 * a clerk can send by hand. A file appears whole or not at all (written aside, then moved); what a killed
 * run left aside is removed before the next message ({@link LeftoverParts}).
 */
public final class OutboxTransport implements MailTransport {
    private static final Messages MESSAGES = Messages.of(OutboxTransport.class);
    private static final String PART_PREFIX = ".outbox-";
    private final Path outbox;

    public OutboxTransport(Path outbox) {
        this.outbox = outbox;
    }

    public Path folder() {
        return outbox;
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        Path tmp = null;
        try {
            if (message.getMessageID() == null) {
                // A message nobody saved yet gets its headers now; a saved one keeps the Message-ID the app recorded.
                message.saveChanges();
            }
            Files.createDirectories(outbox);
            LeftoverParts.remove(outbox, PART_PREFIX);
            Path target = outbox.resolve(fileName(message));
            tmp = Files.createTempFile(outbox, PART_PREFIX, ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                message.writeTo(out);
            }
            move(tmp, target);
        } catch (IOException | MessagingException e) {
            deleteQuietly(tmp);
            throw new MailException(MESSAGES.get("outbox.failed", outbox, e.getMessage()), e);
        }
    }

    /** e.g. {@code P-DUCTHANG_cv.1a2b3c4d5e.p-ducthang.20190822010000000@phanthiet.example.eml}. */
    static String fileName(MimeMessage m) throws MessagingException {
        String unit = m.getHeader(DispatchMailComposer.UNIT_HEADER, null);
        String id = m.getMessageID();
        String unitPart = unit == null ? "thu" : safe(unit);
        return unitPart + "_" + (id == null ? Long.toString(System.nanoTime()) : safe(id.replaceAll("[<>]", ""))) + ".eml";
    }

    private static String safe(String s) {
        return s.strip().replaceAll("[^A-Za-z0-9._@-]+", "_");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temp file is hidden and named .part; nothing reads it
            }
        }
    }
}
