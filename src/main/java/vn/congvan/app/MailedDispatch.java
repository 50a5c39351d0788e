package vn.congvan.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.mail.Attachment;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.MailException;
import vn.congvan.mail.ReadSummary;
import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;

/**
 * A dispatch that arrived as the attachment of a mail (an {@code .eml} file): the attachment that reads as a
 * dispatch, the others and why they were not taken, and the mail's sender and date, kept as evidence of
 * receipt.
 *
 * @param dispatch   the dispatch read from the chosen attachment
 * @param attachment the chosen attachment's file name, cleaned
 * @param content    the chosen attachment as received
 * @param passedOver the other document attachments, each with why it was not taken
 * @param sender     the mail's sender address, or null
 * @param sentDate   the mail's Date, or null
 * @param messageId  the mail's Message-ID, or null
 */
public record MailedDispatch(Dispatch dispatch, String attachment, byte[] content, List<PassedOver> passedOver,
                             String sender, Instant sentDate, String messageId) {
    private static final Messages MSG = Messages.of(MailedDispatch.class);
    /** The formats a dispatch is sent in; pictures and signatures beside it are not tried. */
    private static final List<String> DOCUMENT_EXTENSIONS = List.of(".pdf", ".docx", ".doc");
    /** Vietnam's time, as the clerk reads the mail's date. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneOffset.ofHours(7));

    public MailedDispatch {
        passedOver = List.copyOf(passedOver);
    }

    /** An attachment that was not read as the dispatch, and why (Vietnamese). */
    public record PassedOver(String name, String reason) {
    }

    static boolean isMail(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml");
    }

    /**
     * Reads the mail and the first of its PDF, DOCX or DOC attachments that is a dispatch.
     *
     * @throws InputException naming the file when it is no readable mail, has no such attachment, or none of
     *                        them is a dispatch (with each one's reason)
     */
    static MailedDispatch read(Path eml) {
        IncomingMail mail = mail(eml);
        List<Attachment> documents = mail.attachments().stream().filter(MailedDispatch::isDocument).toList();
        if (documents.isEmpty()) {
            throw new InputException(MSG.get("mail.noAttachment", name(eml)));
        }
        List<PassedOver> passedOver = new ArrayList<>();
        MailedDispatch chosen = null;
        for (Attachment a : documents) {
            String name = Untrusted.fileName(a.fileName());
            if (chosen != null) {
                passedOver.add(new PassedOver(name, MSG.get("mail.notNeeded", chosen.attachment())));
                continue;
            }
            try {
                Dispatch d = new DispatchReader().read(name, a.content());
                chosen = new MailedDispatch(d, name, a.content(), List.of(), mail.fromAddress(), mail.sentDate(),
                        mail.messageId());
            } catch (InputException e) {
                passedOver.add(new PassedOver(name, e.getMessage()));
            }
        }
        if (chosen == null) {
            throw new InputException(MSG.get("mail.noDispatch", name(eml), String.join(" ",
                    passedOver.stream().map(PassedOver::reason).toList())));
        }
        return new MailedDispatch(chosen.dispatch(), chosen.attachment(), chosen.content(), passedOver, chosen.sender(),
                chosen.sentDate(), chosen.messageId());
    }

    /** How the import is recorded: which attachment of which mail, from whom and when. */
    public String evidence() {
        return MSG.get("mail.evidence", attachment, sender == null ? MSG.get("mail.unknownSender") : sender,
                sentDate == null ? MSG.get("mail.unknownDate") : SHOWN.format(sentDate),
                messageId == null ? "" : " " + Untrusted.header(messageId));
    }

    private static IncomingMail mail(Path eml) {
        List<IncomingMail> read = new ArrayList<>();
        ReadSummary summary;
        try {
            summary = new EmlSource(eml).read(read::add);
        } catch (MailException e) {
            throw new InputException(MSG.get("mail.unreadable", name(eml), e.getMessage()), e);
        }
        if (read.isEmpty()) {
            String reason = summary.skipped().isEmpty() ? "" : summary.skipped().get(0).reason();
            throw new InputException(MSG.get("mail.unreadable", name(eml), reason));
        }
        return read.get(0);
    }

    private static boolean isDocument(Attachment a) {
        String name = a.fileName() == null ? "" : a.fileName().toLowerCase(Locale.ROOT);
        return DOCUMENT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static String name(Path file) {
        return Untrusted.fileName(String.valueOf(file.getFileName()));
    }
}
