package vn.congvan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.model.OutgoingDocument;

/** {@code submit DOC --to LEADER [--by NAME]}: a draft goes to a leader for signing (trình ký). */
@Command(name = "submit")
final class SubmitCommand extends DocumentStepCommand {
    @Option(names = "--to", required = true, paramLabel = "HỌ TÊN", descriptionKey = "option.leader")
    String leader;

    @Override
    OutgoingDocument step(CongvanService app) {
        return app.submit(doc, leader, actor.by);
    }
}
