package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;

/** {@code withdraw DOC --reason … [--by NAME]}: a signed document is withdrawn; its number stays in the register, marked. */
@Command(name = "withdraw")
final class WithdrawCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Option(names = "--reason", required = true, paramLabel = "LÝ DO", descriptionKey = "option.withdrawReason")
    String reason;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            System.out.println(DocumentView.line(app.withdraw(doc, reason, actor.by)));
        }
        return 0;
    }
}
