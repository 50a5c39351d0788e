package vn.congvan.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.congvan.app.Review;
import vn.congvan.app.Workspace;
import vn.congvan.model.ItemReading;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseDates;

/** The review queue ("Thư cần xem") on the console, in Vietnamese. */
final class ReviewView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReviewView() {
    }

    static String list(List<Review.Item> items, boolean all) {
        StringBuilder out = new StringBuilder();
        long open = items.stream().filter(Review.Item::open).count();
        if (items.isEmpty()) {
            return CliText.get(all ? "review.list.none" : "review.list.noneOpen");
        }
        out.append(all ? CliText.get("review.list.titleAll", items.size(), open) : CliText.get("review.list.title", open)).append('\n');
        for (Review.Item i : items) {
            out.append('\n').append(heading(i)).append('\n');
            if (i.scan() != null) {
                out.append("      ").append(scanFields(i)).append('\n');
            }
            if (!i.readings().isEmpty()) {
                out.append("      ").append(CliText.get("review.proposed", readings(i.readings()))).append('\n');
            }
            for (String reason : i.reasons()) {
                out.append("      - ").append(reason).append('\n');
            }
            if (!i.open()) {
                out.append("      ").append(decision(i)).append('\n');
            }
        }
        if (open > 0) {
            out.append('\n').append(CliText.get("review.list.howTo")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String shown(Review.Shown s) {
        Review.Item i = s.item();
        if (i.scan() != null) {
            return scanShown(i);
        }
        StringBuilder out = new StringBuilder(heading(i)).append('\n');
        out.append(CliText.get("review.show.position", i.position() == null ? "" : i.position())).append('\n');
        if (i.receipt()) {
            out.append(CliText.get("review.show.receipt")).append('\n');
        }
        for (Map.Entry<String, ItemReading> r : i.readings().entrySet()) {
            out.append(CliText.get("review.show.reading", r.getKey(), CliText.get("status.long." + r.getValue().status().name()),
                    r.getValue().sentence())).append('\n');
            if (r.getValue().doneOn() != null) {
                out.append("    ").append(CliText.get("review.show.doneOn", VietnameseDates.formatShort(r.getValue().doneOn()))).append('\n');
            }
            if (r.getValue().expectedBy() != null) {
                out.append("    ").append(CliText.get("review.show.expectedBy", VietnameseDates.formatShort(r.getValue().expectedBy())))
                        .append('\n');
            }
        }
        for (String reason : i.reasons()) {
            out.append(CliText.get("review.show.reason", reason)).append('\n');
        }
        out.append(i.open() ? CliText.get("review.show.open", i.number()) : decision(i)).append('\n');
        out.append('\n').append(CliText.get("review.show.text")).append('\n');
        // The text was cleaned when stored; cleaned again line by line so nothing in it can steer the terminal.
        for (String line : s.mailText().split("\n", -1)) {
            out.append("  │ ").append(Untrusted.line(line)).append('\n');
        }
        if (i.rawTruncated()) {
            out.append(CliText.get("review.show.truncated")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String decided(Review.Decided d) {
        Review.Item i = d.item();
        StringBuilder out = new StringBuilder();
        String where = i.dispatch() == null ? "" : CliText.get("review.where", i.dispatch().numberSymbol(), i.unitName());
        if (i.kind() == Review.Kind.SCAN && i.decision() == Review.Decision.ACCEPTED && i.dispatch() != null) {
            return CliText.get("review.scanAccepted", i.number(), i.dispatch().label());
        }
        switch (i.decision()) {
            case ACCEPTED -> out.append(CliText.get("review.accepted", i.number(), d.newEvents(), where));
            case EDITED -> out.append(CliText.get("review.edited", i.number(), d.newEvents(), where, statuses(i)));
            case REJECTED -> out.append(CliText.get("review.rejected", i.number()));
        }
        if (d.trustedAddress() != null) {
            out.append('\n').append(CliText.get("review.trusted", d.trustedAddress(), i.unitName()));
        }
        return out.toString();
    }

    /** A scan waits with what OCR read: the clerk checks it against the paper. */
    private static String scanShown(Review.Item i) {
        StringBuilder out = new StringBuilder(heading(i)).append('\n');
        for (String reason : i.reasons()) {
            out.append(CliText.get("review.show.reason", reason)).append('\n');
        }
        out.append(i.open() ? CliText.get("review.show.openScan", i.number()) : decision(i)).append('\n');
        out.append('\n').append(CliText.get("parse.ocr")).append('\n');
        out.append(DispatchSummary.of(i.scan()));
        return out.toString().stripTrailing();
    }

    /** Number/symbol, date, issuer, how many recipients and requirements: one line of the list. */
    private static String scanFields(Review.Item i) {
        var d = i.scan().document();
        return CliText.get("review.scanFields", d.numberSymbol() == null ? "" : d.numberSymbol().toString(),
                d.date() == null ? "" : VietnameseDates.formatShort(d.date()), d.issuer() == null ? "" : d.issuer(),
                d.recipients().size(), i.scan().requirements().size());
    }

    private static String heading(Review.Item i) {
        if (i.kind() == Review.Kind.SCAN) {
            String where = i.dispatch() == null ? "" : " — " + CliText.get("review.scanWhere", i.dispatch().label());
            return CliText.get("review.headingScan", i.number(), kind(i.kind()), i.subject() == null ? "" : i.subject()) + where;
        }
        String when = i.mailDate() == null ? "" : day(i.mailDate()) + " " + TIME.format(i.mailDate().atZone(Workspace.VIETNAM));
        String where = i.dispatch() == null ? CliText.get("review.unplaced")
                : CliText.get("review.where", i.dispatch().numberSymbol(), i.unitName());
        return CliText.get("review.heading", i.number(), kind(i.kind()), when,
                i.sender() == null ? CliText.get("collect.unknownSender") : i.sender(), i.subject() == null ? "" : i.subject(), where);
    }

    private static String kind(Review.Kind k) {
        return switch (k) {
            case READING -> CliText.get("review.kind.reading");
            case SUGGESTION -> CliText.get("review.kind.suggestion");
            case UNPLACED -> CliText.get("review.kind.unplaced");
            case SUSPICIOUS -> CliText.get("review.kind.suspicious");
            case SCAN -> CliText.get("review.kind.scan");
        };
    }

    private static String decision(Review.Item i) {
        String when = day(i.decidedAt());
        return switch (i.decision()) {
            case ACCEPTED -> CliText.get("review.decision.accepted", when, i.decidedBy());
            case EDITED -> CliText.get("review.decision.edited", when, i.decidedBy(), statuses(i));
            case REJECTED -> CliText.get("review.decision.rejected", when, i.decidedBy(), i.reason() == null ? "" : i.reason());
        };
    }

    private static String readings(Map<String, ItemReading> readings) {
        List<String> parts = new ArrayList<>();
        readings.forEach((id, r) -> parts.add(CliText.get("collect.item", id, CliText.get("status.long." + r.status().name()))));
        return String.join("; ", parts);
    }

    private static String statuses(Review.Item i) {
        List<String> parts = new ArrayList<>();
        i.statuses().forEach((id, s) -> parts.add(CliText.get("collect.item", id, CliText.get("status.long." + s.name()))));
        return String.join("; ", parts);
    }

    private static String day(Instant at) {
        return at == null ? "" : VietnameseDates.formatShort(at.atZone(Workspace.VIETNAM).toLocalDate());
    }
}
