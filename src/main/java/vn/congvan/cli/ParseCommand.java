package vn.congvan.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DispatchReading;
import vn.congvan.app.Workspace;
import vn.congvan.model.Dispatch;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.TaskSet;

/** {@code parse FILE [--json]}: what congvan reads in a dispatch (a scan or photo through OCR, saying so). */
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
        List<SignatureCheck> signatures;
        TaskSet plan;
        DispatchReading reading;
        try (CongvanService app = Workspace.resolve(null, units).open(new ConsoleInteraction())) {
            reading = app.read(file);
            dispatch = reading.dispatch();
            plan = app.plan(dispatch);
            signatures = app.incomingSignatures(file);
        }
        if (reading.ocr()) {
            // With --json the note goes apart, so that what is printed stays JSON.
            (json ? System.err : System.out).println(CliText.get("parse.ocr"));
        }
        if (json) {
            Map<String, Object> view = new LinkedHashMap<>(DispatchJson.view(dispatch, plan));
            List<Map<String, Object>> signed = new ArrayList<>();
            for (SignatureCheck c : signatures) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("signer", c.signerName());
                m.put("level", c.level());
                m.put("time", c.signingTime() == null ? null : OffsetDateTime.ofInstant(c.signingTime(), ZoneOffset.ofHours(7)).toString());
                m.put("valid", c.ok());
                m.put("problems", c.problems());
                signed.add(m);
            }
            if (!signed.isEmpty()) {
                // Only a dispatch that arrived signed has the field, so other readings stay as they were.
                view.put("signatures", signed);
            }
            System.out.println(DispatchJson.toJson(view));
            return 0;
        }
        System.out.println(DispatchSummary.of(dispatch, plan));
        for (SignatureCheck c : signatures) {
            System.out.println(CliText.get("parse.signature", c.signerName(), c.level(),
                    CliText.get(c.ok() ? "parse.signature.valid" : "parse.signature.invalid")));
        }
        return 0;
    }
}
