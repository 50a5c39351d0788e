package vn.congvan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DocumentFiles.CheckLine;

/** {@code check FILE}: Decree 30 rule by rule; exit 0 when it conforms, 1 with what does not. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.document")
    Path file;

    @Override
    public Integer call() {
        List<CheckLine> results;
        try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
            results = app.check(file);
        }
        System.out.println(CliText.get("check.heading", file));
        for (CheckLine r : results) {
            System.out.println((r.ok() ? "  [đạt]      " : "  [KHÔNG ĐẠT] ") + r.title() + ": " + r.detail());
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        System.out.println(failed == 0 ? CliText.get("check.conforms", results.size())
                : CliText.get("check.fails", failed, results.size()));
        return failed == 0 ? 0 : 1;
    }
}
