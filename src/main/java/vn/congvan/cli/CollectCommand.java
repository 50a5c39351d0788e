package vn.congvan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congvan.app.CongvanService;
import vn.congvan.app.Mailbox;
import vn.congvan.app.ReplyCollection;

/**
 * {@code collect [--imap HOST …] [--mbox FILE]… [--maildir DIR]… [--eml FILE|DIR]…}: replies and read
 * receipts into the ledger; exit 0 when every source was read to the end, 1 when one could not be.
 */
@Command(name = "collect")
final class CollectCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    MailServerOptions server;

    @Option(names = "--folder", paramLabel = "THƯ-MỤC", descriptionKey = "option.folder")
    String folder;

    @Option(names = "--mbox", paramLabel = "TỆP", descriptionKey = "option.mbox")
    List<Path> mbox = new ArrayList<>();

    @Option(names = "--maildir", paramLabel = "THƯ-MỤC", descriptionKey = "option.maildir")
    List<Path> maildir = new ArrayList<>();

    @Option(names = "--eml", paramLabel = "TỆP|THƯ-MỤC", descriptionKey = "option.eml")
    List<Path> eml = new ArrayList<>();

    @Override
    public Integer call() {
        List<Mailbox> mailboxes = new ArrayList<>();
        if (server.given()) {
            mailboxes.add(new Mailbox.Imap(server.server(), folder));
        }
        mbox.forEach(p -> mailboxes.add(new Mailbox.Mbox(p)));
        maildir.forEach(p -> mailboxes.add(new Mailbox.Maildir(p)));
        eml.forEach(p -> mailboxes.add(new Mailbox.Eml(p)));
        ReplyCollection.Outcome outcome;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            outcome = app.collect(mailboxes);
        }
        System.out.println(MailView.collection(outcome));
        return outcome.complete() ? 0 : 1;
    }
}
