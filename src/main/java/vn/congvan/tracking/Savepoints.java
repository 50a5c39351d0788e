package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The savepoints that keep each write whole inside a transaction (every mail of a collect is one). On SQLite they
 * are plain statements, prepared once per connection and reused ({@link Sql}), named by their depth: the driver's
 * own {@code setSavepoint} parsed a new {@code SAVEPOINT} statement each time and made its name with
 * {@code String.format}, a twentieth of recording a mail. On PostgreSQL, the driver's savepoints.
 */
final class Savepoints {
    /** One savepoint, open until it is released or rolled back. */
    interface Point {
        void release() throws SQLException;

        /** Undoes what was written since the savepoint was set, and ends it. */
        void rollback() throws SQLException;
    }

    private final Connection connection;
    private final Sql sql;
    private final boolean sqlite;
    /** SQLite's savepoints by depth; a write nested in another has its own name. */
    private Named[] byDepth = new Named[4];

    Savepoints(Connection connection, Sql sql, boolean sqlite) {
        this.connection = connection;
        this.sql = sql;
        this.sqlite = sqlite;
    }

    /** @param depth how many writes the new savepoint is nested in (1: directly in the transaction) */
    Point set(int depth) throws SQLException {
        if (!sqlite) {
            Savepoint point = connection.setSavepoint();
            return new Point() {
                @Override
                public void release() throws SQLException {
                    connection.releaseSavepoint(point);
                }

                @Override
                public void rollback() throws SQLException {
                    connection.rollback(point);
                }
            };
        }
        Named named = named(depth);
        sql.update(named.set());
        return named;
    }

    /** The statements of the savepoint at one depth, made once. */
    private final class Named implements Point {
        private final String set;
        private final String release;
        private final String rollbackTo;

        Named(int depth) {
            String name = "congvan_write_" + depth;
            set = "SAVEPOINT " + name;
            release = "RELEASE " + name;
            rollbackTo = "ROLLBACK TO " + name;
        }

        String set() {
            return set;
        }

        @Override
        public void release() throws SQLException {
            sql.update(release);
        }

        @Override
        public void rollback() throws SQLException {
            // ROLLBACK TO leaves the savepoint open; RELEASE then ends it (the driver's rollback left it open).
            sql.update(rollbackTo);
            sql.update(release);
        }
    }

    private Named named(int depth) {
        if (depth >= byDepth.length) {
            byDepth = java.util.Arrays.copyOf(byDepth, depth * 2);
        }
        if (byDepth[depth] == null) {
            byDepth[depth] = new Named(depth);
        }
        return byDepth[depth];
    }
}
