package vn.congvan.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementSeries;
import vn.congvan.tracking.Ledger;

/**
 * Keeps recurring requirements assigned ahead as time passes: before a status, the list or a report, every
 * series gets the periods that have come within the office's horizon of today (Vietnam), each period once,
 * to the units of its first period. Nothing is changed, only added, with a PERIOD_ADDED event per period.
 * A day the user names counts as today when it is earlier ("status --today" of a past day adds nothing the
 * ledger did not have by then); a later one does not, so that no period is assigned before its time.
 */
final class SeriesExtension {
    private SeriesExtension() {
    }

    /**
     * The requirements as analysed at import, followed by the periods added since (the analysis is kept as it
     * was), each with its text and deadline.
     */
    static List<Requirement> withAddedPeriods(Ledger ledger, long key, List<Requirement> analysed) {
        List<RequirementSeries> series = ledger.queries().series().getOrDefault(key, List.of());
        if (series.isEmpty()) {
            return analysed;
        }
        Set<String> listed = new HashSet<>();
        analysed.forEach(r -> listed.add(r.id()));
        Set<String> held = new HashSet<>(ledger.queries().requirementIds(key));
        List<Requirement> all = new java.util.ArrayList<>(analysed);
        for (RequirementSeries s : series) {
            // Periods are added one month at a time at most a few years on; ten years ahead of the start covers them.
            for (Requirement p : RecurringRequirements.periods(s, s.recurrence().start().plusYears(10))) {
                if (held.contains(p.id()) && !listed.contains(p.id())) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    /**
     * @param horizonMonths asked only when the ledger holds a series (reading the office profile may fail)
     * @param asked         the day the user named, or null
     * @return how many periods were added
     */
    static int extend(Ledger ledger, IntSupplier horizonMonths, Clock clock, LocalDate asked) {
        Map<Long, List<RequirementSeries>> all = ledger.queries().series();
        if (all.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(Workspace.VIETNAM));
        LocalDate day = asked != null && asked.isBefore(today) ? asked : today;
        YearMonth through = YearMonth.from(day).plusMonths(horizonMonths.getAsInt());
        int added = 0;
        for (Map.Entry<Long, List<RequirementSeries>> e : all.entrySet()) {
            Set<String> held = new HashSet<>(ledger.queries().requirementIds(e.getKey()));
            for (RequirementSeries s : e.getValue()) {
                List<Requirement> missing = RecurringRequirements.periods(s, through).stream()
                        .filter(p -> !held.contains(p.id())).toList();
                if (!missing.isEmpty()) {
                    added += ledger.imports().extendSeries(e.getKey(), s, missing, clock.instant());
                }
            }
        }
        return added;
    }
}
