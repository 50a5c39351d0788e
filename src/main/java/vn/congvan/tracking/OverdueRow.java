package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#OVERDUE}: one row for each moment something fell due, holding all the
 * assignments late since that moment as one text, because on SQLite each row stepped and each column read is a
 * call into the driver's native code that costs more than the text itself (133,558 late assignments: 340 ms of
 * processor read one row each, 190 ms read as one text per moment). An assignment's fields (dispatch, unit
 * position, position, requirement, deadline, time of day, code, name) are joined by {@link #FIELD}, assignments
 * by {@link #RECORD}: no field holds either (names, codes and ids come from text cleaned of control characters).
 * One reader per query: the few hundred distinct days and times are parsed once, and each unit's code and name are
 * made once and shared by all its assignments.
 */
final class OverdueRow {
    /** ASCII's unit and record separators, written into the query as literals (SQLite and PostgreSQL alike). */
    static final char FIELD = '\u001F';
    static final char RECORD = '\u001E';

    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    /** "code␟name" → {code, name}. */
    private final Map<String, String[]> units = new HashMap<>();
    private final int[] cuts = new int[7];

    /** Adds the assignments of one row to {@code into}. */
    void read(String row, List<OverdueAssignment> into) {
        for (int start = 0; start < row.length(); ) {
            int end = row.indexOf(RECORD, start);
            end = end < 0 ? row.length() : end;
            into.add(assignment(row, start, end));
            start = end + 1;
        }
    }

    private OverdueAssignment assignment(String row, int start, int end) {
        cut(row, start, end, cuts);
        String[] unit = units.computeIfAbsent(row.substring(cuts[5] + 1, end), OverdueRow::codeAndName);
        return new OverdueAssignment(Long.parseLong(row, start, cuts[0], 10), unit[0], unit[1],
                row.substring(cuts[2] + 1, cuts[3]),
                cuts[3] + 1 == cuts[4] ? null : days.computeIfAbsent(row.substring(cuts[3] + 1, cuts[4]), Sql::date),
                cuts[4] + 1 == cuts[5] ? null : times.computeIfAbsent(row.substring(cuts[4] + 1, cuts[5]), LocalTime::parse),
                Integer.parseInt(row, cuts[0] + 1, cuts[1], 10), Integer.parseInt(row, cuts[1] + 1, cuts[2], 10));
    }

    /**
     * Where the record {@code row[start, end)} has its first {@code cuts.length} field separators, into {@code cuts};
     * a record with fewer fields is a ledger this program did not write, and is refused rather than read wrong.
     */
    static void cut(String row, int start, int end, int[] cuts) {
        int at = start - 1;
        for (int i = 0; i < cuts.length; i++) {
            at = row.indexOf(FIELD, at + 1);
            if (at < 0 || at > end) {
                throw new IllegalStateException("joined row with fewer fields than expected: " + row.substring(start, end));
            }
            cuts[i] = at;
        }
    }

    private static String[] codeAndName(String codeAndName) {
        int cut = codeAndName.indexOf(FIELD);
        return new String[] {codeAndName.substring(0, cut), codeAndName.substring(cut + 1)};
    }
}
