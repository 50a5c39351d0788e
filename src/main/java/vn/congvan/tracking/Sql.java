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

    /** Runs one statement for each row of parameters, sent together (a status table's rows after an import). */
    void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
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

    /** Reads what {@link #text(Instant)} wrote without a general parser (a ledger holds millions); anything else as ISO. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(29) == 'Z') {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = digits(text, 20, 29);
            LocalDate day = fixedDate(text);
            if (day != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && nanos >= 0) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second, nanos);
            }
        }
        return Instant.parse(text);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        LocalDate day = text.length() == 10 ? fixedDate(text) : null;
        return day != null ? day : LocalDate.parse(text);
    }

    /** yyyy-MM-dd at the start of {@code text}, or null when it is not that (the caller then parses it as ISO). */
    private static LocalDate fixedDate(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The decimal number in text[from, to), or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
