package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;

/** {@code submit DOC --to LEADER [--by NAME]}: a draft goes to a leader for signing (trình ký). */
@Command(name = "submit")
final class SubmitCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Option(names = "--to", required = true, paramLabel = "HỌ TÊN", descriptionKey = "option.leader")
    String leader;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            System.out.println(DocumentView.line(app.submit(doc, leader, actor.by)));
        }
        return 0;
    }
}
