package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.TrustRequest;

/** {@code trust UNIT ADDRESS [--undo] [--note …]}: the clerk trusts an address for a unit, or no longer. */
@Command(name = "trust")
final class TrustCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Parameters(index = "1", paramLabel = "ADDRESS", descriptionKey = "param.address")
    String address;

    @Option(names = "--undo", descriptionKey = "option.undoTrust")
    boolean undo;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.TrustOutcome o = app.trustAddress(new TrustRequest(unit, address, undo, note));
            System.out.println(CliText.get(o.trusted() ? "trust.done" : "trust.undone", o.address(), o.unitName(), o.unitCode()));
        }
        return 0;
    }
}
