package vn.congvan.mail;

import java.util.List;

/** Every mail a source yielded, with the summary of the read. */
public record MailBatch(List<IncomingMail> mails, ReadSummary summary) {
    public MailBatch {
        mails = List.copyOf(mails);
    }
}
