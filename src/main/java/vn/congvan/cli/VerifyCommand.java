package vn.congvan.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.model.SignatureCheck;

/** {@code verify FILE.pdf [--json]}: each signature and what was checked; exit 1 on any failure or none. */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy (xxx)");

    @Parameters(paramLabel = "FILE", descriptionKey = "param.pdfToVerify")
    Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<SignatureCheck> checks;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            checks = app.verifyPdf(file);
        }
        boolean ok = !checks.isEmpty() && checks.stream().allMatch(SignatureCheck::ok);
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            checks.forEach(c -> list.add(view(c)));
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("file", file.toString());
            all.put("valid", ok);
            all.put("signatures", list);
            System.out.println(DispatchJson.toJson(all));
            return ok ? 0 : 1;
        }
        System.out.println(CliText.get("verify.heading", file));
        if (checks.isEmpty()) {
            System.out.println(CliText.get("verify.none"));
            return 1;
        }
        for (SignatureCheck c : checks) {
            System.out.println(CliText.get("verify.signature", c.number(), c.signerName(), c.level(), c.field()));
            System.out.println(CliText.get("verify.subject", c.subject()));
            System.out.println(CliText.get("verify.issuer", c.issuer()));
            System.out.println(CliText.get("verify.claimed", shown(c.claimedTime())));
            if (c.timestampTime() != null) {
                System.out.println(CliText.get("verify.timestamp", shown(c.timestampTime())));
            }
            System.out.println(CliText.get("verify.coverage", CliText.get(switch (c.coverage()) {
                case WHOLE_DOCUMENT -> "verify.coverage.whole";
                case LATER_SIGNATURES_ONLY -> "verify.coverage.laterSignatures";
                case CHANGED_AFTER -> "verify.coverage.changed";
                case INVALID_RANGE -> "verify.coverage.invalid";
            })));
            System.out.println(CliText.get("verify.integrity", yesNo(c.digestValid()), yesNo(c.signatureValid())));
            System.out.println(CliText.get("verify.certificate", yesNo(c.certificateValid()), yesNo(c.trusted())));
            for (String p : c.problems()) {
                System.out.println(CliText.get("verify.problem", p));
            }
            System.out.println(c.ok() ? CliText.get("verify.ok") : CliText.get("verify.failed"));
        }
        return ok ? 0 : 1;
    }

    private static String yesNo(boolean b) {
        return CliText.get(b ? "verify.yes" : "verify.no");
    }

    private static String shown(Instant t) {
        return t == null ? "—" : OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(7)).format(SHOWN);
    }

    static Map<String, Object> view(SignatureCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number());
        m.put("field", c.field());
        m.put("level", c.level());
        m.put("signer", c.signerName());
        m.put("subject", c.subject());
        m.put("issuer", c.issuer());
        m.put("claimedTime", iso(c.claimedTime()));
        m.put("timestampTime", iso(c.timestampTime()));
        m.put("coverage", c.coverage().name().toLowerCase(java.util.Locale.ROOT));
        m.put("digestValid", c.digestValid());
        m.put("signatureValid", c.signatureValid());
        m.put("certificateValid", c.certificateValid());
        m.put("trusted", c.trusted());
        m.put("valid", c.ok());
        m.put("problems", c.problems());
        return m;
    }

    private static String iso(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
