package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchReading;

/** {@code parse FILE [--json]}: what congvan reads in a dispatch (a scan or photo through OCR, saying so). */
@Command(name = "parse")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() {
        DispatchReading reading;
        try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
            reading = app.read(file);
        }
        if (reading.ocr()) {
            // With --json the note goes apart, so that what is printed stays JSON.
            (json ? System.err : System.out).println(CliText.get("parse.ocr"));
        }
        System.out.println(json ? DispatchJson.write(reading.dispatch()) : DispatchSummary.of(reading.dispatch()));
        return 0;
    }
}
