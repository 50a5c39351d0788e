package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.RestoreRequest;

/** {@code restore FILE}: the ledger brought back from a checked backup; the current one kept aside. */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path file;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            CongvanService.Restored restored = app.restore(new RestoreRequest(file));
            System.out.println(CliText.get("restore.done", restored.ledger(), restored.file()));
            if (restored.keptAside() != null) {
                System.out.println(CliText.get("restore.keptAside", restored.keptAside()));
            }
        }
        return 0;
    }
}
