package vn.congvan.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.TrustRequest;
import vn.congvan.app.CongvanService.TrustedAddress;
import vn.congvan.app.Workspace;

/**
 * {@code trust UNIT ADDRESS [--undo] [--note …]}: the clerk trusts an address for a unit, or no longer;
 * {@code trust --list [UNIT]}: the addresses trusted now, with when, by whom and why.
 */
@Command(name = "trust")
final class TrustCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ADDRESS", descriptionKey = "param.address")
    String address;

    @Option(names = "--undo", descriptionKey = "option.undoTrust")
    boolean undo;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Option(names = "--list", descriptionKey = "option.listTrust")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            if (address != null || undo || note != null) {
                throw new ParameterException(spec.commandLine(), CliText.get("trust.listAlone"));
            }
            return list();
        }
        if (unit == null || address == null) {
            throw new ParameterException(spec.commandLine(), CliText.get("trust.needsUnitAndAddress"));
        }
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.TrustOutcome o = app.trustAddress(new TrustRequest(unit, address, undo, note));
            System.out.println(CliText.get(o.trusted() ? "trust.done" : "trust.undone", o.address(), o.unitName(), o.unitCode()));
        }
        return 0;
    }

    private int list() {
        List<TrustedAddress> trusted;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            trusted = app.trustedAddresses(unit);
        }
        if (trusted.isEmpty()) {
            System.out.println(CliText.get("trust.listEmpty"));
            return 0;
        }
        String lastUnit = null;
        for (TrustedAddress t : trusted) {
            if (!t.unitCode().equals(lastUnit)) {
                System.out.println(CliText.get("trust.listUnit", t.unitName(), t.unitCode()));
                lastUnit = t.unitCode();
            }
            String line = CliText.get("trust.listLine", t.address(), WHEN.format(t.since().atZone(Workspace.VIETNAM)), by(t.source()));
            if (t.note() != null && !t.note().isBlank()) {
                line += CliText.get("trust.listNote", t.note());
            }
            System.out.println(line);
        }
        System.out.println(CliText.get("trust.listTotal", trusted.size()));
        return 0;
    }

    /** "clerk" in Vietnamese, as the history says it; another source as recorded. */
    private static String by(String source) {
        return "clerk".equals(source) ? CliText.get("history.source.clerk") : source;
    }
}
