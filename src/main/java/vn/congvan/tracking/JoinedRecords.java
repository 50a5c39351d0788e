package vn.congvan.tracking;

/**
 * Rows that hold many records as one text, for queries that would otherwise return hundreds of thousands of rows:
 * on SQLite each row stepped and each column read is a call into the driver's native code that costs more than the
 * text itself. Records are joined by {@link #RECORD} and their fields by {@link #FIELD} (ASCII's record and unit
 * separators, written into the queries as literals, SQLite and PostgreSQL alike); no field holds either, as codes,
 * names, addresses and ids are cleaned of control characters on input, and the ledger refuses an assignment that
 * still holds one ({@link DispatchImports}).
 */
final class JoinedRecords {
    static final char FIELD = '\u001F';
    static final char RECORD = '\u001E';

    private JoinedRecords() {
    }

    /** Where the record that starts at {@code start} ends: its separator, or the end of the row. */
    static int end(String row, int start) {
        int end = row.indexOf(RECORD, start);
        return end < 0 ? row.length() : end;
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
}
