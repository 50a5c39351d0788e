package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An mbox file, as Thunderbird keeps a folder (the file without extension next to a .msf) or exports it. */
public final class MboxSource implements MailSource {
    private final Path file;
    private final InputLimits limits;

    public MboxSource(Path file, InputLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    public MboxSource(Path file) {
        this(file, InputLimits.DEFAULT);
    }

    @Override
    public ReadSummary read(Consumer<IncomingMail> each) throws MailException {
        Messages messages = Messages.of(MboxSource.class);
        // Not only a regular file: a named pipe streams an mbox that is never on disk whole.
        if (!Files.exists(file) || Files.isDirectory(file)) {
            throw new MailException(messages.get("read.noSource", file));
        }
        IncomingMailParser parser = new IncomingMailParser(limits);
        List<Skipped> skipped = new ArrayList<>();
        int read = 0;
        try (InputStream in = Files.newInputStream(file); MboxReader mbox = new MboxReader(in, limits.maxMessageBytes())) {
            MboxReader.Entry e;
            while ((e = mbox.next()) != null) {
                String position = messages.get("position.mbox", file.getFileName(), e.index(), e.line());
                if (e.content() == null) {
                    skipped.add(new Skipped(position, messages.get("read.tooLarge",
                            Sizes.of(e.size()), Sizes.of(limits.maxMessageBytes()))));
                    continue;
                }
                try {
                    each.accept(parser.parse(e.content(), position, null));
                    read++;
                } catch (UnreadableMail u) {
                    skipped.add(new Skipped(position, u.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new MailException(messages.get("read.fileUnreadable", e.getMessage()), e);
        }
        return new ReadSummary(read, skipped, List.of(), null);
    }
}
