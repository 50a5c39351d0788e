package vn.congvan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.TaskSet;
import vn.congvan.text.VietnameseDates;

/** A dispatch as a clerk reads it on the console after {@code parse}. */
final class DispatchSummary {
    private DispatchSummary() {
    }

    static String of(Dispatch d, TaskSet plan) {
        StringBuilder out = new StringBuilder(of(d)).append('\n');
        if (!plan.informationRecipients().isEmpty()) {
            line(out, "summary.information", String.join("; ", plan.informationRecipients()));
        }
        for (String entry : plan.ambiguousRecipients()) {
            out.append(CliText.get("import.ambiguous", entry)).append('\n');
        }
        for (String entry : plan.unmatchedRecipients()) {
            out.append(CliText.get("import.unmatched", entry)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String of(Dispatch d) {
        OfficialDocument doc = d.document();
        StringBuilder out = new StringBuilder();
        line(out, "summary.number", doc.numberSymbol().text());
        line(out, "summary.type", doc.type().title());
        line(out, "summary.issuer", doc.parentIssuer() == null ? doc.issuer() : doc.parentIssuer() + " / " + doc.issuer());
        line(out, "summary.date", doc.place() + ", " + VietnameseDates.formatLong(doc.date()));
        line(out, "summary.subject", doc.subject());
        line(out, "summary.recipients", String.join("; ", doc.recipients()));
        out.append(CliText.get("summary.requirements")).append('\n');
        for (Requirement r : d.requirements()) {
            out.append("  ").append(r.id()).append(". ").append(shorten(r.text())).append(deadlines(r.deadlines())).append('\n');
            for (Requirement item : r.items()) {
                out.append("     ").append(item.id()).append(") ").append(shorten(item.text())).append(deadlines(item.deadlines())).append('\n');
            }
        }
        if (!d.references().isEmpty()) {
            line(out, "summary.references", d.references().stream()
                    .map(r -> r.date() == null ? r.numberSymbol() : r.numberSymbol() + " (" + VietnameseDates.formatShort(r.date()) + ")")
                    .collect(Collectors.joining("; ")));
        }
        if (doc.signer() != null) {
            var s = doc.signer();
            List<String> capacity = new ArrayList<>(s.authorityLines());
            if (s.position() != null) {
                capacity.add(s.position());
            }
            line(out, "summary.signer", String.join(" / ", capacity) + " — " + s.name());
        }
        line(out, "summary.distribution", String.join("; ", doc.distribution()));
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(CliText.get(key)).append(' ').append(value == null ? "" : value).append('\n');
    }

    private static String deadlines(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return "";
        }
        return " [" + CliText.get("summary.deadline") + " "
                + dates.stream().map(VietnameseDates::formatShort).collect(Collectors.joining(", ")) + "]";
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }
}
