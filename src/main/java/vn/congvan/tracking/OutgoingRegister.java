package vn.congvan.tracking;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.RegisterEntry;

/**
 * The outgoing register (sổ văn bản đi, table register_number, see V8): numbers per issuer, calendar
 * year and series, from 1, each taken once and never given back. Taking one increments the series'
 * counter row in the same transaction that records the number, so concurrent clerks (threads, programs,
 * PostgreSQL connections) wait for each other instead of taking the same number or leaving a gap.
 */
public final class OutgoingRegister {
    private final LedgerDatabase db;

    OutgoingRegister(LedgerDatabase db) {
        this.db = db;
    }

    /**
     * Takes the next number of the series for the document and records it, committed before it returns:
     * whatever happens afterwards, the number stays in the register.
     */
    public RegisterEntry take(String issuer, int year, String series, long docId, Instant at, String by) {
        return db.write(() -> {
            Sql sql = db.sql();
            // The write comes first: on SQLite it takes the write lock (waiting for other writers), on
            // PostgreSQL the UPDATE locks the counter row until this transaction ends.
            sql.update("INSERT INTO register_counter (issuer, year, series, last_number) VALUES (?, ?, ?, 0)"
                    + " ON CONFLICT DO NOTHING", issuer, year, series);
            sql.update("UPDATE register_counter SET last_number = last_number + 1 WHERE issuer = ? AND year = ? AND series = ?",
                    issuer, year, series);
            int number = sql.first("SELECT last_number FROM register_counter WHERE issuer = ? AND year = ? AND series = ?",
                    rs -> rs.getInt(1), issuer, year, series).orElseThrow();
            sql.update("INSERT INTO register_number (issuer, year, series, number, doc_id, taken_at, taken_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", issuer, year, series, number, docId, at, by);
            long id = sql.first("SELECT entry_id FROM register_number WHERE issuer = ? AND year = ? AND series = ? AND number = ?",
                    rs -> rs.getLong(1), issuer, year, series, number).orElseThrow();
            return new RegisterEntry(id, issuer, year, series, number, docId, at, by);
        }, db::databaseError);
    }

    /**
     * Every number taken, by issuer, year, series and number.
     *
     * @param year   only this year; null for all
     * @param series only this series; null for all
     */
    public List<RegisterEntry> entries(Integer year, String series) {
        StringBuilder q = new StringBuilder("SELECT entry_id, issuer, year, series, number, doc_id, taken_at, taken_by"
                + " FROM register_number WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (year != null) {
            q.append(" AND year = ?");
            params.add(year);
        }
        if (series != null) {
            q.append(" AND series = ?");
            params.add(series);
        }
        q.append(" ORDER BY issuer, year, series, number");
        return db.read(() -> db.sql().list(q.toString(), OutgoingRegister::entry, params.toArray()));
    }

    static RegisterEntry entry(java.sql.ResultSet rs) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getLong(6),
                Sql.instant(rs.getString(7)), rs.getString(8));
    }
}
