package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#OVERDUE}: every column comes joined in one text (dispatch, unit position,
 * position, requirement, deadline, time of day, code, name), because on SQLite each column read is a call into the
 * driver's native code that costs more than the text itself, and a late list has a hundred thousand rows. The name
 * is last, so that it may hold anything; numbers, requirement ids, dates, times and codes never hold the separator
 * (codes and ids come from cells cleaned of control characters). One reader per query: the few hundred distinct days
 * and times are parsed once, and each unit's code and name are made once and shared by all its rows.
 */
final class OverdueRow {
    /** ASCII's unit separator, written into the query as a literal (SQLite and PostgreSQL alike). */
    static final char SEPARATOR = '\u001F';

    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    /** "code␟name" → {code, name}. */
    private final Map<String, String[]> units = new HashMap<>();

    OverdueAssignment read(String row) {
        int a = row.indexOf(SEPARATOR);
        int b = row.indexOf(SEPARATOR, a + 1);
        int c = row.indexOf(SEPARATOR, b + 1);
        int d = row.indexOf(SEPARATOR, c + 1);
        int e = row.indexOf(SEPARATOR, d + 1);
        int f = row.indexOf(SEPARATOR, e + 1);
        String[] unit = units.computeIfAbsent(row.substring(f + 1), OverdueRow::codeAndName);
        return new OverdueAssignment(Long.parseLong(row, 0, a, 10), unit[0], unit[1], row.substring(c + 1, d),
                d + 1 == e ? null : days.computeIfAbsent(row.substring(d + 1, e), Sql::date),
                e + 1 == f ? null : times.computeIfAbsent(row.substring(e + 1, f), LocalTime::parse),
                Integer.parseInt(row, a + 1, b, 10), Integer.parseInt(row, b + 1, c, 10));
    }

    private static String[] codeAndName(String codeAndName) {
        int cut = codeAndName.indexOf(SEPARATOR);
        return new String[] {codeAndName.substring(0, cut), codeAndName.substring(cut + 1)};
    }
}
