package vn.congvan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvan.app.DemoRun;
import vn.congvan.app.MailDistribution;

/** {@code demo [--home DIR]}: the whole flow on the samples, in a fresh data folder. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "option.home")
    Path home;

    @Override
    public Integer call() throws IOException {
        Path folder = home != null ? home : Files.createTempDirectory("congvan-demo-");
        DemoRun.Result r = DemoRun.run(folder);
        System.out.println(CliText.get("demo.imported", r.dispatchFile(), r.taskSet().units().size(),
                r.taskSet().dispatch().requirements().size(), r.taskSet().assignments().size()));
        for (String unmatched : r.taskSet().unmatchedRecipients()) {
            System.out.println(CliText.get("import.unmatched", unmatched));
        }
        System.out.println(CliText.get("demo.sent", r.distribution().count(MailDistribution.Result.SENT), r.outbox()));
        System.out.println(CliText.get("demo.collected", r.repliesFolder()));
        System.out.println(MailView.collection(r.collection()));
        System.out.println();
        System.out.println(StatusView.table(r.dispatch(), r.status()));
        System.out.println();
        System.out.println(CliText.get("demo.where.home", r.home()));
        System.out.println(CliText.get("demo.where.ledger", r.ledgerFile()));
        System.out.println(CliText.get("demo.where.units", r.directoryFolder()));
        System.out.println(CliText.get("demo.where.outbox", r.outbox()));
        System.out.println(CliText.get("demo.where.documents"));
        for (Path p : r.documents()) {
            System.out.println("  " + p);
        }
        System.out.println(CliText.get("demo.where.signed", r.signedReport().entry().numberSymbol(),
                r.signedReport().signature().signedFile(), r.demoCertificate()));
        System.out.println(CliText.get("demo.where.next", r.ledgerFile(), r.dispatch().numberSymbol()));
        return 0;
    }
}
