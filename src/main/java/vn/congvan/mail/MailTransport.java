package vn.congvan.mail;

import jakarta.mail.internet.MimeMessage;

/** Where composed mail goes: the local outbox by default, or an SMTP server. */
public interface MailTransport {
    /**
     * Sends (or stores) one message.
     *
     * @throws MailException with a Vietnamese reason the clerk can act on; other messages may still be sent
     */
    void send(MimeMessage message) throws MailException;
}
