package vn.congvan.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.Dispatch;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Requirement;
import vn.congvan.model.RequirementSeries;
import vn.congvan.text.Messages;

/**
 * A requirement due every month or quarter ("trước ngày 20 hằng tháng", "định kỳ hằng quý") becomes one
 * requirement per period, so that each period has its own deadline, status and lateness. The series starts
 * at its stated start ("từ quý II/2021"), else at the first period due after the document's date, and its
 * periods are made up to a horizon: at import, the office's horizon ({@code recurring-months}) from the
 * first period; later, the same horizon from today ({@link SeriesExtension}). Ids name the period:
 * "2.2021-05" (May 2021), "2.2021-Q2" (the second quarter of 2021).
 */
final class RecurringRequirements {
    private static final Messages MESSAGES = Messages.of(RecurringRequirements.class);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private RecurringRequirements() {
    }

    /** The dispatch with each recurring requirement replaced by its periods, and the series they belong to. */
    record Expanded(Dispatch dispatch, List<RequirementSeries> series) {
    }

    static Expanded expand(Dispatch dispatch, int horizonMonths) {
        if (dispatch.requirements().stream().noneMatch(r -> r.recurrence() != null)) {
            return new Expanded(dispatch, List.of());
        }
        LocalDate issued = dispatch.document().date();
        List<Requirement> expanded = new ArrayList<>();
        List<RequirementSeries> series = new ArrayList<>();
        for (Requirement r : dispatch.requirements()) {
            if (r.recurrence() == null) {
                expanded.add(r);
                continue;
            }
            List<Recurrence.Occurrence> occurrences = r.recurrence().occurrences(issued, horizonMonths);
            for (Recurrence.Occurrence o : occurrences) {
                expanded.add(new Requirement(periodId(r.id(), r.recurrence(), o), named(r.text(), r.recurrence(), o),
                        List.of(o.due()), r.items(), r.lead(), r.support(), r.dueTime(), null));
            }
            if (!occurrences.isEmpty()) {
                Recurrence.Occurrence first = occurrences.get(0);
                Recurrence fixed = new Recurrence(r.recurrence().period(), r.recurrence().dayOfMonth(), first.firstMonth());
                series.add(new RequirementSeries(r.id(), r.text(), fixed, r.dueTime(), periodId(r.id(), fixed, first)));
            }
        }
        return new Expanded(new Dispatch(dispatch.document(), expanded, dispatch.references()), series);
    }

    /**
     * The periods of a series that begin before {@code through}: every period from its first, each as the
     * requirement the ledger holds for it (id, text with the period's name, deadline).
     */
    static List<Requirement> periods(RequirementSeries s, YearMonth through) {
        Recurrence r = s.recurrence();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(r.start(), through);
        if (months <= 0) {
            return List.of();
        }
        List<Requirement> periods = new ArrayList<>();
        for (Recurrence.Occurrence o : r.occurrences(r.start().atDay(1), (int) months)) {
            periods.add(new Requirement(periodId(s.requirementId(), r, o), named(s.text(), r, o), List.of(o.due()), List.of(),
                    List.of(), List.of(), s.dueTime(), null));
        }
        return periods;
    }

    private static String named(String text, Recurrence r, Recurrence.Occurrence o) {
        return text + " (" + periodName(r, o) + ")";
    }

    private static String periodId(String requirementId, Recurrence r, Recurrence.Occurrence o) {
        return requirementId + "." + (r.period() == Recurrence.Period.QUARTERLY
                ? o.firstMonth().getYear() + "-Q" + quarter(o)
                : o.firstMonth().toString());
    }

    private static String periodName(Recurrence r, Recurrence.Occurrence o) {
        return r.period() == Recurrence.Period.QUARTERLY
                ? MESSAGES.get("recurring.quarter", ROMAN[quarter(o) - 1], String.valueOf(o.firstMonth().getYear()))
                : MESSAGES.get("recurring.month", String.valueOf(o.firstMonth().getMonthValue()),
                        String.valueOf(o.firstMonth().getYear()));
    }

    private static int quarter(Recurrence.Occurrence o) {
        return (o.firstMonth().getMonthValue() - 1) / 3 + 1;
    }
}
