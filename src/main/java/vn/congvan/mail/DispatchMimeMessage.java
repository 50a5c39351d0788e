package vn.congvan.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage that keeps the Message-ID we chose; plain MimeMessage replaces it on every saveChanges(). */
final class DispatchMimeMessage extends MimeMessage {
    private final String messageId;

    DispatchMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
