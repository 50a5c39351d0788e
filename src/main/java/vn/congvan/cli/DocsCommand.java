package vn.congvan.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.congvan.app.CongvanService;
import vn.congvan.model.OutgoingDocument;

/** {@code docs}: every document congvan wrote (drafts, submitted, signed, issued …), one line each with its files. */
@Command(name = "docs")
final class DocsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<OutgoingDocument> docs;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            docs = app.documents();
        }
        if (docs.isEmpty()) {
            System.out.println(CliText.get("docs.none"));
            return 0;
        }
        for (OutgoingDocument d : docs) {
            System.out.println(DocumentView.line(d));
            d.draftFiles().forEach(f -> System.out.println(CliText.get("docs.draftFile", f)));
            d.last(vn.congvan.model.DocumentStage.SIGNED)
                    .ifPresent(s -> s.files().forEach(f -> System.out.println(CliText.get("docs.finalFile", f))));
        }
        return 0;
    }
}
