package vn.congvan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.MailServers;
import vn.congvan.app.Workspace;
import vn.congvan.directory.OfficeProfile;
import vn.congvan.mail.MailException;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.mail.PasswordSource;
import vn.congvan.mail.ServerSettings;
import vn.congvan.mail.SmtpTransport;
import vn.congvan.model.InputException;
import vn.congvan.tracking.Ledger;

/**
 * {@code distribute ID [--outbox DIR | --smtp HOST[:PORT] …] [--from ADDR] [--resend UNIT|all]…}:
 * one mail per assigned unit; exit 0 when every unit's mail went, 1 when some did not.
 */
@Command(name = "distribute")
final class DistributeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--outbox", paramLabel = "DIR", descriptionKey = "option.outbox")
    Path outbox;

    @Option(names = "--smtp", paramLabel = "HOST[:PORT]", descriptionKey = "option.smtp")
    String smtp;

    @Option(names = "--user", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.user")
    String user;

    @Option(names = "--security", defaultValue = "tls", paramLabel = "tls|starttls", descriptionKey = "option.security")
    String security;

    @Option(names = "--trust-cert", descriptionKey = "option.trustCert")
    boolean trustCert;

    @Option(names = "--from", paramLabel = "ĐỊA-CHỈ", descriptionKey = "option.from")
    String from;

    @Option(names = "--resend", paramLabel = "ĐƠN-VỊ|all", descriptionKey = "option.resend")
    List<String> resend = new ArrayList<>();

    @Override
    public Integer call() throws MailException {
        if (smtp != null && outbox != null) {
            throw new InputException(CliText.get("distribute.outboxAndSmtp"));
        }
        Workspace ws = store.workspace();
        OfficeProfile office = ws.loadOffice();
        if (from != null) {
            office = office.withEmail(from, "--from");
        }
        MailDistribution.Outcome outcome;
        try (Ledger ledger = ws.openLedger()) {
            MailDistribution distribution = new MailDistribution(ledger, ws.loadDirectory(), office, Clock.systemUTC());
            if (smtp != null) {
                ServerSettings settings = MailServers.smtp(smtp, MailServers.security(security), user, trustCert);
                PasswordSource password = settings.username() == null ? () -> new char[0]
                        : MailServers.askedNow(MailServers.passwords(settings));
                try (SmtpTransport transport = new SmtpTransport(settings, password)) {
                    outcome = distribution.distribute(id, resend, transport);
                }
            } else {
                outcome = distribution.distribute(id, resend, new OutboxTransport(outbox != null ? outbox : ws.outboxFolder()));
            }
        }
        System.out.println(MailView.distribution(outcome));
        return outcome.allWent() ? 0 : 1;
    }
}
