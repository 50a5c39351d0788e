package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A maildir folder: the mails in {@code cur/} and {@code new/} (never {@code tmp/}, where deliveries
 * are still being written), oldest first since maildir names begin with the delivery time.
 */
public final class MaildirSource implements MailSource {
    private final Path maildir;
    private final InputLimits limits;

    public MaildirSource(Path maildir, InputLimits limits) {
        this.maildir = maildir;
        this.limits = limits;
    }

    public MaildirSource(Path maildir) {
        this(maildir, InputLimits.DEFAULT);
    }

    @Override
    public ReadSummary read(Consumer<IncomingMail> each) throws MailException {
        return UnparsedMail.parseEach(this, each);
    }

    @Override
    public ReadSummary readUnparsed(Consumer<UnparsedMail> each) throws MailException {
        Messages messages = Messages.of(MaildirSource.class);
        Path cur = maildir.resolve("cur");
        Path fresh = maildir.resolve("new");
        if (!Files.isDirectory(cur) && !Files.isDirectory(fresh)) {
            throw new MailException(messages.get("read.noSource", cur + ", " + fresh));
        }
        try {
            List<FileMessages.Listed> files = new ArrayList<>();
            for (Path dir : List.of(cur, fresh)) {
                if (Files.isDirectory(dir)) {
                    files.addAll(FileMessages.list(dir, n -> true));
                }
            }
            files.sort(Comparator.comparing(f -> f.path().getFileName().toString()));
            return FileMessages.readUnparsed(files, maildir, limits, true, each);
        } catch (IOException e) {
            throw new MailException(messages.get("read.fileUnreadable", e.getMessage()), e);
        }
    }
}
