package vn.congvan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.DispatchImporter;
import vn.congvan.app.Workspace;
import vn.congvan.tracking.Ledger;

/** {@code import FILE [--due DATE]}: the dispatch and its task set into the ledger. */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--due", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.due")
    LocalDate due;

    @Override
    public Integer call() {
        Workspace ws = store.workspace();
        try (Ledger ledger = ws.openLedger()) {
            var outcome = new DispatchImporter(ledger, ws.loadDirectory(), Clock.systemUTC()).importFile(file, due);
            var ts = outcome.taskSet();
            System.out.println(CliText.get(outcome.created() ? "import.created" : "import.unchanged",
                    ts.dispatch().id(), ts.units().size(), ts.dispatch().requirements().size(), ts.assignments().size()));
            for (String unmatched : ts.unmatchedRecipients()) {
                System.out.println(CliText.get("import.unmatched", unmatched));
            }
            System.out.println(CliText.get("import.ledger", ledger.description()));
        }
        return 0;
    }
}
