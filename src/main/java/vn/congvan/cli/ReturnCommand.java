package vn.congvan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.model.OutgoingDocument;

/** {@code return DOC --comment … [--by NAME]}: the leader returns a submitted document; it is a draft again. */
@Command(name = "return")
final class ReturnCommand extends DocumentStepCommand {
    @Option(names = "--comment", required = true, paramLabel = "Ý KIẾN", descriptionKey = "option.comment")
    String comment;

    @Override
    OutgoingDocument step(CongvanService app) {
        return app.returnDocument(doc, comment, actor.by);
    }
}
