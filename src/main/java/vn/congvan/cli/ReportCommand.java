package vn.congvan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.CongvanService.ReportRequest;
import vn.congvan.app.FollowUpFiles;
import vn.congvan.app.OutputFormat;

/** {@code report ID --out DIR [--format pdf,docx,xlsx]}: the documents that follow a dispatch. */
@Command(name = "report")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    DispatchOptions dispatch;

    @Parameters(paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", descriptionKey = "option.out")
    Path out;

    @Option(names = "--format", defaultValue = "pdf,docx,xlsx", paramLabel = "pdf,docx,xlsx", descriptionKey = "option.format")
    String format;

    @Option(names = "--today", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.today")
    LocalDate today;

    @Option(names = "--signer", paramLabel = "HỌ TÊN", descriptionKey = "option.signer")
    String signer;

    @Option(names = "--new-due", paramLabel = "DD/MM/YYYY", converter = DateConverter.class, descriptionKey = "option.newDue")
    LocalDate newDue;

    @Option(names = "--pdfa", descriptionKey = "option.pdfa")
    boolean pdfa;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            FollowUpFiles.Written written = app.report(
                    new ReportRequest(dispatch.ref(id), OutputFormat.parse(format), out, today, signer, newDue, pdfa));
            for (Path p : written.files()) {
                System.out.println(CliText.get("render.wrote", p));
            }
            written.drafts().forEach(d -> System.out.println(CliText.get("report.draft", d.id(),
                    vn.congvan.app.DocumentWords.kind(d.kind()))));
            if (written.lateUnits() == 0) {
                System.out.println(CliText.get("report.nobodyLate"));
            }
        }
        return 0;
    }
}
