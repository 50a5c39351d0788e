package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return UnparsedMail.parseEach(this, each);
    }

    @Override
    public ReadSummary readUnparsed(Consumer<UnparsedMail> each) throws MailException {
        Messages messages = Messages.of(MboxSource.class);
        // Not only a regular file: a named pipe streams an mbox that is never on disk whole.
        if (!Files.exists(file) || Files.isDirectory(file)) {
            throw new MailException(messages.get("read.noSource", file));
        }
        IncomingMailParser parser = new IncomingMailParser(limits);
        int read = 0;
        try (InputStream in = Files.newInputStream(file); MboxReader mbox = new MboxReader(in, limits.maxMessageBytes())) {
            MboxReader.Entry e;
            while ((e = mbox.next()) != null) {
                String position = messages.get("position.mbox", file.getFileName(), e.index(), e.line());
                each.accept(e.content() == null
                        ? UnparsedMail.refused(position, messages.get("read.tooLarge", Sizes.of(e.size()), Sizes.of(limits.maxMessageBytes())))
                        : UnparsedMail.of(e.content(), position, null, parser));
                read++;
            }
        } catch (IOException e) {
            throw new MailException(messages.get("read.fileUnreadable", e.getMessage()), e);
        }
        return new ReadSummary(read, List.of(), List.of(), null);
    }
}
