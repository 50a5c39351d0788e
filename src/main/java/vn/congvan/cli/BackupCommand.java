package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.BackupRequest;

/** {@code backup FILE}: a consistent copy of the SQLite ledger, also while it is in use. */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path file;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            Path written = app.backup(new BackupRequest(file));
            System.out.println(CliText.get("backup.done", app.ledgerDescription(), written));
        }
        return 0;
    }
}
