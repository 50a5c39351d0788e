package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.Workspace;
import vn.congvan.model.Dispatch;
import vn.congvan.model.TaskSet;

/** {@code parse FILE [--json]}: what congvan reads in a dispatch. */
@Command(name = "parse")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    /** The directory the recipients are read against (copies for information, "TT …", unmatched entries). */
    @Option(names = "--units", paramLabel = "DIR", descriptionKey = "option.units")
    Path units;

    @Override
    public Integer call() {
        Dispatch dispatch;
        TaskSet plan;
        try (CongvanService app = Workspace.resolve(null, units).open(new ConsoleInteraction())) {
            dispatch = app.parse(file);
            plan = app.plan(dispatch);
        }
        System.out.println(json ? DispatchJson.write(dispatch, plan) : DispatchSummary.of(dispatch, plan));
        return 0;
    }
}
