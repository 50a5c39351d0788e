package vn.congvan.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.tracking.DispatchSummary;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.OverdueAssignment;

/**
 * The use cases over the whole ledger, list and overdue, answered from the status tables the ledger keeps with its
 * events (a few rows per dispatch and one index), not by projecting a million events: what a large office's
 * window and commands ask every time they open.
 */
final class LedgerOverview {
    private LedgerOverview() {
    }

    /** See {@link CongvanService#list}; {@code at} the moment deadlines are judged at. */
    static List<CongvanService.DispatchLine> list(Ledger ledger, CongvanService.Progress only, LocalDateTime at) {
        Map<Long, DispatchSummary> summaries = ledger.queries().summaries(at);
        List<CongvanService.DispatchLine> lines = new ArrayList<>();
        for (TrackedDispatch d : ledger.queries().dispatches()) {
            DispatchSummary s = summaries.get(d.key());
            if (s == null) {
                continue; // no assignment, as a status with no unit was skipped before
            }
            Map<ComplianceStatus, Integer> counts = s.counts();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            CongvanService.Progress p = counts.get(ComplianceStatus.OVERDUE) > 0 ? CongvanService.Progress.OVERDUE
                    : counts.get(ComplianceStatus.DONE) == total ? CongvanService.Progress.DONE : CongvanService.Progress.OPEN;
            if (only == null || only == p) {
                lines.add(new CongvanService.DispatchLine(d, p, s.units(), s.acknowledged(), counts, s.nearestDeadline(),
                        s.unitsDone(), s.unitNames()));
            }
        }
        return lines;
    }

    /** See {@link CongvanService#overdue}; {@code day} the day days late are counted to. */
    static List<CongvanService.OverdueLine> overdue(Ledger ledger, CongvanService.OverdueOrder order, LocalDate day,
                                                    LocalDateTime at) {
        Map<Long, List<OverdueAssignment>> byDispatch = new HashMap<>();
        for (OverdueAssignment a : ledger.queries().overdue(at)) {
            byDispatch.computeIfAbsent(a.dispatchKey(), k -> new ArrayList<>()).add(a);
        }
        // As status lists them: dispatches in import order, units in task-set order, each unit's requirements in order.
        // A late list holds a hundred thousand lines: sorted by buckets of small sorts, not one sort with a long comparator.
        List<CongvanService.OverdueLine> lines = new ArrayList<>();
        List<Integer> dispatchStarts = new ArrayList<>();
        for (TrackedDispatch d : ledger.queries().dispatches()) {
            List<OverdueAssignment> of = byDispatch.get(d.key());
            if (of == null) {
                continue; // none late, or imported between the two reads
            }
            of.sort(Comparator.comparingInt(OverdueAssignment::unitPosition).thenComparingInt(OverdueAssignment::position));
            dispatchStarts.add(lines.size());
            for (OverdueAssignment a : of) {
                lines.add(new CongvanService.OverdueLine(d, a.unitCode(), a.unitName(), a.requirementId(), a.deadline(),
                        ChronoUnit.DAYS.between(a.deadline(), day), a.deadlineTime()));
            }
        }
        Comparator<CongvanService.OverdueLine> mostLate =
                Comparator.comparingLong(CongvanService.OverdueLine::daysLate).reversed();
        if (order == CongvanService.OverdueOrder.BY_UNIT) {
            return byUnit(lines, mostLate);
        }
        dispatchStarts.add(lines.size());
        for (int i = 0; i + 1 < dispatchStarts.size(); i++) {
            lines.subList(dispatchStarts.get(i), dispatchStarts.get(i + 1)).sort(mostLate);
        }
        return lines;
    }

    /** Grouped by unit (name, then code), the most late first within each; otherwise in the order given (stable). */
    private static List<CongvanService.OverdueLine> byUnit(List<CongvanService.OverdueLine> lines,
                                                           Comparator<CongvanService.OverdueLine> mostLate) {
        Map<String, Map<String, List<CongvanService.OverdueLine>>> byCode = new HashMap<>();
        for (CongvanService.OverdueLine l : lines) {
            byCode.computeIfAbsent(l.unitCode(), k -> new HashMap<>()).computeIfAbsent(l.unitName(), k -> new ArrayList<>()).add(l);
        }
        List<Map.Entry<String[], List<CongvanService.OverdueLine>>> groups = new ArrayList<>();
        byCode.forEach((code, byName) -> byName.forEach((name, group) -> groups.add(Map.entry(new String[] {name, code}, group))));
        groups.sort(Comparator.comparing((Map.Entry<String[], List<CongvanService.OverdueLine>> g) -> g.getKey()[0])
                .thenComparing(g -> g.getKey()[1]));
        List<CongvanService.OverdueLine> out = new ArrayList<>(lines.size());
        for (Map.Entry<String[], List<CongvanService.OverdueLine>> g : groups) {
            g.getValue().sort(mostLate);
            out.addAll(g.getValue());
        }
        return out;
    }
}
