package vn.congvan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.congvan.app.ReplyCollection;
import vn.congvan.app.Workspace;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.ImapSource;
import vn.congvan.mail.MaildirSource;
import vn.congvan.mail.MboxSource;
import vn.congvan.mail.ServerSettings;
import vn.congvan.model.InputException;
import vn.congvan.tracking.Ledger;

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

    @Option(names = "--folder", defaultValue = "INBOX", paramLabel = "THƯ-MỤC", descriptionKey = "option.folder")
    String folder;

    @Option(names = "--mbox", paramLabel = "TỆP", descriptionKey = "option.mbox")
    List<Path> mbox = new ArrayList<>();

    @Option(names = "--maildir", paramLabel = "THƯ-MỤC", descriptionKey = "option.maildir")
    List<Path> maildir = new ArrayList<>();

    @Option(names = "--eml", paramLabel = "TỆP|THƯ-MỤC", descriptionKey = "option.eml")
    List<Path> eml = new ArrayList<>();

    @Override
    public Integer call() {
        List<ReplyCollection.Source> sources = new ArrayList<>();
        if (server.given()) {
            ServerSettings imap = server.imap();
            sources.add(new ReplyCollection.Source(CliText.get("collect.imapLabel", folder, imap.host()),
                    new ImapSource(imap, MailServerOptions.passwords(imap), folder)));
        }
        mbox.forEach(p -> sources.add(new ReplyCollection.Source(p.toString(), new MboxSource(p))));
        maildir.forEach(p -> sources.add(new ReplyCollection.Source(p.toString(), new MaildirSource(p))));
        eml.forEach(p -> sources.add(new ReplyCollection.Source(p.toString(), new EmlSource(p))));
        if (sources.isEmpty()) {
            throw new InputException(CliText.get("collect.noSource"));
        }
        Workspace ws = store.workspace();
        ReplyCollection.Outcome outcome;
        try (Ledger ledger = ws.openLedger()) {
            outcome = new ReplyCollection(ledger, ws.loadDirectory(), ws.loadOffice(), Clock.systemUTC()).collect(sources);
        }
        System.out.println(MailView.collection(outcome));
        return outcome.complete() ? 0 : 1;
    }
}
