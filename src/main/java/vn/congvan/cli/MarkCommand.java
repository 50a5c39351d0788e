package vn.congvan.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.ClerkEntries;
import vn.congvan.app.DispatchLookup;
import vn.congvan.app.Workspace;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.tracking.Ledger;

/** {@code mark ID UNIT REQ STATUS [--note …]}: a unit's progress on one requirement. */
@Command(name = "mark")
final class MarkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Parameters(index = "2", paramLabel = "REQ", descriptionKey = "param.req")
    String requirement;

    @Parameters(index = "3", paramLabel = "STATUS", converter = StatusConverter.class, descriptionKey = "param.status")
    ComplianceStatus status;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Override
    public Integer call() {
        Workspace ws = store.workspace();
        try (Ledger ledger = ws.openLedger()) {
            String dispatchId = DispatchLookup.find(ledger, id).id();
            String code = new ClerkEntries(ledger, ws.loadDirectory(), Clock.systemUTC())
                    .mark(dispatchId, unit, requirement, status, note);
            System.out.println(CliText.get("mark.done", code, requirement, dispatchId, CliText.get("status.long." + status.name())));
        }
        return 0;
    }
}
