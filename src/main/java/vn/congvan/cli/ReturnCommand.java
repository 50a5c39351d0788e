package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;

/** {@code return DOC --comment … [--by NAME]}: the leader returns a submitted document; it is a draft again. */
@Command(name = "return")
final class ReturnCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Option(names = "--comment", required = true, paramLabel = "Ý KIẾN", descriptionKey = "option.comment")
    String comment;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            System.out.println(DocumentView.line(app.returnDocument(doc, comment, actor.by)));
        }
        return 0;
    }
}
