package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.AckRequest;

/** {@code ack ID UNIT [--note …]}: a unit confirmed receipt (by phone, on paper …). */
@Command(name = "ack")
final class AckCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.Entry entry = app.acknowledge(new AckRequest(dispatch.ref(id), unit, note));
            System.out.println(CliText.get("ack.done", entry.unitCode(), entry.dispatch().numberSymbol()));
        }
        return 0;
    }
}
