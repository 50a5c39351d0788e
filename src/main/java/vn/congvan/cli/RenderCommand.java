package vn.congvan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.OutputFormat;

/** {@code render FILE --format pdf,docx --out DIR}: a document written again in the official format. */
@Command(name = "render")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Option(names = "--format", defaultValue = "pdf,docx", paramLabel = "pdf,docx", descriptionKey = "option.format")
    String format;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", descriptionKey = "option.out")
    Path out;

    @Option(names = "--pdfa", descriptionKey = "option.pdfa")
    boolean pdfa;

    @Override
    public Integer call() {
        List<Path> written;
        try (CongvanService app = StoreOptions.defaults().open(new ConsoleInteraction())) {
            written = app.render(file, OutputFormat.parse(format), out, pdfa);
        }
        for (Path p : written) {
            System.out.println(CliText.get("render.wrote", p));
        }
        return 0;
    }
}
