package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#OVERDUE}: the text columns come joined in one (requirement, deadline, time of
 * day, code, name), because on SQLite each column read is a call into the driver's native code that costs more than
 * the text itself, and a late list has a hundred thousand rows (the numbers stay columns: joining them costs SQLite
 * more than reading them saves). The name is last, so that it may hold anything; requirement ids, dates, times and
 * codes never hold the separator (codes and ids come from cells cleaned of control characters). One reader per query:
 * the few hundred distinct days and times are parsed once, and each unit's code and name are made once and shared by
 * all its rows.
 */
final class OverdueRow {
    /** ASCII's unit separator, written into the query as a literal (SQLite and PostgreSQL alike). */
    static final char SEPARATOR = '\u001F';

    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    /** "code␟name" → {code, name}. */
    private final Map<String, String[]> units = new HashMap<>();

    OverdueAssignment read(long dispatchKey, int unitPosition, int position, String joined) {
        int a = joined.indexOf(SEPARATOR);
        int b = joined.indexOf(SEPARATOR, a + 1);
        int c = joined.indexOf(SEPARATOR, b + 1);
        String[] unit = units.computeIfAbsent(joined.substring(c + 1), OverdueRow::codeAndName);
        return new OverdueAssignment(dispatchKey, unit[0], unit[1], joined.substring(0, a),
                a + 1 == b ? null : days.computeIfAbsent(joined.substring(a + 1, b), Sql::date),
                b + 1 == c ? null : times.computeIfAbsent(joined.substring(b + 1, c), LocalTime::parse),
                unitPosition, position);
    }

    private static String[] codeAndName(String codeAndName) {
        int cut = codeAndName.indexOf(SEPARATOR);
        return new String[] {codeAndName.substring(0, cut), codeAndName.substring(cut + 1)};
    }
}
