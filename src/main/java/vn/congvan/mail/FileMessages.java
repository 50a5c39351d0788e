package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
                if (Files.size(file) > limits.maxMessageBytes()) {
                    skipped.add(new Skipped(position, MESSAGES.get("read.tooLarge",
                            Sizes.of(Files.size(file)), Sizes.of(limits.maxMessageBytes()))));
                    continue;
                }
                byte[] raw = Files.readAllBytes(file);
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
