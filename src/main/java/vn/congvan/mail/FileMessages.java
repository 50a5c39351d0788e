package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Reads mails stored one per file (.eml, maildir); a bad file is skipped, the others are read. */
final class FileMessages {
    private static final Messages MESSAGES = Messages.of(FileMessages.class);

    private FileMessages() {
    }

    /**
     * Hands each file's mail over unparsed, in order ({@link MailSource#readUnparsed}); a file too large or that
     * cannot be read is handed over refused, in its place.
     */
    static ReadSummary readUnparsed(List<Path> files, Path base, InputLimits limits, boolean fileTimeIsReceived,
                                    Consumer<UnparsedMail> each) {
        IncomingMailParser parser = new IncomingMailParser(limits);
        for (Path file : files) {
            String position = MESSAGES.get("position.file", base == null ? file.getFileName() : base.relativize(file));
            UnparsedMail mail;
            try {
                byte[] raw = contents(file, limits.maxMessageBytes());
                if (raw == null) {
                    mail = UnparsedMail.refused(position, MESSAGES.get("read.tooLarge",
                            Sizes.of(Files.size(file)), Sizes.of(limits.maxMessageBytes())));
                } else {
                    Instant received = fileTimeIsReceived ? Files.getLastModifiedTime(file).toInstant() : null;
                    mail = UnparsedMail.of(raw, position, received, parser);
                }
            } catch (IOException e) {
                mail = UnparsedMail.refused(position, MESSAGES.get("read.fileUnreadable", e.getMessage()));
            }
            each.accept(mail);
        }
        return new ReadSummary(files.size(), List.of(), List.of(), null);
    }

    /**
     * The file's bytes, read once into an array of its size (one open, one size, one read), or null when it is
     * larger than {@code max}. A file that grows meanwhile is read up to the size it had when opened.
     */
    static byte[] contents(Path file, long max) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > max) {
                return null;
            }
            byte[] raw = new byte[(int) size];
            ByteBuffer into = ByteBuffer.wrap(raw);
            while (into.hasRemaining() && channel.read(into) >= 0) {
                // until full, or the end of a file that shrank meanwhile
            }
            return into.hasRemaining() ? Arrays.copyOf(raw, into.position()) : raw;
        }
    }

    /** The regular, visible files of {@code dir} whose names pass {@code accept}, sorted by name. */
    static List<Path> list(Path dir, java.util.function.Predicate<String> accept) throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> accept.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}
