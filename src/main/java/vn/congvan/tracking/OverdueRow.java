package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#OVERDUE}: one row for each moment something fell due, holding all the
 * assignments late since that moment as {@link JoinedRecords} (133,558 late assignments: 340 ms of processor read
 * one row each, 190 ms read as one text per moment). An assignment's fields: dispatch, unit position, position,
 * requirement, deadline, time of day, code, name. One reader per query: the few hundred distinct days and times
 * are parsed once, and each unit's code and name are made once and shared by all its assignments.
 */
final class OverdueRow {
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    /** "code␟name" → {code, name}. */
    private final Map<String, String[]> units = new HashMap<>();
    private final int[] cuts = new int[7];

    /** Adds the assignments of one row to {@code into}. */
    void read(String row, List<OverdueAssignment> into) {
        for (int start = 0; start < row.length(); ) {
            int end = JoinedRecords.end(row, start);
            into.add(assignment(row, start, end));
            start = end + 1;
        }
    }

    private OverdueAssignment assignment(String row, int start, int end) {
        JoinedRecords.cut(row, start, end, cuts);
        String[] unit = units.computeIfAbsent(row.substring(cuts[5] + 1, end), OverdueRow::codeAndName);
        return new OverdueAssignment(Long.parseLong(row, start, cuts[0], 10), unit[0], unit[1],
                row.substring(cuts[2] + 1, cuts[3]),
                cuts[3] + 1 == cuts[4] ? null : days.computeIfAbsent(row.substring(cuts[3] + 1, cuts[4]), Sql::date),
                cuts[4] + 1 == cuts[5] ? null : times.computeIfAbsent(row.substring(cuts[4] + 1, cuts[5]), LocalTime::parse),
                Integer.parseInt(row, cuts[0] + 1, cuts[1], 10), Integer.parseInt(row, cuts[1] + 1, cuts[2], 10));
    }

    private static String[] codeAndName(String codeAndName) {
        int cut = codeAndName.indexOf(JoinedRecords.FIELD);
        return new String[] {codeAndName.substring(0, cut), codeAndName.substring(cut + 1)};
    }
}
