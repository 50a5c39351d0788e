package vn.congvan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.congvan.app.CongvanService;
import vn.congvan.app.MailServer;
import vn.congvan.model.ArchiveReport;
import vn.congvan.model.QuotaReport;
import vn.congvan.text.VietnameseDates;

/** {@code mail quota|archive}: keeping the office mailbox healthy (items 2 and 3 of the seed dispatch). */
@Command(name = "mail", subcommands = {MailCommand.Quota.class, MailCommand.Archive.class})
final class MailCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code mail quota --imap HOST --user ADDR [--warn 0.8]}: how full the mailbox is; exit 0 also when warning. */
    @Command(name = "quota")
    static final class Quota implements Callable<Integer> {
        @Mixin
        MailServerOptions server;

        @Option(names = "--warn", defaultValue = "0.8", paramLabel = "0..1", descriptionKey = "option.warn")
        double warn;

        @Override
        public Integer call() {
            MailServer imap = server.server();
            QuotaReport r;
            try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
                r = app.mailQuota(imap, warn);
            }
            System.out.println(CliText.get("quota.use", imap.user(), imap.host(), size(r.usedKb()), size(r.limitKb()),
                    Math.round(r.fraction() * 100)));
            System.out.println(r.warning() != null ? CliText.get("quota.warning", r.warning())
                    : CliText.get("quota.ok", Math.round(warn * 100)));
            return 0;
        }
    }

    /**
     * {@code mail archive --imap … --folder SENT --before DATE --to FILE.mbox [--delete-after-verify]}:
     * mails dated on or before DATE copied to a local mbox file, verified, and only then deleted if asked.
     */
    @Command(name = "archive")
    static final class Archive implements Callable<Integer> {
        @Mixin
        MailServerOptions server;

        @Option(names = "--folder", required = true, paramLabel = "THƯ-MỤC", descriptionKey = "option.archiveFolder")
        String folder;

        @Option(names = "--before", required = true, paramLabel = "DD/MM/YYYY", converter = DateConverter.class,
                descriptionKey = "option.before")
        LocalDate lastDay;

        @Option(names = "--to", required = true, paramLabel = "TỆP.mbox", descriptionKey = "option.to")
        Path mbox;

        @Option(names = "--delete-after-verify", descriptionKey = "option.deleteAfterVerify")
        boolean delete;

        @Override
        public Integer call() {
            ArchiveReport r;
            try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
                r = app.mailArchive(server.server(), folder, lastDay, mbox, delete);
            }
            String day = VietnameseDates.formatShort(lastDay);
            if (r.selected() == 0) {
                System.out.println(CliText.get("archive.none", folder, day));
                return 0;
            }
            if (r.problem() != null) {
                System.out.println(CliText.get("archive.selected", folder, r.selected(), day));
                System.out.println(CliText.get("error.prefix") + r.problem());
                return 1;
            }
            System.out.println(CliText.get("archive.copied", r.archived(), folder, day, r.mbox()));
            System.out.println(CliText.get("archive.verified"));
            System.out.println(delete ? CliText.get("archive.deleted", r.deleted(), folder) : CliText.get("archive.kept", folder));
            return 0;
        }
    }

    /** KiB as a clerk reads it: "340 KB", "12,5 MB", "1,2 GB". */
    static String size(long kb) {
        if (kb >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f", kb / (1024.0 * 1024)).replace('.', ',') + " GB";
        }
        if (kb >= 1024) {
            return String.format(Locale.ROOT, "%.1f", kb / 1024.0).replace('.', ',') + " MB";
        }
        return kb + " KB";
    }
}
