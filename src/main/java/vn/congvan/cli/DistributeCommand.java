package vn.congvan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.DistributeRequest;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.MailRoute;

/**
 * {@code distribute ID [--outbox DIR | --smtp HOST[:PORT] …] [--from ADDR] [--resend UNIT|all]…}:
 * one mail per assigned unit; exit 0 when every unit's mail went, 1 when some did not.
 */
@Command(name = "distribute")
final class DistributeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

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

    @Option(names = "--resend", paramLabel = "ĐƠN-VỊ|all", descriptionKey = "option.resend")
    List<String> resend = new ArrayList<>();

    @Override
    public Integer call() {
        MailRoute route = new MailRoute(outbox, smtp, security, user, trustCert);
        MailDistribution.Outcome outcome;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            outcome = app.distribute(new DistributeRequest(dispatch.ref(id), route, from, resend));
        }
        System.out.println(MailView.distribution(outcome));
        return outcome.allWent() ? 0 : 1;
    }
}
