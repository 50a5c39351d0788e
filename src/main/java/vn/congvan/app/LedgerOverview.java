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
        Map<Long, Integer> imported = new HashMap<>();
        Map<Long, TrackedDispatch> dispatches = new HashMap<>();
        for (TrackedDispatch d : ledger.queries().dispatches()) {
            imported.put(d.key(), imported.size());
            dispatches.put(d.key(), d);
        }
        List<OverdueAssignment> late = new ArrayList<>(ledger.queries().overdue(at));
        late.removeIf(a -> !dispatches.containsKey(a.dispatchKey())); // imported between the two reads
        // As status lists them: dispatches in import order, units in task-set order, each unit's requirements in order.
        late.sort(Comparator.comparingInt((OverdueAssignment a) -> imported.get(a.dispatchKey()))
                .thenComparingInt(OverdueAssignment::unitPosition).thenComparingInt(OverdueAssignment::position));
        List<CongvanService.OverdueLine> lines = new ArrayList<>(late.size());
        for (OverdueAssignment a : late) {
            lines.add(new CongvanService.OverdueLine(dispatches.get(a.dispatchKey()), a.unitCode(), a.unitName(),
                    a.requirementId(), a.deadline(), ChronoUnit.DAYS.between(a.deadline(), day), a.deadlineTime()));
        }
        Comparator<CongvanService.OverdueLine> mostLate =
                Comparator.comparingLong(CongvanService.OverdueLine::daysLate).reversed();
        if (order == CongvanService.OverdueOrder.BY_UNIT) {
            lines.sort(Comparator.comparing(CongvanService.OverdueLine::unitName)
                    .thenComparing(CongvanService.OverdueLine::unitCode).thenComparing(mostLate));
        } else {
            // Already in import order: only the most late first within each dispatch.
            lines.sort(Comparator.comparingInt((CongvanService.OverdueLine l) -> imported.get(l.dispatch().key()))
                    .thenComparing(mostLate));
        }
        return lines;
    }
}
