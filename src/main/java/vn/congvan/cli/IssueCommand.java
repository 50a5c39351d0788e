package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;

/** {@code issue DOC [--by NAME]}: the văn thư issues a signed document (ban hành); only then may it be distributed. */
@Command(name = "issue")
final class IssueCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            System.out.println(DocumentView.line(app.issue(doc, actor.by)));
        }
        return 0;
    }
}
