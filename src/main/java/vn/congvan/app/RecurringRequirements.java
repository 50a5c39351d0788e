package vn.congvan.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.Dispatch;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Requirement;
import vn.congvan.text.Messages;

/**
 * A requirement due every month or quarter ("trước ngày 20 hằng tháng", "định kỳ hằng quý") becomes one
 * requirement per period, so that each period has its own deadline, status and lateness. Periods are made
 * for {@link #HORIZON_MONTHS} months from the first one: the series' stated start ("từ quý II/2021"), else
 * the first period due after the document's date. Ids name the period: "2.2021-05" (May 2021),
 * "2.2021-Q2" (the second quarter of 2021).
 */
final class RecurringRequirements {
    /** Twelve monthly reports, or four quarterly ones, from the first period. */
    static final int HORIZON_MONTHS = 12;

    private static final Messages MESSAGES = Messages.of(RecurringRequirements.class);

    private RecurringRequirements() {
    }

    static Dispatch expand(Dispatch dispatch) {
        if (dispatch.requirements().stream().noneMatch(r -> r.recurrence() != null)) {
            return dispatch;
        }
        LocalDate issued = dispatch.document().date();
        List<Requirement> expanded = new ArrayList<>();
        for (Requirement r : dispatch.requirements()) {
            if (r.recurrence() == null) {
                expanded.add(r);
                continue;
            }
            for (Recurrence.Occurrence o : r.recurrence().occurrences(issued, HORIZON_MONTHS)) {
                expanded.add(new Requirement(r.id() + "." + periodId(r.recurrence(), o), r.text() + " (" + periodName(r.recurrence(), o) + ")",
                        List.of(o.due()), r.items(), r.lead(), r.support(), r.dueTime(), null));
            }
        }
        return new Dispatch(dispatch.document(), expanded, dispatch.references());
    }

    private static String periodId(Recurrence r, Recurrence.Occurrence o) {
        return r.period() == Recurrence.Period.QUARTERLY
                ? o.firstMonth().getYear() + "-Q" + quarter(o)
                : o.firstMonth().toString();
    }

    private static String periodName(Recurrence r, Recurrence.Occurrence o) {
        return r.period() == Recurrence.Period.QUARTERLY
                ? MESSAGES.get("recurring.quarter", ROMAN[quarter(o) - 1], String.valueOf(o.firstMonth().getYear()))
                : MESSAGES.get("recurring.month", String.valueOf(o.firstMonth().getMonthValue()),
                        String.valueOf(o.firstMonth().getYear()));
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private static int quarter(Recurrence.Occurrence o) {
        return (o.firstMonth().getMonthValue() - 1) / 3 + 1;
    }
}
