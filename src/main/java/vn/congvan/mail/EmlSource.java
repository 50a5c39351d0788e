package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One .eml file, or every .eml file of a folder (not its subfolders), in file-name order. */
public final class EmlSource implements MailSource {
    private final Path path;
    private final InputLimits limits;

    public EmlSource(Path fileOrFolder, InputLimits limits) {
        this.path = fileOrFolder;
        this.limits = limits;
    }

    public EmlSource(Path fileOrFolder) {
        this(fileOrFolder, InputLimits.DEFAULT);
    }

    @Override
    public ReadSummary read(Consumer<IncomingMail> each) throws MailException {
        return UnparsedMail.parseEach(this, each);
    }

    @Override
    public ReadSummary readUnparsed(Consumer<UnparsedMail> each) throws MailException {
        Messages messages = Messages.of(EmlSource.class);
        if (!Files.exists(path)) {
            throw new MailException(messages.get("read.noSource", path));
        }
        try {
            List<FileMessages.Listed> files = Files.isDirectory(path)
                    ? FileMessages.list(path, n -> n.toLowerCase(Locale.ROOT).endsWith(".eml"))
                    : List.of(FileMessages.Listed.of(path));
            return FileMessages.readUnparsed(files, Files.isDirectory(path) ? path : null, limits, false, each);
        } catch (IOException e) {
            throw new MailException(messages.get("read.fileUnreadable", e.getMessage()), e);
        }
    }
}
