package vn.congvan.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.SignatureCheck;

/**
 * The signatures a dispatch arrived with, as one of its fields: a line per signature ("Chữ ký số: …, hợp
 * lệ", or a warning saying what failed), and the same as JSON. An unsigned dispatch gives nothing.
 */
final class ReceivedSignaturesView {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReceivedSignaturesView() {
    }

    static List<String> lines(ReceivedSignatures signatures) {
        List<String> lines = new ArrayList<>();
        for (SignatureCheck c : signatures.signatures()) {
            String time = shown(c.signingTime());
            lines.add(c.ok() ? CliText.get("received.signature.valid", c.signerName(), time)
                    : CliText.get("received.signature.invalid", c.signerName(), time, String.join("; ", c.problems())));
        }
        return lines;
    }

    /** Each signature as {@code verify --json} gives it, and when it was checked. */
    static Map<String, Object> json(ReceivedSignatures signatures) {
        List<Map<String, Object>> list = new ArrayList<>();
        signatures.signatures().forEach(c -> list.add(VerifyCommand.view(c)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", signatures.valid());
        m.put("checkedAt", signatures.checkedAt() == null ? null
                : OffsetDateTime.ofInstant(signatures.checkedAt(), ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("list", list);
        return m;
    }

    private static String shown(Instant t) {
        return t == null ? "—" : OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(7)).format(SHOWN);
    }
}
