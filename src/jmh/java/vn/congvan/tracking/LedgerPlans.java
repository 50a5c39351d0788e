package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints how the database runs the ledger's heavy queries (issue 13): {@code EXPLAIN QUERY PLAN} on SQLite,
 * {@code EXPLAIN (ANALYZE, BUFFERS)} on PostgreSQL, for the very SQL of {@link LedgerQueries} (it sits in the
 * same package to read it), on a ledger made by {@code vn.congvan.bench.LedgerGenerator}. The ledger is opened
 * through {@link Ledger} first, so its migrations (the indexes of V13, the status tables of V14) are applied.
 *
 * <pre>
 * java -cp "target/congvan.jar:target/lib/*" vn.congvan.tracking.LedgerPlans --ledger PATH | --jdbc URL [--dispatch 600/UBND-VX]
 * </pre>
 */
public final class LedgerPlans {
    private LedgerPlans() {
    }

    public static void main(String[] args) throws SQLException {
        String location = null;
        String dispatch = "600/UBND-VX";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ledger", "--jdbc" -> location = args[++i];
                case "--dispatch" -> dispatch = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (location == null) {
            throw new IllegalArgumentException("--ledger PATH or --jdbc URL");
        }
        Ledger.open(location).close();
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        try (Connection c = DriverManager.getConnection(url)) {
            long key;
            try (PreparedStatement ps = c.prepareStatement("SELECT dispatch_key FROM tracked_dispatch WHERE number_symbol = ?")) {
                ps.setString(1, dispatch);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no dispatch " + dispatch);
                    }
                    key = rs.getLong(1);
                }
            }
            Map<String, Object[]> queries = new LinkedHashMap<>();
            queries.put("status: the dispatch", new Object[] {LedgerQueries.DISPATCH_EXISTS, key});
            queries.put("status: its assignments", new Object[] {LedgerQueries.ASSIGNMENTS_OF, key});
            queries.put("status: its events as recorded", new Object[] {LedgerQueries.EVENTS_RECORDED_OF, key});
            queries.put("history of one unit", new Object[] {LedgerQueries.EVENTS_OF_UNIT, key, "DV007"});
            queries.put("a unit's name as assigned (Thư cần xem, a clerk's entry)", new Object[] {LedgerQueries.ASSIGNED_NAME, key, "DV007"});
            queries.put("status rows of one unit, refreshed after its events: its events", new Object[] {
                    LedgerQueries.COUNTED_EVENTS_OF_UNIT, key, "DV007"});
            queries.put("list/overdue/board: every dispatch", new Object[] {LedgerQueries.ALL_DISPATCHES});
            queries.put("list/board: counts per dispatch", new Object[] {LedgerQueries.STATUS_COUNTS});
            queries.put("list/board: units per dispatch", new Object[] {LedgerQueries.UNIT_SUMMARIES});
            queries.put("overdue: late assignments", new Object[] {LedgerQueries.OVERDUE,
                    StatusTables.moment(vn.congvan.bench.LedgerGenerator.TODAY.atTime(9, 0))});
            queries.put("collect's start: every assignment", new Object[] {LedgerQueries.EVERY_ASSIGNMENT});
            queries.put("collect's start: the mails sent to units", new Object[] {LedgerQueries.SENT_TO_UNITS, "SENT"});
            queries.put("collect's start: the received mails' ids", new Object[] {LedgerQueries.RECEIVED_MAIL_IDS, "SENT"});
            for (Map.Entry<String, Object[]> q : queries.entrySet()) {
                Object[] sql = q.getValue();
                System.out.println("== " + q.getKey() + ": " + sql[0]);
                String explain = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + sql[0];
                try (PreparedStatement ps = c.prepareStatement(explain)) {
                    for (int i = 1; i < sql.length; i++) {
                        ps.setObject(i, sql[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
                            System.out.println("   " + (sqlite ? rs.getString(4) : rs.getString(1)));
                        }
                    }
                }
            }
        }
    }
}
