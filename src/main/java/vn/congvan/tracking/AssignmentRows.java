package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.Assignment;
import vn.congvan.model.UnitRole;

/**
 * Reads the rows of {@link LedgerQueries#EVERY_ASSIGNMENT}: one row per dispatch, holding its assignments in
 * task-set order as {@link JoinedRecords} (read column by column, the 600,000 assignments of a large ledger cost
 * 3.7 s of driver calls, as one text a dispatch 1.2 s). An address is written after "=" so that none (NULL) and an
 * empty one differ. One reader per query: the texts units repeat in every dispatch (codes,
 * names, addresses, requirement ids), days and times are made once and shared.
 */
final class AssignmentRows {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    private final int[] cuts = new int[6];

    /** One dispatch's assignments, in the order the row holds them. */
    List<Assignment> read(String row) {
        List<Assignment> assignments = new ArrayList<>();
        for (int start = 0; start < row.length(); ) {
            int end = JoinedRecords.end(row, start);
            JoinedRecords.cut(row, start, end, cuts);
            String email = cuts[2] + 1 == cuts[3] ? null : text(row, cuts[2] + 2, cuts[3]);
            LocalDate deadline = cuts[3] + 1 == cuts[4] ? null : days.computeIfAbsent(row.substring(cuts[3] + 1, cuts[4]), Sql::date);
            LocalTime time = cuts[4] + 1 == cuts[5] ? null : times.computeIfAbsent(row.substring(cuts[4] + 1, cuts[5]), LocalTime::parse);
            UnitRole role = cuts[5] + 1 == end ? null : UnitRole.valueOf(row.substring(cuts[5] + 1, end));
            assignments.add(new Assignment(text(row, start, cuts[0]), text(row, cuts[1] + 1, cuts[2]), email,
                    text(row, cuts[0] + 1, cuts[1]), deadline, time, role));
            start = end + 1;
        }
        return assignments;
    }

    private String text(String row, int from, int to) {
        return texts.computeIfAbsent(row.substring(from, to), t -> t);
    }
}
