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
                // No assignment: not hidden, or `list` would call a ledger holding it empty.
                if (only == null || only == CongvanService.Progress.UNASSIGNED) {
                    lines.add(new CongvanService.DispatchLine(d, CongvanService.Progress.UNASSIGNED, 0, 0, Map.of(), null, 0, 0,
                            List.of()));
                }
                continue;
            }
            Map<ComplianceStatus, Integer> counts = s.counts();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            CongvanService.Progress p = counts.get(ComplianceStatus.OVERDUE) > 0 ? CongvanService.Progress.OVERDUE
                    : counts.get(ComplianceStatus.DONE) == total ? CongvanService.Progress.DONE : CongvanService.Progress.OPEN;
            if (only == null || only == p) {
                lines.add(new CongvanService.DispatchLine(d, p, s.units(), s.acknowledged(), counts, s.nearestDeadline(),
                        s.unitsDone(), s.unitsSent(), s.unitNames()));
            }
        }
        return lines;
    }

    /** See {@link CongvanService#overdue}; {@code day} the day days late are counted to. */
    static List<CongvanService.OverdueLine> overdue(Ledger ledger, CongvanService.OverdueOrder order, LocalDate day,
                                                    LocalDateTime at) {
        List<OverdueAssignment> late = ledger.queries().overdue(at);
        List<TrackedDispatch> dispatches = ledger.queries().dispatches();
        Map<Long, Integer> importOrder = new HashMap<>(dispatches.size() * 2);
        for (int i = 0; i < dispatches.size(); i++) {
            importOrder.put(dispatches.get(i).key(), i);
        }
        // A late list holds a hundred thousand lines: put in groups (a dispatch's, or a unit's), each sorted alone.
        boolean byUnit = order == CongvanService.OverdueOrder.BY_UNIT;
        List<List<Late>> groups = new ArrayList<>();
        Map<Integer, List<Late>> ofDispatch = new HashMap<>();
        Map<String, Map<String, List<Late>>> ofUnit = new HashMap<>();
        for (OverdueAssignment a : late) {
            Integer place = importOrder.get(a.dispatchKey());
            if (place == null) {
                continue; // imported between the two reads
            }
            List<Late> group = byUnit
                    ? ofUnit.computeIfAbsent(a.unitCode(), k -> new HashMap<>()).computeIfAbsent(a.unitName(), k -> add(groups))
                    : ofDispatch.computeIfAbsent(place, k -> add(groups));
            group.add(new Late(place, a));
        }
        if (byUnit) { // by name, then code
            groups.sort(Comparator.comparing((List<Late> g) -> g.get(0).a().unitName()).thenComparing(g -> g.get(0).a().unitCode()));
        } else { // in import order
            groups.sort(Comparator.comparingInt(g -> g.get(0).dispatch()));
        }
        List<CongvanService.OverdueLine> lines = new ArrayList<>(late.size());
        for (List<Late> group : groups) {
            group.sort(Late::mostLateFirst);
            for (Late l : group) {
                OverdueAssignment a = l.a();
                lines.add(new CongvanService.OverdueLine(dispatches.get(l.dispatch()), a.unitCode(), a.unitName(),
                        a.requirementId(), a.deadline(), ChronoUnit.DAYS.between(a.deadline(), day), a.deadlineTime()));
            }
        }
        return lines;
    }

    private static List<Late> add(List<List<Late>> groups) {
        List<Late> group = new ArrayList<>();
        groups.add(group);
        return group;
    }

    /** A late assignment and its dispatch's place in import order. */
    private record Late(int dispatch, OverdueAssignment a) {
        /** The earliest deadline first; then as status lists them: dispatches in import order, units in task-set
         *  order, each unit's requirements in order. */
        static int mostLateFirst(Late x, Late y) {
            int c = x.a.deadline().compareTo(y.a.deadline());
            if (c == 0) {
                c = Integer.compare(x.dispatch, y.dispatch);
            }
            if (c == 0) {
                c = Integer.compare(x.a.unitPosition(), y.a.unitPosition());
            }
            return c != 0 ? c : Integer.compare(x.a.position(), y.a.position());
        }
    }
}
