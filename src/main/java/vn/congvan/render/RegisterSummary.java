package vn.congvan.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.Recipient;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseDates;

/**
 * The register's summary sheet ("Tổng hợp"): how many units stand where on each requirement, and the
 * same per group of units as the dispatch addressed them, on the day the figures hold for.
 *
 * @param asOf          the line saying which day the figures hold for
 * @param byRequirement one line per requirement, in the dispatch's order
 * @param byGroup       one line per group the dispatch addressed ("UBND các phường, xã"), then the units
 *                      it addressed one by one, when there are any
 * @param total         the whole dispatch: every unit, every requirement (a unit in two groups counts once)
 */
public record RegisterSummary(String asOf, List<Line> byRequirement, List<Line> byGroup, Line total) {
    private static final Messages MESSAGES = Messages.of(RegisterSummary.class);

    public RegisterSummary {
        byRequirement = List.copyOf(byRequirement);
        byGroup = List.copyOf(byGroup);
    }

    /**
     * One line of counts of (unit × requirement) pairs.
     *
     * @param label what the line counts ("Nội dung 1: …", "UBND các phường, xã")
     * @param units how many units it covers
     */
    public record Line(String label, int units, int done, int inProgress, int notStarted, int overdue) {
        public int total() {
            return done + inProgress + notStarted + overdue;
        }
    }

    /**
     * The counts of {@code status}, grouped by requirement and by the "Kính gửi" groups in
     * {@code recipients}; a unit in two groups counts in both.
     *
     * @param requirementLabel the label of a requirement's line, from its id
     */
    public static RegisterSummary of(DispatchStatus status, List<Recipient> recipients,
                                     Function<String, String> requirementLabel) {
        List<Line> byRequirement = new ArrayList<>();
        for (String id : status.requirementIds()) {
            Map<ComplianceStatus, Integer> c = status.counts(id);
            int units = (int) status.units().stream()
                    .filter(u -> u.requirements().stream().anyMatch(r -> r.requirementId().equals(id))).count();
            byRequirement.add(line(requirementLabel.apply(id), units, c));
        }
        List<Line> byGroup = new ArrayList<>();
        Set<String> inAGroup = new LinkedHashSet<>();
        for (Recipient r : recipients) {
            if (r.group()) {
                List<UnitStatus> members = status.units().stream().filter(u -> r.unitCodes().contains(u.unitCode())).toList();
                if (!members.isEmpty()) {
                    byGroup.add(line(r.entry(), members.size(), counts(members)));
                    members.forEach(u -> inAGroup.add(u.unitCode()));
                }
            }
        }
        List<UnitStatus> alone = status.units().stream().filter(u -> !inAGroup.contains(u.unitCode())).toList();
        if (!alone.isEmpty()) {
            byGroup.add(line(MESSAGES.get("xlsx.summary.addressedAlone"), alone.size(), counts(alone)));
        }
        String asOf = MESSAGES.get("xlsx.summary.asOf", VietnameseDates.formatShort(status.asOf()));
        Line total = line(MESSAGES.get("xlsx.summary.total"), status.units().size(), status.counts());
        return new RegisterSummary(asOf, byRequirement, byGroup, total);
    }

    private static Map<ComplianceStatus, Integer> counts(List<UnitStatus> units) {
        Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
        for (UnitStatus u : units) {
            for (RequirementState r : u.requirements()) {
                counts.merge(r.status(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Line line(String label, int units, Map<ComplianceStatus, Integer> c) {
        return new Line(label, units, c.getOrDefault(ComplianceStatus.DONE, 0), c.getOrDefault(ComplianceStatus.IN_PROGRESS, 0),
                c.getOrDefault(ComplianceStatus.NOT_STARTED, 0), c.getOrDefault(ComplianceStatus.OVERDUE, 0));
    }
}
