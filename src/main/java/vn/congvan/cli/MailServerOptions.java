package vn.congvan.cli;

import picocli.CommandLine.Option;
import vn.congvan.app.MailServers;
import vn.congvan.mail.PasswordSource;
import vn.congvan.mail.ServerSettings;
import vn.congvan.model.InputException;

/**
 * How to reach the office mailbox over IMAP, shared by collect and the mail commands. The password
 * is never an option: see {@link MailServers#passwords}.
 */
final class MailServerOptions {
    @Option(names = "--imap", paramLabel = "HOST[:PORT]", descriptionKey = "option.imap")
    String imap;

    @Option(names = "--user", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.user")
    String user;

    @Option(names = "--security", defaultValue = "tls", paramLabel = "tls|starttls", descriptionKey = "option.security")
    String security;

    @Option(names = "--trust-cert", descriptionKey = "option.trustCert")
    boolean trustCert;

    boolean given() {
        return imap != null;
    }

    /** The IMAP server; a Vietnamese error when --imap or --user is missing. */
    ServerSettings imap() {
        if (imap == null) {
            throw new InputException(CliText.get("mail.noImap"));
        }
        if (user == null || user.isBlank()) {
            throw new InputException(CliText.get("mail.noUser"));
        }
        return MailServers.imap(imap, MailServers.security(security), user, trustCert);
    }

    static PasswordSource passwords(ServerSettings server) {
        return MailServers.passwords(server);
    }
}
