package vn.congvan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.ReminderMailing;

/**
 * {@code distribute-doc DOC [--outbox DIR | --smtp …] [--from ADDR] [--by NAME]}: an issued công văn đôn
 * đốc to exactly the units it names; exit 0 when all went, 1 when some did not.
 */
@Command(name = "distribute-doc")
final class DistributeDocCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @Mixin
    SendOptions send;

    @Override
    public Integer call() {
        ReminderMailing.Outcome o;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            o = app.distributeDocument(doc, send.route(), send.from, actor.by);
        }
        for (ReminderMailing.UnitLine u : o.units()) {
            System.out.println(u.sent()
                    ? CliText.get("distributeDoc.sent", u.unitName(), u.email() == null ? "" : u.email(), u.count(), u.messageIdOrReason())
                    : CliText.get("distributeDoc.failed", u.unitName(), u.email() == null ? "" : u.email(), u.messageIdOrReason()));
        }
        if (o.outbox() != null) {
            System.out.println(CliText.get("distributeDoc.outbox", o.outbox()));
        }
        System.out.println(DocumentView.line(o.document()));
        return o.allWent() ? 0 : Main.EXIT_MAIL;
    }
}
