package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import vn.congvan.PostgresTestSchema;

/**
 * The ledger contract on PostgreSQL, for offices that share one server. Runs when
 * {@code CONGVAN_TEST_PG_URL} names a database the test may create schemas in, user and password
 * included, e.g. {@code jdbc:postgresql://localhost:5432/congvan_test?user=congvan&password=congvan}.
 * Each test works in a fresh schema, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "CONGVAN_TEST_PG_URL", matches = ".+")
class PostgresLedgerTest extends LedgerContract {
    private PostgresTestSchema schema;

    @Override
    String newLocation() throws SQLException {
        schema = new PostgresTestSchema("ledger_test_");
        return schema.url();
    }

    @Override
    Connection rawConnection() throws SQLException {
        return schema.connect();
    }

    @Override
    List<String> plan(Connection c, String sql, Object... params) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
        }
        try (Sql q = new Sql(c)) {
            return q.list("EXPLAIN " + sql, rs -> rs.getString(1), params);
        }
    }

    /** A plan's scans: of a table whole, or through an index (the table of an index comes from the catalog). */
    private static final Pattern SCAN = Pattern.compile(
            "Seq Scan on (\\w+)|Index (?:Only )?Scan using (\\w+) on \\w+|Bitmap Index Scan on (\\w+)");

    /**
     * A sequential scan of the table, and a scan of one of its indexes whose "Index Cond" does not hold the index's
     * first column: PostgreSQL then reads every entry of the index and tests each (or, with no condition, reads them
     * all in the index's order). A bitmap heap scan reads what the bitmap index scans under it found.
     */
    @Override
    List<String> wholeReads(Connection c, List<String> plan, String table) throws SQLException {
        List<String> whole = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Matcher m = SCAN.matcher(plan.get(i));
            if (!m.find()) {
                continue;
            }
            if (m.group(1) != null) {
                if (m.group(1).equals(table)) {
                    whole.add(plan.get(i).strip());
                }
                continue;
            }
            String[] indexed = tableAndFirstColumn(c, m.group(2) != null ? m.group(2) : m.group(3));
            if (!indexed[0].equals(table)) {
                continue;
            }
            String condition = "";
            for (int j = i + 1; j < plan.size() && !plan.get(j).contains("->"); j++) {
                if (plan.get(j).strip().startsWith("Index Cond:")) {
                    condition = plan.get(j);
                }
            }
            if (!Pattern.compile("(?<!\\w)" + Pattern.quote(indexed[1]) + "(?!\\w)").matcher(condition).find()) {
                whole.add(plan.get(i).strip() + " " + condition.strip());
            }
        }
        return whole;
    }

    /** The table of {@code index} and its first key as the plan writes it: a column's name, or an expression. */
    private static String[] tableAndFirstColumn(Connection c, String index) throws SQLException {
        try (Sql q = new Sql(c)) {
            return q.first("SELECT t.relname, pg_get_indexdef(i.indexrelid, 1, true) FROM pg_index i"
                            + " JOIN pg_class t ON t.oid = i.indrelid WHERE i.indexrelid = ?::regclass",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, index)
                    .orElseThrow(() -> new IllegalStateException("no index " + index));
        }
    }

    @Override
    void cleanUp() throws SQLException {
        schema.drop();
    }
}
