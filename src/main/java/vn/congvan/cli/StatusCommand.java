package vn.congvan.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.DispatchLookup;
import vn.congvan.app.Workspace;
import vn.congvan.tracking.Ledger;

/** {@code status ID [--json] [--today DATE]}: who has acknowledged, who has done what. */
@Command(name = "status")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--today", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.today")
    LocalDate today;

    @Override
    public Integer call() {
        try (Ledger ledger = store.workspace().openLedger()) {
            var dispatch = DispatchLookup.find(ledger, id);
            var status = ledger.status(dispatch.id(), today != null ? today : Workspace.today());
            System.out.println(json ? StatusView.json(dispatch, status) : StatusView.table(dispatch, status));
        }
        return 0;
    }
}
