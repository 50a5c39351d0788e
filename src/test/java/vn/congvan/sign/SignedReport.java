package vn.congvan.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.OutputFormat;
import vn.congvan.app.Workspace;

/** A BÁO CÁO rendered through the app, as the other tests make theirs: what a leader signs. */
final class SignedReport {
    static final String POSITION = "PHÓ CHỦ TỊCH";
    static final String NAME = "Võ Văn Thông";

    private SignedReport() {
    }

    static Path render(Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);
        Path out = Files.createDirectories(dir.resolve("van-ban"));
        try (CongvanService app = Workspace.resolve(dir.resolve("l.db").toString(), Path.of("samples", "directory"))
                .open(clock, Interaction.NONE, Map.of())) {
            app.importDispatch(new CongvanService.ImportRequest(Path.of("samples", "000_7ae9f029b9ddbc9d.txt"), LocalDate.of(2019, 9, 15)));
            var written = app.report(new CongvanService.ReportRequest(DispatchRef.of("6174/UBND-VX"), EnumSet.of(OutputFormat.PDF),
                    out, LocalDate.of(2019, 9, 5), null, null));
            return written.files().stream().filter(f -> f.getFileName().toString().startsWith("bao-cao")).findFirst().orElseThrow();
        }
    }
}
