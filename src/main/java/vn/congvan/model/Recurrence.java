package vn.congvan.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A requirement due again every period ("trước ngày 20 hằng tháng", "định kỳ hằng quý") rather than once.
 *
 * @param period     how often
 * @param dayOfMonth the day of the period's (last) month it is due; 0 for the period's last day
 * @param start      the first month of the first period, when the text states one ("từ kỳ báo cáo quý II/2021");
 *                   else null (the first period due after the document's date)
 */
public record Recurrence(Period period, int dayOfMonth, YearMonth start) {
    public enum Period {
        MONTHLY(1),
        QUARTERLY(3);

        private final int months;

        Period(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /**
     * The periods due from {@code start} (or the first due after {@code issued}) up to {@code horizon}
     * months later: the periods whose deadlines fall in that span.
     */
    public List<Occurrence> occurrences(LocalDate issued, int horizonMonths) {
        YearMonth first = start != null ? firstMonthOf(start) : firstMonthOf(YearMonth.from(issued));
        while (start == null && !due(first).isAfter(issued)) {
            first = first.plusMonths(period.months());
        }
        List<Occurrence> result = new ArrayList<>();
        for (YearMonth p = first; p.isBefore(first.plusMonths(horizonMonths)); p = p.plusMonths(period.months())) {
            result.add(new Occurrence(p, due(p)));
        }
        return result;
    }

    /** The first month of the period holding {@code month}. */
    private YearMonth firstMonthOf(YearMonth month) {
        int offset = (month.getMonthValue() - 1) % period.months();
        return month.minusMonths(offset);
    }

    /** The deadline of the period that begins in {@code firstMonth}. */
    private LocalDate due(YearMonth firstMonth) {
        YearMonth last = firstMonth.plusMonths(period.months() - 1L);
        return dayOfMonth == 0 ? last.atEndOfMonth() : last.atDay(Math.min(dayOfMonth, last.lengthOfMonth()));
    }

    /**
     * One period of a recurring requirement.
     *
     * @param firstMonth the period's first month (for a quarter: January, April, July or October)
     * @param due        its deadline
     */
    public record Occurrence(YearMonth firstMonth, LocalDate due) {
    }
}
