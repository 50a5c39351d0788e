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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Reads mails stored one per file (.eml, maildir); a bad file is skipped, the others are read. */
final class FileMessages {
    private static final Messages MESSAGES = Messages.of(FileMessages.class);

    private FileMessages() {
    }

    static ReadSummary read(List<Path> files, Path base, InputLimits limits, boolean fileTimeIsReceived,
                            Consumer<IncomingMail> each) {
        IncomingMailParser parser = new IncomingMailParser(limits);
        List<Skipped> skipped = new ArrayList<>();
        int read = 0;
        for (Path file : files) {
            String position = MESSAGES.get("position.file", base == null ? file.getFileName() : base.relativize(file));
            try {
                byte[] raw = contents(file, limits.maxMessageBytes());
                if (raw == null) {
                    skipped.add(new Skipped(position, MESSAGES.get("read.tooLarge",
                            Sizes.of(Files.size(file)), Sizes.of(limits.maxMessageBytes()))));
                    continue;
                }
                Instant received = fileTimeIsReceived ? Files.getLastModifiedTime(file).toInstant() : null;
                IncomingMail mail = parser.parse(raw, position, received);
                each.accept(mail);
                read++;
            } catch (IOException e) {
                skipped.add(new Skipped(position, MESSAGES.get("read.fileUnreadable", e.getMessage())));
            } catch (UnreadableMail e) {
                skipped.add(new Skipped(position, e.getMessage()));
            }
        }
        return new ReadSummary(read, skipped, List.of(), null);
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
