package vn.congvan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.model.OutgoingDocument;

/** {@code withdraw DOC --reason … [--by NAME]}: a signed document is withdrawn; its number stays in the register, marked. */
@Command(name = "withdraw")
final class WithdrawCommand extends DocumentStepCommand {
    @Option(names = "--reason", required = true, paramLabel = "LÝ DO", descriptionKey = "option.withdrawReason")
    String reason;

    @Override
    OutgoingDocument step(CongvanService app) {
        return app.withdraw(doc, reason, actor.by);
    }
}
