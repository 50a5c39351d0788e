package vn.congvan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.DocumentWorkflow;
import vn.congvan.app.CongvanService;

/**
 * {@code issue DOC [--attachment FILE.pdf]… [--by NAME]}: the văn thư issues a signed document (ban hành); only then
 * may it be distributed. With the office's agency key, the agency signs and seals it and signs its attachments.
 */
@Command(name = "issue")
final class IssueCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Option(names = "--attachment", paramLabel = "FILE.pdf", descriptionKey = "option.issueAttachment")
    List<Path> attachments = new ArrayList<>();

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            DocumentWorkflow.Issued issued = app.issue(doc, actor.by, attachments);
            System.out.println(DocumentView.line(issued.document()));
            System.out.println(issued.agency().message());
            for (Path p : issued.agency().files()) {
                System.out.println(CliText.get("render.wrote", p));
            }
        }
        return 0;
    }
}
