package vn.congvan.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.StatusRequest;

/** {@code status ID [--json] [--today DATE] [--year NĂM] [--issuer TÊN]}: who has acknowledged, who has done what. */
@Command(name = "status")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--today", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.today")
    LocalDate today;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.StatusView view = app.status(new StatusRequest(dispatch.ref(id), today));
            var reminded = app.reminders(view.dispatch());
            var signatures = app.receivedSignatures(view.dispatch());
            System.out.println(json ? StatusView.json(view.dispatch(), view.status(), reminded, view.copies(), signatures)
                    : StatusView.table(view.dispatch(), view.status(), reminded, view.copies(), signatures));
        }
        return 0;
    }
}
