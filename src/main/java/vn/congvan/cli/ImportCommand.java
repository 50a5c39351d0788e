package vn.congvan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.congvan.app.ReportOutcome;
import vn.congvan.model.ItemReading;
import vn.congvan.model.TaskSet;
import vn.congvan.text.VietnameseDates;

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
            if (imported.report() != null) {
                printReport(imported.report());
                System.out.println(CliText.get("import.ledger", app.ledgerDescription()));
                return 0;
            }
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
            if (outcome.created()) {
                System.out.println(CliText.get("import.created", outcome.tracked().label(), ts.units().size(),
                        ts.dispatch().requirements().size(), ts.assignments().size()));
            } else {
                // What the ledger holds, not the task set read now.
                System.out.println(CliText.get("import.unchanged", outcome.tracked().label(), outcome.units(),
                        ts.dispatch().requirements().size(), outcome.assignments()));
            }
            if (!outcome.created() && ts.assignments().size() != outcome.assignments()) {
                // The directory reads the recipients otherwise now: said, not applied.
                System.out.println(CliText.get("import.readNow", ts.units().size(), ts.assignments().size()));
            }
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

    /** What a unit's report back recorded, item by item, and what waits for the clerk. */
    private static void printReport(ReportOutcome r) {
        System.out.println(CliText.get("import.report.noTaskSet", r.fileName()));
        if (!r.recorded().isEmpty()) {
            List<String> items = new ArrayList<>();
            r.recorded().forEach((id, reading) -> items.add(item(id, reading)));
            String kind = r.dispatch().type().title().toLowerCase(Locale.forLanguageTag("vi"));
            System.out.println(CliText.get(r.newEvents() > 0 ? "import.report.recorded" : "import.report.recordedBefore",
                    r.unitName(), kind, r.dispatch().numberSymbol(), String.join(", ", items)));
        }
        if (r.queued() != null) {
            System.out.println(CliText.get(r.fresh() ? "import.report.queued" : "import.report.queuedBefore",
                    r.fileName(), r.queued().number()));
            for (String reason : r.queued().reasons()) {
                System.out.println(CliText.get("import.report.reason", reason));
            }
        }
    }

    private static String item(String id, ItemReading reading) {
        String text = CliText.get("import.report.item", id, CliText.get("status.short." + reading.status().name()));
        if (reading.doneOn() != null) {
            text = CliText.get("import.report.doneOn", text, VietnameseDates.formatShort(reading.doneOn()));
        }
        if (reading.expectedBy() != null) {
            text = CliText.get("import.report.expectedBy", text, VietnameseDates.formatShort(reading.expectedBy()));
        }
        return text;
    }
}
