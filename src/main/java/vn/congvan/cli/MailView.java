package vn.congvan.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.congvan.app.MailDistribution;
import vn.congvan.app.ReplyCollection;
import vn.congvan.app.ReplyCollection.Kind;
import vn.congvan.app.ReplyCollection.MailLine;
import vn.congvan.app.Workspace;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.text.VietnameseDates;

/** Distribution and collection outcomes on the console, in Vietnamese. */
final class MailView {
    private static final int NAME_WIDTH = 44;
    private static final int ADDRESS_WIDTH = 38;
    private static final int RESULT_WIDTH = 22;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MailView() {
    }

    /** The per-unit table, the totals, and what to do about failures. */
    static String distribution(MailDistribution.Outcome o) {
        if (o.units().isEmpty()) {
            // Not "sent to every unit already": no unit was ever assigned.
            return CliText.get("distribute.noUnits", o.dispatch().numberSymbol());
        }
        StringBuilder out = new StringBuilder();
        out.append(CliText.get("distribute.title", o.dispatch().numberSymbol(), o.units().size())).append("\n\n");
        out.append(pad(CliText.get("distribute.col.unit"), NAME_WIDTH)).append(pad(CliText.get("distribute.col.address"), ADDRESS_WIDTH))
                .append(pad(CliText.get("distribute.col.result"), RESULT_WIDTH)).append(CliText.get("distribute.col.detail")).append('\n');
        for (MailDistribution.UnitLine u : o.units()) {
            String result = switch (u.result()) {
                case SENT -> CliText.get(o.outbox() != null ? "distribute.result.outbox" : "distribute.result.sent");
                case FAILED -> CliText.get("distribute.result.failed");
                case ALREADY_SENT -> CliText.get("distribute.result.before", day(u.at()));
                case CANCELLED -> CliText.get("distribute.result.cancelled");
            };
            String detail = u.result() == MailDistribution.Result.FAILED ? u.reason() : u.messageId();
            out.append(pad(cut(u.unitName(), NAME_WIDTH - 2), NAME_WIDTH))
                    .append(pad(u.email() == null ? "—" : u.email(), ADDRESS_WIDTH))
                    .append(pad(result, RESULT_WIDTH)).append(detail == null ? "" : detail).append('\n');
        }
        long sent = o.count(MailDistribution.Result.SENT);
        long failed = o.count(MailDistribution.Result.FAILED);
        long before = o.count(MailDistribution.Result.ALREADY_SENT);
        long cancelled = o.count(MailDistribution.Result.CANCELLED);
        out.append('\n').append(CliText.get("distribute.totals", sent, before, failed)).append('\n');
        if (o.outbox() != null && sent > 0) {
            out.append(CliText.get("distribute.outbox", o.outbox())).append('\n');
        }
        if (sent == 0 && failed == 0 && cancelled == 0) {
            out.append(CliText.get("distribute.nothingToSend")).append('\n');
        }
        if (failed > 0) {
            out.append(CliText.get("distribute.someFailed", failed)).append('\n');
        }
        if (cancelled > 0) {
            out.append(CliText.get("distribute.cancelled", cancelled)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Per source what was read; the mails recorded; those for the clerk; those skipped; the totals. */
    static String collection(ReplyCollection.Outcome o) {
        StringBuilder out = new StringBuilder();
        for (ReplyCollection.SourceLine s : o.sources()) {
            if (s.failure() != null) {
                out.append(CliText.get("collect.sourceFailed", s.label(), s.failure())).append('\n');
            } else {
                out.append(CliText.get("collect.sourceRead", s.label(), s.read(), s.skipped().size())).append('\n');
            }
        }
        List<MailLine> applied = o.mails().stream().filter(MailLine::applied).toList();
        if (!applied.isEmpty()) {
            out.append('\n').append(CliText.get("collect.appliedHeading")).append('\n');
            for (MailLine m : applied) {
                out.append("  ").append(applied(m)).append('\n');
                for (String note : m.notes()) {
                    out.append("      ").append(note).append('\n');
                }
            }
        }
        List<MailLine> own = o.ofKind(Kind.OWN_MAIL);
        if (!own.isEmpty()) {
            out.append('\n').append(CliText.get("collect.ownHeading")).append('\n');
            own.forEach(m -> out.append("  ").append(m.position()).append(" — ").append(String.join(" ", m.notes())).append('\n'));
        }
        List<MailLine> forClerk = o.mails().stream().filter(m -> !m.applied() && m.kind() != Kind.OWN_MAIL).toList();
        if (!forClerk.isEmpty()) {
            out.append('\n').append(CliText.get("collect.forClerkHeading")).append('\n');
            for (MailLine m : forClerk) {
                out.append("  ").append(CliText.get("collect.kind." + m.kind().name(), m.position(), sender(m), m.subject()));
                if (m.toReview()) {
                    out.append(' ').append(CliText.get("collect.reviewNumber", m.review()));
                }
                out.append('\n');
                for (String note : m.notes()) {
                    out.append("      - ").append(note).append('\n');
                }
            }
        }
        List<String> skipped = new ArrayList<>();
        for (ReplyCollection.SourceLine s : o.sources()) {
            for (ReplyCollection.SkippedMail k : s.skipped()) {
                skipped.add(CliText.get("collect.skipped", k.position(), k.reason()));
            }
        }
        if (!skipped.isEmpty()) {
            out.append('\n').append(CliText.get("collect.skippedHeading")).append('\n');
            skipped.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        for (ReplyCollection.SourceLine s : o.sources()) {
            if (s.failure() == null && s.interruption() != null) {
                out.append('\n').append(CliText.get("collect.interrupted", s.label(), s.interruption())).append('\n');
                out.append("  ").append(String.join("; ", s.notRead())).append('\n');
            }
        }
        if (!o.listedAll()) {
            out.append('\n').append(CliText.get("collect.notListed", o.mails().size(), o.count() - o.mails().size())).append('\n');
        }
        out.append('\n').append(CliText.get("collect.totals", o.count(), o.newlyApplied(), o.newEvents(),
                o.alreadyApplied(), o.forClerk(), skipped.size())).append('\n');
        if (o.toReview() > 0) {
            out.append(CliText.get("collect.review", o.toReview(), o.newReview())).append('\n');
        }
        if (!o.complete()) {
            out.append(CliText.get("collect.incomplete")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String applied(MailLine m) {
        String when = m.at() == null ? "" : day(m.at()) + " " + TIME.format(m.at().atZone(Workspace.VIETNAM));
        String what;
        if (m.kind() == Kind.RECEIPT) {
            what = CliText.get("collect.receipt", m.unitName(), number(m), when);
        } else if (m.kind() == Kind.BOUNCE) {
            what = CliText.get("collect.bounce", m.unitName(), number(m), when);
        } else {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, ComplianceStatus> s : m.statuses().entrySet()) {
                items.add(CliText.get("collect.item", s.getKey(), CliText.get("status.long." + s.getValue().name())));
            }
            what = items.isEmpty() ? CliText.get("collect.replyAck", m.unitName(), number(m), when)
                    : CliText.get("collect.reply", m.unitName(), number(m), when, String.join("; ", items));
        }
        String mark = m.newEvents() > 0 ? CliText.get("collect.new", m.newEvents()) : CliText.get("collect.before");
        String review = m.toReview() ? " " + CliText.get("collect.reviewNumber", m.review()) : "";
        return m.position() + " — " + what + " " + mark + review;
    }

    /** The number/symbol the mail was placed on; an applied mail always has one. */
    private static String number(MailLine m) {
        return m.dispatch() == null ? "?" : m.dispatch().numberSymbol();
    }

    private static String sender(MailLine m) {
        return m.from() == null ? CliText.get("collect.unknownSender") : m.from();
    }

    private static String day(Instant at) {
        return at == null ? "" : VietnameseDates.formatShort(at.atZone(Workspace.VIETNAM).toLocalDate());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
