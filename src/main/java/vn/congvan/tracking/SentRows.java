package vn.congvan.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of {@link LedgerQueries#SENT_TO_UNITS}: one row per dispatch, holding the mails it was sent to units
 * in as {@link JoinedRecords} (unit, Message-ID, time, event number), in whatever order the database joined them.
 * Read row by row, the 198,034 mails of a large ledger were four driver calls each. {@link #inOrderSent} lists every
 * dispatch's together as the ledger orders its events (by time, then as recorded). One reader per query: a unit's
 * code is made once.
 */
final class SentRows {
    private record Sent(SentToUnit mail, String occurredAt, long seq) {
    }

    private static final Comparator<Sent> LEDGER_ORDER = Comparator.comparing(Sent::occurredAt).thenComparingLong(Sent::seq);

    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, String> units = new HashMap<>();
    private final int[] cuts = new int[3];

    /** The mails of one dispatch, as its row joins them. */
    void read(long dispatchKey, String row) {
        for (int start = 0; start < row.length(); ) {
            int end = JoinedRecords.end(row, start);
            JoinedRecords.cut(row, start, end, cuts);
            String unit = units.computeIfAbsent(row.substring(start, cuts[0]), u -> u);
            String occurredAt = row.substring(cuts[1] + 1, cuts[2]);
            sent.add(new Sent(new SentToUnit(dispatchKey, unit, row.substring(cuts[0] + 1, cuts[1]), Sql.instant(occurredAt)),
                    occurredAt, Long.parseLong(row, cuts[2] + 1, end, 10)));
            start = end + 1;
        }
    }

    /** Every mail read, in the order sent across the dispatches. */
    List<SentToUnit> inOrderSent() {
        sent.sort(LEDGER_ORDER);
        return sent.stream().map(Sent::mail).toList();
    }
}
