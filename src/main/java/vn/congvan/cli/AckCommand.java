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
import vn.congvan.tracking.Ledger;

/** {@code ack ID UNIT [--note …]}: a unit confirmed receipt (by phone, on paper …). */
@Command(name = "ack")
final class AckCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Override
    public Integer call() {
        Workspace ws = store.workspace();
        try (Ledger ledger = ws.openLedger()) {
            String dispatchId = DispatchLookup.find(ledger, id).id();
            String code = new ClerkEntries(ledger, ws.loadDirectory(), Clock.systemUTC()).acknowledge(dispatchId, unit, note);
            System.out.println(CliText.get("ack.done", code, dispatchId));
        }
        return 0;
    }
}
