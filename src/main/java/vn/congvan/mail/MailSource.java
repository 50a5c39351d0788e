package vn.congvan.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A place mails are read from: an IMAP folder, an mbox file, a maildir, .eml files. */
public interface MailSource {
    /**
     * Hands each readable mail to {@code each} in order, as soon as it is read, so the caller can
     * record it before the next one. A mail that cannot be read is skipped with a reason; a lost
     * connection ends the read with the rest listed as not read. Nothing is changed in the source.
     *
     * @throws MailException the source cannot be opened at all (no such file, login refused …)
     */
    ReadSummary read(Consumer<IncomingMail> each) throws MailException;

    /** Reads everything into memory; for small folders and tests. */
    default MailBatch readAll() throws MailException {
        List<IncomingMail> mails = new ArrayList<>();
        ReadSummary summary = read(mails::add);
        return new MailBatch(mails, summary);
    }
}
