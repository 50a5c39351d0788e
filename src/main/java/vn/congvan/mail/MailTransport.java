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

    /**
     * Reaches the server and logs in before the first mail, so that a failure of the office's own (a wrong
     * password, a server that cannot be reached) is told once and is not recorded as every unit's failure.
     * Where nothing needs reaching (the outbox), nothing happens.
     *
     * @throws MailException with a Vietnamese reason the clerk can act on
     */
    default void open() throws MailException {
    }
}
