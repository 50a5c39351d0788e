package vn.congvan.cli;

import picocli.CommandLine.Option;
import vn.congvan.app.MailServer;

/**
 * How to reach the office mailbox over IMAP, shared by collect and the mail commands. The password is
 * never an option: the service takes it from the environment or asks (see {@link ConsoleInteraction}).
 */
final class MailServerOptions {
    @Option(names = "--imap", paramLabel = "HOST[:PORT]", descriptionKey = "option.imap")
    String imap;

    @Option(names = "--user", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.user")
    String user;

    @Option(names = "--security", paramLabel = "tls|starttls", descriptionKey = "option.security")
    String security;

    @Option(names = "--trust-cert", descriptionKey = "option.trustCert")
    boolean trustCert;

    boolean given() {
        return imap != null;
    }

    /** The server as given; the service says what is missing. */
    MailServer server() {
        return new MailServer(imap, user, security, trustCert);
    }
}
