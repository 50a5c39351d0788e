package vn.congvan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.MailedDispatch;
import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.DispatchImporter;
import vn.congvan.app.ImportOutcome;
import vn.congvan.model.TaskSet;

/**
 * {@code import FILE [--due DATE]}: the dispatch and its task set into the ledger; a scan or photo, read by
 * OCR, into the review queue instead, until the clerk accepts it.
 */
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
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            ImportOutcome imported = app.importOrQueue(new ImportRequest(file, due));
            if (imported.queued() != null) {
                System.out.println(CliText.get(imported.fresh() ? "import.queued" : "import.queuedBefore",
                        imported.queued().number(), imported.queued().subject()));
                System.out.println(CliText.get("import.ledger", app.ledgerDescription()));
                return 0;
            }
            DispatchImporter.Outcome outcome = imported.imported();
            TaskSet ts = outcome.taskSet();
            if (outcome.fromMail() != null) {
                MailedDispatch mail = outcome.fromMail();
                System.out.println(CliText.get("import.fromMail", mail.evidence()));
                for (MailedDispatch.PassedOver other : mail.passedOver()) {
                    System.out.println(CliText.get("import.passedOver", other.name(), other.reason()));
                }
            }
            System.out.println(CliText.get(outcome.created() ? "import.created" : "import.unchanged",
                    outcome.tracked().label(), ts.units().size(), ts.dispatch().requirements().size(), ts.assignments().size()));
            ReceivedSignaturesView.lines(outcome.signatures()).forEach(System.out::println);
            if (!ts.informationRecipients().isEmpty()) {
                System.out.println(CliText.get("import.information", String.join("; ", ts.informationRecipients())));
            }
            for (String ambiguous : ts.ambiguousRecipients()) {
                System.out.println(CliText.get("import.ambiguous", ambiguous));
            }
            for (String unmatched : ts.unmatchedRecipients()) {
                System.out.println(CliText.get("import.unmatched", unmatched));
            }
            System.out.println(CliText.get("import.ledger", app.ledgerDescription()));
        }
        return 0;
    }
}
