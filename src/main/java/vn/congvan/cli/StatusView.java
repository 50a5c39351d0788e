package vn.congvan.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.app.Reminders;
import vn.congvan.app.Workspace;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.CopyRecipient;
import vn.congvan.model.Delivery;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.RequirementState;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.VietnameseDates;

/** The status of a dispatch on the console: a table per unit and requirement, then the counts. */
final class StatusView {
    private static final int NAME_WIDTH = 44;

    private StatusView() {
    }

    static String table(TrackedDispatch d, DispatchStatus s) {
        return table(d, s, Map.of());
    }

    /** @param reminded unit code → the reminders sent to it (lần 1, lần 2 …), listed after the table */
    static String table(TrackedDispatch d, DispatchStatus s, Map<String, Reminders.Reminded> reminded) {
        return table(d, s, reminded, List.of(), ReceivedSignatures.NONE);
    }

    /**
     * @param copies who receives the dispatch without being assigned it, listed under the title
     * @param signatures those the dispatch arrived with, one line each under its title; nothing when unsigned
     */
    static String table(TrackedDispatch d, DispatchStatus s, Map<String, Reminders.Reminded> reminded, List<CopyRecipient> copies,
            ReceivedSignatures signatures) {
        StringBuilder out = new StringBuilder();
        out.append(CliText.get("status.title", d.numberSymbol(), d.date() == null ? "?" : VietnameseDates.formatShort(d.date()),
                d.subject() == null ? "" : d.subject())).append('\n');
        ReceivedSignaturesView.lines(signatures).forEach(line -> out.append(line).append('\n'));
        List<String> informed = entries(copies, CopyRecipient.Kind.INFORMATION);
        if (!informed.isEmpty()) {
            out.append(CliText.get("status.informed", String.join("; ", informed))).append('\n');
        }
        List<String> unclear = entries(copies, CopyRecipient.Kind.AMBIGUOUS);
        if (!unclear.isEmpty()) {
            out.append(CliText.get("status.unclear", String.join("; ", unclear))).append('\n');
        }
        List<String> unknown = entries(copies, CopyRecipient.Kind.UNMATCHED);
        if (!unknown.isEmpty()) {
            out.append(CliText.get("status.unmatched", String.join("; ", unknown))).append('\n');
        }
        // Judged now: the time matters for a deadline with a time of day; a day the user named is judged at its end.
        out.append(s.at().toLocalTime().equals(LocalTime.MAX) ? CliText.get("status.asOf", VietnameseDates.formatShort(s.asOf()))
                : CliText.get("status.asOfAt", VietnameseDates.formatDeadline(s.asOf(), s.at().toLocalTime()))).append("\n\n");
        List<String> reqIds = s.requirementIds();
        boolean roles = s.units().stream().flatMap(u -> u.requirements().stream()).anyMatch(r -> r.role() != null);
        int cell = roles ? 21 : 16;
        out.append(pad(CliText.get("status.col.unit"), NAME_WIDTH)).append(pad(CliText.get("status.col.mail"), 14))
                .append(pad(CliText.get("status.col.ack"), 14));
        for (String r : reqIds) {
            out.append(pad(CliText.get("status.col.req", r), width(r, cell)));
        }
        out.append('\n');
        for (UnitStatus u : s.units()) {
            out.append(pad(cut(u.unitName(), NAME_WIDTH - 2), NAME_WIDTH));
            out.append(pad(delivery(u.delivery()), 14));
            out.append(pad(u.acknowledged() ? "✓ " + shortDate(u.acknowledgedAt()) : "—", 14));
            // A unit of a plan's task table has only the rows it leads or supports: "—" under the others.
            for (String id : reqIds) {
                out.append(pad(u.requirement(id).map(StatusView::cell).orElse("—"), width(id, cell)));
            }
            out.append('\n');
        }
        if (roles) {
            out.append(CliText.get("status.roleLegend")).append('\n');
        }
        int acknowledged = s.acknowledgedCount();
        out.append('\n').append(CliText.get("status.totals", s.units().size(), acknowledged, s.units().size() - acknowledged)).append('\n');
        for (String r : reqIds) {
            Map<ComplianceStatus, Integer> c = s.counts(r);
            out.append(CliText.get("status.reqLine", r, deadlineOf(s, r),
                    c.get(ComplianceStatus.DONE), c.get(ComplianceStatus.IN_PROGRESS),
                    c.get(ComplianceStatus.NOT_STARTED), c.get(ComplianceStatus.OVERDUE))).append('\n');
        }
        List<UnitStatus> failed = s.units().stream().filter(u -> u.delivery().failed()).toList();
        if (!failed.isEmpty()) {
            out.append('\n').append(CliText.get("status.failedHeading")).append('\n');
            for (UnitStatus u : failed) {
                out.append("  ").append(CliText.get("status.failed", u.unitName(), u.email() == null ? "—" : u.email(),
                        u.delivery().reason() == null ? "" : u.delivery().reason(), shortDate(u.delivery().at()))).append('\n');
            }
        }
        List<UnitStatus> remindedUnits = s.units().stream().filter(u -> reminded.containsKey(u.unitCode())).toList();
        if (!remindedUnits.isEmpty()) {
            out.append('\n').append(CliText.get("status.remindedHeading")).append('\n');
            for (UnitStatus u : remindedUnits) {
                Reminders.Reminded r = reminded.get(u.unitCode());
                out.append("  ").append(CliText.get("status.reminded", u.unitName(), r.count(), shortDate(r.last()))).append('\n');
            }
        }
        List<String> expected = new ArrayList<>();
        for (UnitStatus u : s.units()) {
            for (RequirementState r : u.requirements()) {
                if (r.expectedBy() != null && r.status() != ComplianceStatus.DONE) {
                    expected.add(CliText.get("status.expected", u.unitName(), r.requirementId(), VietnameseDates.formatShort(r.expectedBy())));
                }
            }
        }
        if (!expected.isEmpty()) {
            out.append('\n').append(CliText.get("status.expectedHeading")).append('\n');
            expected.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** A period's id ("1.2021-Q2") is longer than a status: its column widens to keep the table aligned. */
    private static int width(String requirementId, int cell) {
        return Math.max(cell, CliText.get("status.col.req", requirementId).length() + 2);
    }

    private static String cell(RequirementState r) {
        String status = CliText.get("status.short." + r.status().name());
        if (r.role() == null) {
            return status;
        }
        return status + " " + switch (r.role()) {
            case LEAD -> CliText.get("status.roleShort.lead");
            case SUPPORT -> CliText.get("status.roleShort.support");
        };
    }

    private static String delivery(Delivery d) {
        return switch (d.state()) {
            case SENT -> CliText.get("status.mail.sent", shortDate(d.at()));
            case FAILED -> CliText.get("status.mail.failed");
            case NOT_SENT -> CliText.get("status.mail.notSent");
        };
    }

    static String json(TrackedDispatch d, DispatchStatus s) {
        return json(d, s, Map.of());
    }

    static String json(TrackedDispatch d, DispatchStatus s, Map<String, Reminders.Reminded> reminded) {
        return json(d, s, reminded, List.of(), ReceivedSignatures.NONE);
    }

    /** @param signatures those the dispatch arrived with, as "signatures"; no such field when unsigned */
    static String json(TrackedDispatch d, DispatchStatus s, Map<String, Reminders.Reminded> reminded, List<CopyRecipient> copies,
            ReceivedSignatures signatures) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", d.numberSymbol());
        root.put("year", d.year());
        root.put("issuer", d.issuer());
        root.put("subject", d.subject());
        if (signatures.signed()) {
            root.put("signatures", ReceivedSignaturesView.json(signatures));
        }
        root.put("asOf", s.asOf().toString());
        root.put("judgedAt", s.at().truncatedTo(ChronoUnit.MINUTES).toString());
        root.put("informationRecipients", entries(copies, CopyRecipient.Kind.INFORMATION));
        root.put("ambiguousRecipients", entries(copies, CopyRecipient.Kind.AMBIGUOUS));
        root.put("unmatchedRecipients", entries(copies, CopyRecipient.Kind.UNMATCHED));
        List<Object> units = new ArrayList<>();
        for (UnitStatus u : s.units()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("code", u.unitCode());
            um.put("name", u.unitName());
            um.put("email", u.email());
            um.put("acknowledged", u.acknowledged());
            um.put("acknowledgedAt", u.acknowledgedAt() == null ? null : u.acknowledgedAt().toString());
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("state", u.delivery().state().name());
            delivery.put("reason", u.delivery().reason());
            delivery.put("at", u.delivery().at() == null ? null : u.delivery().at().toString());
            um.put("delivery", delivery);
            Reminders.Reminded sentReminders = reminded.get(u.unitCode());
            Map<String, Object> reminders = new LinkedHashMap<>();
            reminders.put("count", sentReminders == null ? 0 : sentReminders.count());
            reminders.put("last", sentReminders == null ? null : sentReminders.last().toString());
            um.put("reminded", reminders);
            List<Object> reqs = new ArrayList<>();
            for (RequirementState r : u.requirements()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("id", r.requirementId());
                rm.put("status", r.status().name());
                rm.put("deadline", r.deadline() == null ? null : r.deadline().toString());
                rm.put("deadlineTime", r.deadlineTime() == null ? null : r.deadlineTime().toString());
                rm.put("role", r.role() == null ? null : r.role().name());
                rm.put("lastChange", r.lastChange() == null ? null : r.lastChange().toString());
                rm.put("note", r.lastNote());
                rm.put("evidence", r.lastEvidence());
                rm.put("doneOn", r.doneOn() == null ? null : r.doneOn().toString());
                rm.put("doneLate", r.doneLate());
                rm.put("expectedBy", r.expectedBy() == null ? null : r.expectedBy().toString());
                reqs.add(rm);
            }
            um.put("requirements", reqs);
            units.add(um);
        }
        root.put("units", units);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("units", s.units().size());
        counts.put("acknowledged", s.acknowledgedCount());
        Map<String, Object> perReq = new LinkedHashMap<>();
        for (String r : s.requirementIds()) {
            perReq.put(r, s.counts(r));
        }
        counts.put("requirements", perReq);
        root.put("counts", counts);
        return DispatchJson.toJson(root);
    }

    private static List<String> entries(List<CopyRecipient> copies, CopyRecipient.Kind kind) {
        return copies.stream().filter(c -> c.kind() == kind).map(CopyRecipient::entry).toList();
    }

    private static String deadlineOf(DispatchStatus s, String reqId) {
        RequirementState due = s.units().stream().flatMap(u -> u.requirements().stream())
                .filter(r -> r.requirementId().equals(reqId) && r.deadline() != null)
                .min(java.util.Comparator.comparing(RequirementState::deadline)).orElse(null);
        if (due == null) {
            return CliText.get("status.noDeadline");
        }
        // Offices write a time of day before the date: "16 giờ 30 ngày 12/03/2021".
        return CliText.get("status.due", due.deadlineTime() == null ? VietnameseDates.formatShort(due.deadline())
                : CliText.get("status.deadlineAt", due.deadlineTime().getHour(), String.format("%02d", due.deadlineTime().getMinute()),
                        VietnameseDates.formatShort(due.deadline())));
    }

    private static String shortDate(Instant at) {
        return at == null ? "" : VietnameseDates.formatShort(at.atZone(Workspace.VIETNAM).toLocalDate());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
