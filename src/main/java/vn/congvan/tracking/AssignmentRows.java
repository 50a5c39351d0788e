package vn.congvan.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congvan.model.Assignment;
import vn.congvan.model.UnitRole;

/**
 * Reads the rows of {@link LedgerQueries#EVERY_ASSIGNMENT}: one row per dispatch, holding its assignments with their
 * positions as {@link JoinedRecords} (read column by column, the 600,000 assignments of a large ledger cost
 * 3.7 s of driver calls, as one text a dispatch 1.2 s). An address is written after "=" so that none (NULL) and an
 * empty one differ. One reader per query: the texts units repeat in every dispatch (codes,
 * names, addresses, requirement ids), days and times are made once and shared.
 */
final class AssignmentRows {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, LocalTime> times = new HashMap<>();
    private final int[] cuts = new int[7];
    /** The positions of the row being read, in the order it holds them. */
    private int[] positions = new int[64];

    /** One dispatch's assignments, in the order of their positions. */
    List<Assignment> read(String row) {
        List<Assignment> assignments = new ArrayList<>();
        boolean inOrder = true;
        for (int start = 0; start < row.length(); ) {
            int end = JoinedRecords.end(row, start);
            JoinedRecords.cut(row, start, end, cuts);
            int position = Integer.parseInt(row, start, cuts[0], 10);
            int n = assignments.size();
            if (n == positions.length) {
                positions = Arrays.copyOf(positions, 2 * n);
            }
            inOrder &= n == 0 || positions[n - 1] < position;
            positions[n] = position;
            String email = cuts[3] + 1 == cuts[4] ? null : text(row, cuts[3] + 2, cuts[4]);
            LocalDate deadline = cuts[4] + 1 == cuts[5] ? null : days.computeIfAbsent(row.substring(cuts[4] + 1, cuts[5]), Sql::date);
            LocalTime time = cuts[5] + 1 == cuts[6] ? null : times.computeIfAbsent(row.substring(cuts[5] + 1, cuts[6]), LocalTime::parse);
            UnitRole role = cuts[6] + 1 == end ? null : UnitRole.valueOf(row.substring(cuts[6] + 1, end));
            assignments.add(new Assignment(text(row, cuts[0] + 1, cuts[1]), text(row, cuts[2] + 1, cuts[3]), email,
                    text(row, cuts[1] + 1, cuts[2]), deadline, time, role));
            start = end + 1;
        }
        return inOrder ? assignments : byPosition(assignments);
    }

    /** The assignments as their positions order them (SQL leaves the order within a group to the database). */
    private List<Assignment> byPosition(List<Assignment> assignments) {
        int[] at = positions;
        Integer[] order = new Integer[assignments.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> at[i]));
        return Arrays.stream(order).map(assignments::get).toList();
    }

    private String text(String row, int from, int to) {
        return texts.computeIfAbsent(row.substring(from, to), t -> t);
    }
}
