package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congvan.model.Assignment;
import vn.congvan.model.UnitRole;

/** One dispatch's assignments as {@link LedgerQueries#EVERY_ASSIGNMENT} joins them, read back in task-set order. */
class AssignmentRowsTest {
    private static final Assignment PHU_THUY_1 = new Assignment("PHU-THUY", "UBND phường Phú Thủy", "phuthuy@congvan.example",
            "1", LocalDate.of(2019, 8, 30));
    private static final Assignment PHU_THUY_2 = new Assignment("PHU-THUY", "UBND phường Phú Thủy", "phuthuy@congvan.example",
            "2", LocalDate.of(2019, 8, 30), LocalTime.of(17, 0), UnitRole.LEAD);
    private static final Assignment DUC_THANG_1 = new Assignment("DUC-THANG", "UBND phường Đức Thắng", null, "1", null);

    @Test
    void aRowInTheOrderOfItsPositionsIsReadAsItIs() {
        String row = record(0, PHU_THUY_1) + JoinedRecords.RECORD + record(1, PHU_THUY_2) + JoinedRecords.RECORD + record(5, DUC_THANG_1);

        assertEquals(List.of(PHU_THUY_1, PHU_THUY_2, DUC_THANG_1), new AssignmentRows().read(row));
    }

    @Test
    void aRowTheDatabaseJoinedInAnotherOrderIsPutInTheOrderOfItsPositions() {
        // PostgreSQL, for one, joins a group's rows in whatever order it found them.
        String row = record(10, DUC_THANG_1) + JoinedRecords.RECORD + record(2, PHU_THUY_1) + JoinedRecords.RECORD + record(3, PHU_THUY_2);

        assertEquals(List.of(PHU_THUY_1, PHU_THUY_2, DUC_THANG_1), new AssignmentRows().read(row));
    }

    @Test
    void aReaderReadsOneRowAfterAnotherEachInItsOwnOrder() {
        AssignmentRows rows = new AssignmentRows();
        StringBuilder many = new StringBuilder();
        for (int p = 99; p >= 0; p--) {
            many.append(many.isEmpty() ? "" : String.valueOf(JoinedRecords.RECORD)).append(record(p, p % 2 == 0 ? PHU_THUY_1 : DUC_THANG_1));
        }
        List<Assignment> read = rows.read(many.toString());
        assertEquals(100, read.size());
        assertEquals(PHU_THUY_1, read.get(0));
        assertEquals(DUC_THANG_1, read.get(99));
        assertEquals(List.of(DUC_THANG_1, PHU_THUY_1), rows.read(record(0, DUC_THANG_1) + JoinedRecords.RECORD + record(1, PHU_THUY_1)));
    }

    /** An assignment as the query joins it: position, code, requirement, name, "=" address, deadline, time, role. */
    private static String record(int position, Assignment a) {
        char f = JoinedRecords.FIELD;
        return "" + position + f + a.unitCode() + f + a.requirementId() + f + a.unitName() + f
                + (a.unitEmail() == null ? "" : "=" + a.unitEmail()) + f + (a.deadline() == null ? "" : a.deadline().toString()) + f
                + (a.deadlineTime() == null ? "" : a.deadlineTime().toString()) + f + (a.role() == null ? "" : a.role().name());
    }
}
