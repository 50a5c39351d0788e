package vn.congvan.tracking;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The few JDBC patterns the ledger repeats, and how its values are stored: dates as ISO text, instants
 * as fixed-width UTC text (nanoseconds kept) so that text order is time order on every database.
 * <p>Statements are prepared once per SQL text and kept for the connection's life (a bounded set): SQLite parses
 * and plans a statement on every prepare, which was a large part of recording a mail's few rows. Used by one
 * thread at a time (the ledger's users take turns on its connection).
 */
final class Sql implements AutoCloseable {
    /** Distinct statements kept; the least recently used is closed beyond this. */
    private static final int KEPT_STATEMENTS = 128;

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
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(32, 0.75f, true);
    /** Statements whose results are being read: one of their rows may run the same SQL again, which gets its own. */
    private final Set<String> inUse = new HashSet<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    int update(String sql, Object... params) throws SQLException {
        Held held = prepare(sql, params);
        try {
            return held.statement().executeUpdate();
        } finally {
            held.release();
        }
    }

    /** Runs one statement for each row of parameters, sent together (a status table's rows after an import). */
    void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Held held = prepare(sql, new Object[0]);
        PreparedStatement ps = held.statement();
        try {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } finally {
            try {
                ps.clearBatch();
            } finally {
                held.release();
            }
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        Held held = prepare(sql, params);
        try (ResultSet rs = held.statement().executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        } finally {
            held.release();
        }
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... params) throws SQLException {
        return list(sql, row, params).stream().findFirst();
    }

    boolean exists(String sql, Object... params) throws SQLException {
        Held held = prepare(sql, params);
        try (ResultSet rs = held.statement().executeQuery()) {
            return rs.next();
        } finally {
            held.release();
        }
    }

    /** Closes the statements kept; the connection stays open. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement ps : kept.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        kept.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private void closeEldestIdle() throws SQLException {
        for (var i = kept.entrySet().iterator(); i.hasNext(); ) {
            var eldest = i.next();
            if (!inUse.contains(eldest.getKey())) {
                i.remove();
                eldest.getValue().close();
                return;
            }
        }
    }

    /** A statement lent for one use: the kept one, or (while that one's results are read) one of its own. */
    private final class Held {
        private final String sql;
        private final PreparedStatement statement;
        private final boolean own;

        Held(String sql, PreparedStatement statement, boolean own) {
            this.sql = sql;
            this.statement = statement;
            this.own = own;
        }

        PreparedStatement statement() {
            return statement;
        }

        void release() throws SQLException {
            if (own) {
                statement.close();
            } else {
                inUse.remove(sql);
            }
        }
    }

    private Held prepare(String sql, Object[] params) throws SQLException {
        Held held = statementFor(sql);
        try {
            held.statement().clearParameters();
            for (int i = 0; i < params.length; i++) {
                bind(held.statement(), i + 1, params[i]);
            }
            return held;
        } catch (SQLException | RuntimeException e) {
            held.release();
            throw e;
        }
    }

    private Held statementFor(String sql) throws SQLException {
        if (inUse.contains(sql)) {
            return new Held(sql, connection.prepareStatement(sql), true);
        }
        PreparedStatement ps = kept.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            kept.put(sql, ps);
            if (kept.size() > KEPT_STATEMENTS) {
                closeEldestIdle();
            }
        }
        inUse.add(sql);
        return new Held(sql, ps, false);
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

    /**
     * {@code t} as {@link #INSTANT} writes it; years 0–9999 digit by digit (the formatter took a twentieth of recording
     * a collected mail, which stores several instants), others by the formatter.
     */
    static String text(Instant t) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return INSTANT.format(t);
        }
        byte[] out = new byte[30];
        put(out, 0, utc.getYear(), 4);
        out[4] = '-';
        put(out, 5, utc.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, utc.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, utc.getHour(), 2);
        out[13] = ':';
        put(out, 14, utc.getMinute(), 2);
        out[16] = ':';
        put(out, 17, utc.getSecond(), 2);
        out[19] = '.';
        put(out, 20, utc.getNano(), 9);
        out[29] = 'Z';
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** Writes {@code value} as {@code width} decimal digits, zeros in front. */
    private static void put(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
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
