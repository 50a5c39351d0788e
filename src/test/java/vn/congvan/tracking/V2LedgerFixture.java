package vn.congvan.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A ledger as version 2 of the program left it (migrations V1 and V2: tables {@code dispatch},
 * {@code requirement}, {@code assignment}, {@code event}, {@code source_file}), holding the seed
 * dispatch 6174/UBND-VX sent to three units, with their receipts, reports and a deadline change.
 *
 * <p>{@link #insertRows} writes the rows as that program wrote them (its SQL, its text formats); the
 * contract uses it to make such a ledger on any database. {@link #main} made the committed SQLite file
 * {@code src/test/resources/ledgers/v2-ledger.db} once, so that a real file of the old schema stays
 * under test whatever later migrations do. To make it again (from the project folder):
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.congvan.tracking.V2LedgerFixture \
 *     src/test/resources/ledgers/v2-ledger.db
 * </pre>
 */
final class V2LedgerFixture {
    /** The committed file, relative to the project folder (where the tests run). */
    static final Path FILE = Path.of("src/test/resources/ledgers/v2-ledger.db");

    static final Path SAMPLE = Path.of("samples/000_7ae9f029b9ddbc9d.txt");
    static final String NUMBER_SYMBOL = "6174/UBND-VX";
    static final String ISSUER = "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT";
    static final String SUBJECT = "đảm bảo an toàn thông tin khi sử dụng thư điện tử công vụ";
    static final String IMPORTED_AT = "2019-08-21T02:15:00.000000000Z";

    /** req_id, text, deadline. */
    private static final List<String[]> REQUIREMENTS = List.of(
            new String[] {"1", "Phổ biến rộng rãi đến cán bộ, công chức, viên chức cần cảnh giác với những thông tin từ Email lạ.", null},
            new String[] {"2", "Các cơ quan, đơn vị, cá nhân được cấp tài khoản thư công vụ kiểm tra dung lượng lưu trữ.", null},
            new String[] {"3", "Ngày 30/8/2019, Sở Thông tin và Truyền thông sẽ thực hiện xóa tất cả dữ liệu Email đã gửi.",
                    "2019-08-30"});

    /** unit_code, unit_name, unit_email: the units as the directory named them in 2019. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"P-DUCTHANG", "Ủy ban nhân dân phường Đức Thắng", "phuongducthang@phanthiet.example"},
            new String[] {"P-PHUTHUY", "Ủy ban nhân dân phường Phú Thủy", "phuongphuthuy@phanthiet.example"},
            new String[] {"X-TIENLOI", "Ủy ban nhân dân xã Tiến Lợi", "xatienloi@phanthiet.example"});

    /**
     * unit_code, req_id, type, occurred_at, recorded_at, source, source_id, evidence, note, deadline, in the
     * order the program recorded them (seq). The IMPORTED event's source id is the text's SHA-256, filled
     * in by {@link #insertRows}. Ducthang's progress mail was read after its "done" mail: recorded later,
     * it happened earlier.
     */
    private static final List<String[]> EVENTS = List.of(
            new String[] {null, null, "IMPORTED", IMPORTED_AT, "2019-08-21T02:15:00.418000000Z", "import", null,
                    SAMPLE.toString(), null, null},
            new String[] {"P-DUCTHANG", null, "SENT", "2019-08-21T03:00:00.000000000Z", "2019-08-21T03:00:04.105000000Z", "mail",
                    "<6174-UBND-VX.P-DUCTHANG@congvan.phanthiet.example>", "phuongducthang@phanthiet.example", null, null},
            new String[] {"P-PHUTHUY", null, "SENT", "2019-08-21T03:00:00.000000000Z", "2019-08-21T03:00:04.620000000Z", "mail",
                    "<6174-UBND-VX.P-PHUTHUY@congvan.phanthiet.example>", "phuongphuthuy@phanthiet.example", null, null},
            new String[] {"X-TIENLOI", null, "SENT", "2019-08-21T03:00:00.000000000Z", "2019-08-21T03:00:05.031000000Z", "mail",
                    "<6174-UBND-VX.X-TIENLOI@congvan.phanthiet.example>", "xatienloi@phanthiet.example", null, null},
            new String[] {"P-PHUTHUY", null, "ACKNOWLEDGED", "2019-08-22T03:30:00.000000000Z", "2019-08-22T04:00:00.250000000Z",
                    "mail", "<reply-phuthuy-1@phanthiet.example>", "<reply-phuthuy-1@phanthiet.example>", "Đã nhận công văn",
                    null},
            new String[] {"P-DUCTHANG", "1", "DONE", "2019-08-26T09:00:00.000000000Z", "2019-08-26T09:10:00.000000000Z", "mail",
                    "<reply-ducthang-2@phanthiet.example>", "<reply-ducthang-2@phanthiet.example>",
                    "Đã phổ biến đến toàn bộ công chức", null},
            new String[] {"P-DUCTHANG", "1", "PROGRESS", "2019-08-23T02:00:00.000000000Z", "2019-08-27T01:00:00.000000000Z", "mail",
                    "<reply-ducthang-1@phanthiet.example>", "<reply-ducthang-1@phanthiet.example>", "Đang phổ biến", null},
            new String[] {"P-PHUTHUY", "2", "PROGRESS", "2019-08-28T08:00:00.123456789Z", "2019-08-28T08:05:00.000000000Z", "mail",
                    "<reply-phuthuy-2@phanthiet.example>", "<reply-phuthuy-2@phanthiet.example>", "Đang kiểm tra dung lượng hộp thư",
                    null},
            new String[] {"X-TIENLOI", "3", "DEADLINE_CHANGED", "2019-08-29T07:00:00.000000000Z", "2019-08-29T07:00:01.000000000Z",
                    "clerk", "clerk-2019-08-29-1", null, "Gia hạn theo đề nghị của đơn vị", "2019-09-15"});

    private V2LedgerFixture() {
    }

    /** Brings an empty database at {@code location} to version 2: migrations V1 and V2 only. */
    static void createVersion2Schema(String location) {
        Schema.configuration(LedgerTarget.of(location, Map.of())).target("2").load().migrate();
    }

    /**
     * Writes the seed dispatch into a version-2 ledger as that program did: the dispatch with its text,
     * its original (the sample file itself), requirements, assignments (unit × requirement, in task-set
     * order, names and addresses as they were) and its events.
     */
    static void insertRows(Connection c) throws SQLException, IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        byte[] original = Files.readAllBytes(SAMPLE);
        String textSha256 = LedgerDatabase.sha256(text);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            update(c, "INSERT INTO dispatch (id, type, issuer, issue_date, subject, source_name, source_sha256, source_text,"
                            + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    NUMBER_SYMBOL, "CONG_VAN", ISSUER, "2019-08-21", SUBJECT, SAMPLE.toString(), textSha256, text, IMPORTED_AT);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO source_file (dispatch_id, file_name, content, sha256) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, NUMBER_SYMBOL);
                ps.setString(2, SAMPLE.toString());
                ps.setBytes(3, original);
                ps.setString(4, LedgerDatabase.sha256(original));
                ps.executeUpdate();
            }
            int position = 0;
            for (String[] r : REQUIREMENTS) {
                update(c, "INSERT INTO requirement (dispatch_id, req_id, position, text, deadline) VALUES (?, ?, ?, ?, ?)",
                        NUMBER_SYMBOL, r[0], position++, r[1], r[2]);
            }
            position = 0;
            for (String[] u : UNITS) {
                for (String[] r : REQUIREMENTS) {
                    update(c, "INSERT INTO assignment (dispatch_id, unit_code, req_id, position, unit_name, unit_email, deadline)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", NUMBER_SYMBOL, u[0], r[0], position++, u[1], u[2], r[2]);
                }
            }
            for (String[] e : EVENTS) {
                String sourceId = e[6] == null ? textSha256 : e[6];
                update(c, "INSERT INTO event (dispatch_id, unit_code, req_id, type, occurred_at, recorded_at, source, source_id,"
                                + " evidence, note, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        NUMBER_SYMBOL, e[0], e[1], e[2], e[3], e[4], e[5], sourceId, e[7], e[8], e[9]);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, (String) values[i]);
                }
            }
            ps.executeUpdate();
        }
    }

    /** Makes the SQLite file at {@code args[0]} (default {@link #FILE}); an existing file is replaced. */
    public static void main(String[] args) throws Exception {
        Path file = (args.length > 0 ? Path.of(args[0]) : FILE).toAbsolutePath();
        Files.createDirectories(file.getParent());
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        createVersion2Schema(file.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            insertRows(c);
        }
        // One self-contained, compact file: no write-ahead log beside it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("VACUUM");
        }
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }
}
