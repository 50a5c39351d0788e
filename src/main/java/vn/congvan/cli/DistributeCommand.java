package vn.congvan.cli;

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

    @Mixin
    SendOptions send;

    @Option(names = "--resend", paramLabel = "ĐƠN-VỊ|all", descriptionKey = "option.resend")
    List<String> resend = new ArrayList<>();

    @Override
    public Integer call() {
                MailDistribution.Outcome outcome;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            outcome = app.distribute(new DistributeRequest(dispatch.ref(id), send.route(), send.from, resend));
        }
        System.out.println(MailView.distribution(outcome));
        return outcome.allWent() ? 0 : 1;
    }
}
