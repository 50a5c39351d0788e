package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#OVERDUE}: the text columns come joined in one (code, requirement, deadline,
 * time of day, name), because on SQLite each column read is a call into the driver's native code that costs more
 * than the text itself, and a late list has a hundred thousand rows. The name is last, so that it may hold anything;
 * codes, requirement ids, dates and times never hold the separator. One reader per query: the few hundred distinct
 * days and times are parsed once.
 */
final class OverdueRow {
    /** ASCII's unit separator, written into the query as a literal (SQLite and PostgreSQL alike). */
    static final char SEPARATOR = '\u001F';

    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();

    OverdueAssignment read(long dispatchKey, int unitPosition, int position, String joined) {
        int a = joined.indexOf(SEPARATOR);
        int b = joined.indexOf(SEPARATOR, a + 1);
        int c = joined.indexOf(SEPARATOR, b + 1);
        int d = joined.indexOf(SEPARATOR, c + 1);
        String deadline = joined.substring(b + 1, c);
        String time = joined.substring(c + 1, d);
        return new OverdueAssignment(dispatchKey, joined.substring(0, a), joined.substring(d + 1), joined.substring(a + 1, b),
                deadline.isEmpty() ? null : days.computeIfAbsent(deadline, Sql::date),
                time.isEmpty() ? null : times.computeIfAbsent(time, LocalTime::parse), unitPosition, position);
    }
}
