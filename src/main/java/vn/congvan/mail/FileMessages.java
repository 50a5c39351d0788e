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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Reads mails stored one per file (.eml, maildir); a bad file is skipped, the others are read. */
final class FileMessages {
    private static final Messages MESSAGES = Messages.of(FileMessages.class);

    private FileMessages() {
    }

    /**
     * Hands each file's mail over unparsed and not yet read, in order ({@link MailSource#readUnparsed}): the thread that
     * parses it reads it ({@link UnparsedMail#later}); a file too large or that cannot be read is refused then, in its
     * place, with the reason reading it here gave.
     */
    static ReadSummary readUnparsed(List<Listed> files, Path base, InputLimits limits, boolean fileTimeIsReceived,
                                    Consumer<UnparsedMail> each) {
        IncomingMailParser parser = new IncomingMailParser(limits);
        for (Listed listed : files) {
            // A file over the limit is refused unread: it holds nothing in flight.
            long inFlight = listed.size() > limits.maxMessageBytes() ? 0 : listed.size();
            each.accept(UnparsedMail.later(inFlight, () -> read(listed.path(), base, limits, fileTimeIsReceived, parser)));
        }
        return new ReadSummary(files.size(), List.of(), List.of(), null);
    }

    /** One file's mail, read; refused when too large or unreadable. */
    private static UnparsedMail read(Path file, Path base, InputLimits limits, boolean fileTimeIsReceived,
                                     IncomingMailParser parser) {
        String position = MESSAGES.get("position.file", base == null ? file.getFileName() : base.relativize(file));
        try {
            byte[] raw = contents(file, limits.maxMessageBytes());
            if (raw == null) {
                return UnparsedMail.refused(position, MESSAGES.get("read.tooLarge",
                        Sizes.of(Files.size(file)), Sizes.of(limits.maxMessageBytes())));
            }
            Instant received = fileTimeIsReceived ? Files.getLastModifiedTime(file).toInstant() : null;
            return UnparsedMail.of(raw, position, received, parser);
        } catch (IOException e) {
            return UnparsedMail.refused(position, MESSAGES.get("read.fileUnreadable", e.getMessage()));
        }
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

    /** A file found in a folder, with its size then. */
    record Listed(Path path, long size) {
        /** One file named by the user; its size 0 when it cannot be read (reading it says why). */
        static Listed of(Path file) {
            try {
                return new Listed(file, Files.size(file));
            } catch (IOException e) {
                return new Listed(file, 0);
            }
        }
    }

    /** The regular, visible files of {@code dir} whose names pass {@code accept}, sorted by name, each with its size. */
    static List<Listed> list(Path dir, java.util.function.Predicate<String> accept) throws IOException {
        List<Listed> files = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            for (Path p : (Iterable<Path>) stream::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !accept.test(name)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    // One look at the file gives both what it is and its size.
                    attributes = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue;
                }
                if (attributes.isRegularFile()) {
                    files.add(new Listed(p, attributes.size()));
                }
            }
        }
        files.sort(java.util.Comparator.comparing(Listed::path));
        return files;
    }
}
