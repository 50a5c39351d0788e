package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;

/** The ledger contract on an SQLite file, the default for a single office; and what is particular to files. */
class SqliteLedgerTest extends LedgerContract {
    @TempDir
    Path folder;

    private Path file;

    @Override
    String newLocation() {
        // A folder that does not exist yet, as on first start, with a Vietnamese name as users give them.
        file = folder.resolve("dữ liệu").resolve("congvan.db");
        return file.toString();
    }

    @Override
    List<String> plan(Connection c, String sql, Object... params) throws SQLException {
        try (Sql q = new Sql(c)) {
            return q.list("EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail"), params);
        }
    }

    /** "SCAN t", with or without "USING … INDEX": every row of t or of its index; "SEARCH t USING …" reads a range. */
    @Override
    List<String> wholeReads(Connection c, List<String> plan, String table) {
        return plan.stream().filter(step -> step.equals("SCAN " + table) || step.startsWith("SCAN " + table + " ")).toList();
    }

    @Override
    boolean aggregatesInIndexOrder() {
        return true;
    }

    /** Deletes the file (and its WAL companions) so that the next {@link #newLocation} starts afresh. */
    @Override
    void cleanUp() throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    @Override
    Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @Test
    void aPlainPathBecomesAnSqliteFileInWalMode() throws Exception {
        assertTrue(Files.isRegularFile(file));
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void aJdbcUrlWorksToo() throws Exception {
        Path other = folder.resolve("other.db");
        try (Ledger viaUrl = Ledger.open("jdbc:sqlite:" + other)) {
            long viaUrlKey = viaUrl.imports().importTaskSet(taskSet(), SAMPLE.toString(), source, null, IMPORTED_AT).dispatchKey();
            assertEquals(9, viaUrl.queries().assignments(viaUrlKey).size());
        }
        assertTrue(Files.size(other) > 0);
    }

    @Test
    void twoProgramsShareOneFile() throws Exception {
        // The window keeps the ledger open while a command records replies.
        try (Ledger command = Ledger.open(file.toString())) {
            key = command.imports().importTaskSet(taskSet(), SAMPLE.toString(), source, null, IMPORTED_AT).dispatchKey();
            assertEquals(9, ledger.queries().assignments(key).size());
            ledger.events().append(ack(DUC_THANG, "2019-08-22T01:00:00Z"));
            command.events().append(ack(PHU_THUY, "2019-08-22T02:00:00Z"));
            assertEquals(ledger.queries().events(key), command.queries().events(key));
            assertEquals(3, command.queries().events(key).size());
        }
    }

    /**
     * The committed file {@code ledgers/v2-ledger.db}, written by {@link V2LedgerFixture} with migrations
     * V1 and V2 as version 2 of the program left its ledgers: opened by this program, it migrates with
     * every event kept. The fixture itself is only read (a copy is opened).
     */
    @Test
    void aLedgerMadeByVersion2MigratesWithEveryEventKept() throws Exception {
        byte[] fixture = Files.readAllBytes(V2LedgerFixture.FILE);
        ledger.close();
        ledger = null;
        cleanUp();
        Files.write(file, fixture);
        try (Connection c = rawConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            assertEquals(9, rs.getInt(1), "the fixture holds the old event table");
        }

        assertMigratesFromVersion2();

        assertArrayEquals(fixture, Files.readAllBytes(V2LedgerFixture.FILE), "the fixture is left as it was");
    }

    @Test
    void anInMemoryDatabaseIsRefused() {
        InputException e = assertThrows(InputException.class, () -> Ledger.open("jdbc:sqlite::memory:"));
        assertTrue(e.getMessage().startsWith("Không dùng được cơ sở dữ liệu trong bộ nhớ"), e.getMessage());
    }

    @Test
    void anSqliteLibraryTooOldForTheQueriesIsRefusedByItsVersion() throws Exception {
        for (String old : new String[] {"3.43.2", "3.9.2", "3.40.1", "2.8.17"}) {
            String[] parts = old.split("\\.");
            InputException e = assertThrows(InputException.class, () -> LedgerDatabase.requireSqlite(Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]), old, "sổ.db"), old);
            assertEquals("Không mở được sổ theo dõi sổ.db: thư viện SQLite đang dùng là phiên bản " + old
                    + ", cũ hơn phiên bản 3.44.0 mà congvan cần. Hãy dùng thư viện SQLite đi kèm congvan (bỏ tùy chọn"
                    + " org.sqlite.lib.path) hoặc cập nhật SQLite.", e.getMessage());
        }
        for (String recent : new String[] {"3.44.0", "3.44", "3.51.1", "3.100.0", "4.0.0"}) {
            String[] parts = recent.split("\\.");
            LedgerDatabase.requireSqlite(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), recent, "sổ.db");
        }
        // The library the driver loaded, as every ledger here is opened with, is what the check reads: the same
        // version SQLite itself reports.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            assertEquals(rs.getString(1), c.getMetaData().getDatabaseProductVersion());
            assertEquals(rs.getString(1).split("\\.")[1], String.valueOf(c.getMetaData().getDatabaseMinorVersion()));
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path junk = folder.resolve("ghi chú.db");
        byte[] content = "Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(junk, content);

        InputException e = assertThrows(InputException.class, () -> Ledger.open(junk.toString()));

        assertTrue(e.getMessage().startsWith("Tệp " + junk + " không phải là sổ theo dõi congvan"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(junk));
    }

    @Test
    void anotherSqliteDatabaseIsNotTakenForALedger() throws Exception {
        Path foreign = folder.resolve("khac.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }

        InputException e = assertThrows(InputException.class, () -> Ledger.open(foreign.toString()));

        assertEquals(foreign + " là cơ sở dữ liệu của chương trình khác (có các bảng contacts), không phải sổ theo dõi congvan;"
                + " hãy chọn tệp khác.", e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing added to the other program's database");
        }
    }

    @Test
    void aFolderInTheWayOfTheFileIsReported() throws Exception {
        Path blocker = folder.resolve("tep");
        Files.writeString(blocker, "not a folder");

        InputException e = assertThrows(InputException.class, () -> Ledger.open(blocker.resolve("congvan.db").toString()));

        assertTrue(e.getMessage().contains("Không tạo được thư mục " + blocker), e.getMessage());
    }
}
