package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.model.Dispatch;

/** {@code parse FILE [--json]}: what congvan reads in a dispatch. */
@Command(name = "parse")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() {
        Dispatch dispatch;
        try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
            dispatch = app.parse(file);
        }
        System.out.println(json ? DispatchJson.write(dispatch) : DispatchSummary.of(dispatch));
        return 0;
    }
}
