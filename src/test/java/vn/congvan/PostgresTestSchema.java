package vn.congvan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL database that {@code CONGVAN_TEST_PG_URL} names (user and password included;
 * {@code .ci/run} starts one), so that tests sharing one server never see each other's rows; dropped afterwards.
 */
public final class PostgresTestSchema {
    /** The database URL the PostgreSQL tests run against; they are enabled only when it is set. */
    public static final String SERVER = System.getenv("CONGVAN_TEST_PG_URL");

    private final String name;

    /** Creates a schema named {@code prefix} and a random suffix. */
    public PostgresTestSchema(String prefix) throws SQLException {
        name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + name);
    }

    /** The URL of a ledger in this schema, as a user passes it to {@code --db}. */
    public String url() {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** A plain connection into this schema, to look at rows the API does not show. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    public void drop() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
