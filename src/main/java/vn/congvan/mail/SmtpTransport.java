package vn.congvan.mail;

import vn.congvan.text.Messages;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;

/**
 * Sends over SMTP (SMTPS, STARTTLS or plain to a local relay), keeping one connection for a batch and
 * reconnecting after a drop. The password is asked once. After the server refuses the login, later
 * sends fail at once without asking the server again, so a wrong password cannot lock the account.
 */
public final class SmtpTransport implements MailTransport, AutoCloseable {
    private final ServerSettings server;
    private final PasswordSource passwords;
    private final Session session;
    private Transport transport;
    private char[] password;
    private String loginRefused;
    private String unreachable;

    /** Failures to reach the server at all, as opposed to a refused address or a dropped connection. */
    private static final java.util.Set<MailErrors.Kind> SERVER_DOWN =
            java.util.EnumSet.of(MailErrors.Kind.UNKNOWN_HOST, MailErrors.Kind.CANNOT_CONNECT, MailErrors.Kind.TLS);

    public SmtpTransport(ServerSettings server, PasswordSource passwords) {
        this.server = server;
        this.passwords = passwords;
        this.session = MailSessions.smtp(server);
    }

    @Override
    public void send(MimeMessage message) throws MailException {
        if (loginRefused != null) {
            throw new MailException(loginRefused);
        }
        if (unreachable != null) {
            // A server that cannot be reached now will not be reached for the next unit either:
            // fail at once rather than wait out the connect timeout once per unit.
            throw new MailException(unreachable);
        }
        try {
            if (message.getMessageID() == null) {
                message.saveChanges();
            }
            connect();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    @Override
    public void open() throws MailException {
        if (loginRefused != null || unreachable != null) {
            throw new MailException(loginRefused != null ? loginRefused : unreachable);
        }
        try {
            connect();
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /** The failure as the clerk reads it; a refused login or an unreachable server is remembered for the batch. */
    private MailException failure(MessagingException e) {
        String reason = MailErrors.describe(e, server);
        MailErrors.Kind kind = MailErrors.kind(e);
        if (kind == MailErrors.Kind.DROPPED) {
            reason += " " + Messages.of(SmtpTransport.class).get("send.droppedHint");
        }
        if (kind == MailErrors.Kind.AUTH) {
            loginRefused = reason;
        }
        if (transport == null && SERVER_DOWN.contains(kind)) {
            unreachable = reason;
        }
        if (transport != null && !transport.isConnected()) {
            transport = null;
        }
        return new MailException(reason, e);
    }

    private void connect() throws MessagingException, MailException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        Transport t = session.getTransport(MailSessions.smtpProtocol(server));
        if (server.username() == null) {
            t.connect();
        } else {
            if (password == null) {
                password = passwords.password();
            }
            t.connect(server.host(), server.port(), server.username(), new String(password));
        }
        transport = t;
    }

    @Override
    public void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the batch is over; a failed QUIT changes nothing that was sent
            }
            transport = null;
        }
    }

    @Override
    public String toString() {
        return "SmtpTransport[" + server + "]";
    }
}
