package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC patterns the ledger repeats, and how its values are stored: dates as ISO text, instants
 * as fixed-width UTC text (nanoseconds kept) so that text order is time order on every database.
 */
final class Sql {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Reads one row into a value. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A NULL of a given SQL type: PostgreSQL refuses an untyped (VARCHAR) null for a BIGINT column. */
    record TypedNull(int sqlType) {
    }

    /** The key, or a BIGINT null. */
    static Object key(Long key) {
        return key != null ? key : new TypedNull(Types.BIGINT);
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        }
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... params) throws SQLException {
        return list(sql, row, params).stream().findFirst();
    }

    boolean exists(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                bind(ps, i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof TypedNull n) {
            ps.setNull(index, n.sqlType());
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else if (value instanceof Instant t) {
            ps.setString(index, text(t));
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else {
            ps.setString(index, value.toString());
        }
    }

    static String text(Instant t) {
        return INSTANT.format(t);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
