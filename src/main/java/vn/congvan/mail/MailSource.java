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

    /**
     * Hands each mail to {@code each} in order before it is parsed, so that the caller may parse it on another thread
     * ({@link UnparsedMail#parse}). The summary counts as read every mail handed over, also those that will not parse
     * or were refused before parsing (handed over too, to keep their place); {@link ReadSummary#afterParsing} gives
     * the summary {@link #read} would give. A source that parses as it reads (IMAP) hands over its parsed mails.
     */
    default ReadSummary readUnparsed(Consumer<UnparsedMail> each) throws MailException {
        return read(mail -> each.accept(UnparsedMail.parsed(mail)));
    }

    /** Reads everything into memory; for small folders and tests. */
    default MailBatch readAll() throws MailException {
        List<IncomingMail> mails = new ArrayList<>();
        ReadSummary summary = read(mails::add);
        return new MailBatch(mails, summary);
    }
}
