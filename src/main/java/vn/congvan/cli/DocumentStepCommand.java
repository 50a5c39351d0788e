package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.model.OutgoingDocument;

/** A workflow step on one outgoing document (submit, return, withdraw): DOC, the ledger, who; prints the document after. */
abstract class DocumentStepCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    /** The step itself, through the app. */
    abstract OutgoingDocument step(CongvanService app);

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            System.out.println(DocumentView.line(step(app)));
        }
        return 0;
    }
}
