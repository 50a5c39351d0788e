package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.StatusWords;

/** {@code mark ID UNIT REQ STATUS [--note …]}: a unit's progress on one requirement. */
@Command(name = "mark")
final class MarkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Parameters(index = "1", paramLabel = "UNIT", descriptionKey = "param.unit")
    String unit;

    @Parameters(index = "2", paramLabel = "REQ", descriptionKey = "param.req")
    String requirement;

    /** As typed: the service reads it (see {@link StatusWords}). */
    @Parameters(index = "3", paramLabel = "STATUS", descriptionKey = "param.status")
    String status;

    @Option(names = "--note", descriptionKey = "option.note")
    String note;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.Entry entry = app.mark(new MarkRequest(dispatch.ref(id), unit, requirement, status, note));
            System.out.println(CliText.get("mark.done", entry.unitCode(), entry.requirementId(), entry.dispatch().numberSymbol(),
                    CliText.get("status.long." + entry.status().name())));
        }
        return 0;
    }
}
