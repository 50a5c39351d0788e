package vn.congvan.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One mail as its source found it, parsed only when asked ({@link MailSource#readUnparsed}): collect parses it on
 * its reading pool, not on the thread that records. Parsing one mail depends on nothing but its bytes, so the mails
 * of one source may be parsed on several threads at once.
 */
public final class UnparsedMail {
    /** The parsed mail, or (exactly one of the two) why it is not read: what {@link MailSource#read} lists as skipped. */
    public record Parsed(IncomingMail mail, Skipped skipped) {
    }

    private final byte[] raw;
    private final String position;
    private final Instant received;
    private final IncomingMailParser parser;
    private final Parsed done;

    private UnparsedMail(byte[] raw, String position, Instant received, IncomingMailParser parser, Parsed done) {
        this.raw = raw;
        this.position = position;
        this.received = received;
        this.parser = parser;
        this.done = done;
    }

    static UnparsedMail of(byte[] raw, String position, Instant received, IncomingMailParser parser) {
        return new UnparsedMail(raw, position, received, parser, null);
    }

    /** A mail refused before parsing (too large, a file that cannot be read), handed over to keep its place in the order. */
    static UnparsedMail refused(String position, String reason) {
        return new UnparsedMail(null, position, null, null, new Parsed(null, new Skipped(position, reason)));
    }

    /** A mail its source parsed itself. */
    static UnparsedMail parsed(IncomingMail mail) {
        return new UnparsedMail(null, mail.position(), null, null, new Parsed(mail, null));
    }

    /** The mail's size in bytes as it came (0 for one refused before it was read). */
    public long size() {
        if (raw != null) {
            return raw.length;
        }
        return done.mail() == null || done.mail().raw() == null ? 0 : done.mail().raw().length;
    }

    /** Parses the mail, with every limit of its source's {@code InputLimits}; on any thread. */
    public Parsed parse() {
        if (done != null) {
            return done;
        }
        try {
            return new Parsed(parser.parse(raw, position, received), null);
        } catch (UnreadableMail e) {
            return new Parsed(null, new Skipped(position, e.getMessage()));
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
