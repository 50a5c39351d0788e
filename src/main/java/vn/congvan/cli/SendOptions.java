package vn.congvan.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.congvan.app.MailRoute;

/** How mail leaves: the local outbox (default) or an SMTP server, and the sender; shared by the commands that send. */
final class SendOptions {
    @Option(names = "--outbox", paramLabel = "DIR", descriptionKey = "option.outbox")
    Path outbox;

    @Option(names = "--smtp", paramLabel = "HOST[:PORT]", descriptionKey = "option.smtp")
    String smtp;

    @Option(names = "--user", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.user")
    String user;

    @Option(names = "--security", paramLabel = "tls|starttls", descriptionKey = "option.security")
    String security;

    @Option(names = "--trust-cert", descriptionKey = "option.trustCert")
    boolean trustCert;

    @Option(names = "--from", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.from")
    String from;

    MailRoute route() {
        return new MailRoute(outbox, smtp, security, user, trustCert);
    }
}
