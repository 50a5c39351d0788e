package vn.congvan.app;

import java.nio.file.Path;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Where dispatch mails go: the outbox folder (as .eml files, the default: beside the ledger when
 * {@code outbox} is null), or an SMTP server.
 */
public record MailRoute(Path outbox, String smtp, String security, String user, boolean trustCertificate) {
    public MailRoute {
        if (outbox != null && smtp != null) {
            throw new InputException(Messages.of(MailRoute.class).get("distribute.outboxAndSmtp"));
        }
        security = security == null ? "tls" : security;
    }

    public static MailRoute outbox(Path folder) {
        return new MailRoute(folder, null, null, null, false);
    }

    public static MailRoute smtp(MailServer server) {
        return new MailRoute(null, server.host(), server.security(), server.user(), server.trustCertificate());
    }
}
