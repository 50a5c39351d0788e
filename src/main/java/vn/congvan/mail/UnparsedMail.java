package vn.congvan.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import vn.congvan.text.Messages;

/**
 * One mail as its source found it, parsed only when asked ({@link MailSource#readUnparsed}): collect parses it on
 * its reading pool, not on the thread that records. Parsing one mail depends on nothing but its bytes, so the mails
 * of one source may be parsed on several threads at once.
 */
public final class UnparsedMail {
    private static final Messages MESSAGES = Messages.of(UnparsedMail.class);
    /** The parsed mail, or (exactly one of the two) why it is not read: what {@link MailSource#read} lists as skipped. */
    public record Parsed(IncomingMail mail, Skipped skipped) {
    }

    /** How a mail still to be read (a file) is read: into a mail to parse, or one refused, as its source would hand it. */
    interface Later {
        UnparsedMail read();
    }

    private final byte[] raw;
    private final String position;
    private final Instant received;
    private final IncomingMailParser parser;
    private final Parsed done;
    private final Later later;
    /** The size a mail still to be read is counted at while in flight. */
    private final long laterSize;

    private UnparsedMail(byte[] raw, String position, Instant received, IncomingMailParser parser, Parsed done) {
        this(raw, position, received, parser, done, null, 0);
    }

    private UnparsedMail(byte[] raw, String position, Instant received, IncomingMailParser parser, Parsed done, Later later,
                         long laterSize) {
        this.raw = raw;
        this.position = position;
        this.received = received;
        this.parser = parser;
        this.done = done;
        this.later = later;
        this.laterSize = laterSize;
    }

    static UnparsedMail of(byte[] raw, String position, Instant received, IncomingMailParser parser) {
        return new UnparsedMail(raw, position, received, parser, null);
    }

    /** A mail refused before parsing (too large, a file that cannot be read), handed over to keep its place in the order. */
    static UnparsedMail refused(String position, String reason) {
        return new UnparsedMail(null, position, null, null, new Parsed(null, new Skipped(position, reason)));
    }

    /**
     * A mail not read yet (a file): read as well as parsed by {@link #parse}, on the thread that parses it, so that the
     * thread handing the mails over only lists them. What reading it refuses (too large, unreadable) is skipped with the
     * reason the source gives, in the mail's place, as when the source read it itself.
     *
     * @param size what the mail counts for in flight before it is read (its file's size as listed)
     */
    static UnparsedMail later(long size, Later read) {
        return new UnparsedMail(null, null, null, null, null, read, size);
    }

    /** A mail its source parsed itself. */
    static UnparsedMail parsed(IncomingMail mail) {
        return new UnparsedMail(null, mail.position(), null, null, new Parsed(mail, null));
    }

    /** The mail's size in bytes as it came (0 for one refused before it was read; a file's listed size before it is read). */
    public long size() {
        if (later != null) {
            return laterSize;
        }
        if (raw != null) {
            return raw.length;
        }
        return done.mail() == null || done.mail().raw() == null ? 0 : done.mail().raw().length;
    }

    /** Parses the mail, with every limit of its source's {@code InputLimits}; on any thread. */
    public Parsed parse() {
        if (later != null) {
            return later.read().parse();
        }
        if (done != null) {
            return done;
        }
        try {
            return new Parsed(parser.parse(raw, position, received), null);
        } catch (UnreadableMail e) {
            return new Parsed(null, new Skipped(position, e.getMessage()));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Within the limits a mail still fits the heap; should one not, what it held is garbage once this
            // returns: it is skipped with its reason and the others are read, as for a file (ReadWatchdog).
            return new Parsed(null, new Skipped(position, MESSAGES.get("read.outOfMemory")));
        }
    }

    /** {@link MailSource#read} of a source that hands its mails unparsed: each parsed here, in order. */
    static ReadSummary parseEach(MailSource source, Consumer<IncomingMail> each) throws MailException {
        List<Skipped> unreadable = new ArrayList<>();
        ReadSummary summary = source.readUnparsed(u -> {
            Parsed p = u.parse();
            if (p.mail() != null) {
                each.accept(p.mail());
            } else {
                unreadable.add(p.skipped());
            }
        });
        return summary.afterParsing(unreadable);
    }
}
