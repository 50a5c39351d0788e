package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.app.CongvanService.AckRequest;
import vn.congvan.app.CongvanService.BackupRequest;
import vn.congvan.app.CongvanService.ImportRequest;
import vn.congvan.app.CongvanService.MarkRequest;
import vn.congvan.app.CongvanService.RestoreRequest;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.tracking.Ledger;

/** backup and restore of an SQLite ledger through the service, on real files and a second writer. */
class BackupRestoreTest {
    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path db;
    CongvanService app;
    long key;

    @BeforeEach
    void importSeed() {
        db = dir.resolve("congvan.db");
        app = Workspace.resolve(db.toString(), ImportAndTrackTest.UNITS).open(clock, Interaction.NONE, Map.of());
        app.importDispatch(new ImportRequest(ImportAndTrackTest.SEED, LocalDate.of(2019, 9, 15)));
        key = app.find(ImportAndTrackTest.SEED_REF).key();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static List<String> sourceIds(String ledgerFile, long key) {
        try (Ledger ledger = Ledger.openExisting(ledgerFile)) {
            return ledger.queries().events(key).stream().map(Event::sourceId).toList();
        }
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aBackupWhileAnotherProgramWritesHoldsEverythingCommittedBeforeIt() throws Exception {
        AtomicInteger committed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Ledger other = Ledger.open(db.toString())) {
                for (int i = 0; !stop.get(); i++) {
                    other.events().append(Event.of(key, EventType.ACKNOWLEDGED, Instant.parse("2019-08-23T01:00:00Z").plusSeconds(i))
                            .unit("P-DUCTHANG").source("clerk", "w-" + i).note("lần " + i).build());
                    committed.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        while (committed.get() < 20 && writer.isAlive()) {
            Thread.sleep(5);
        }
        int before = committed.get();
        Path backup = dir.resolve("sao-luu").resolve("congvan-2019-08-26.db");
        Files.createDirectories(backup.getParent());

        app.backup(new BackupRequest(backup));
        int after = committed.get();
        stop.set(true);
        writer.join();

        assertEquals(null, failure.get(), "the writer was never refused");
        assertTrue(after > before, "the other program kept writing during the backup (" + before + " → " + after + ")");
        assertEquals("ok", integrity(backup));
        Set<String> saved = sourceIds(backup.toString(), key).stream().filter(id -> id.startsWith("w-")).collect(Collectors.toSet());
        for (int i = 0; i < before; i++) {
            assertTrue(saved.contains("w-" + i), "event w-" + i + " was committed before the backup began");
        }
        // The copy stands alone: every event in it is whole, in the order written.
        for (int i = 0; i < saved.size(); i++) {
            assertTrue(saved.contains("w-" + i), "no gap in the copy at w-" + i);
        }
        InputException again = assertThrows(InputException.class, () -> app.backup(new BackupRequest(backup)));
        assertTrue(again.getMessage().startsWith("Tệp sao lưu " + backup + " đã có"), again.getMessage());
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedAndNothingChanges() throws Exception {
        app.close();
        byte[] ledgerBefore = Files.readAllBytes(db);
        Path text = dir.resolve("ghi-chu.db");
        Files.writeString(text, "Đây không phải sổ theo dõi.\n", StandardCharsets.UTF_8);
        Path otherProgram = dir.resolve("khac.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherProgram); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }

        InputException notSqlite = assertThrows(InputException.class, () -> app.restore(new RestoreRequest(text)));
        InputException foreign = assertThrows(InputException.class, () -> app.restore(new RestoreRequest(otherProgram)));
        InputException missing = assertThrows(InputException.class, () -> app.restore(new RestoreRequest(dir.resolve("khong-co.db"))));

        assertTrue(notSqlite.getMessage().startsWith("Tệp " + text + " không phải là sổ theo dõi congvan"), notSqlite.getMessage());
        assertEquals("Tệp " + otherProgram + " không phải là bản sao lưu sổ theo dõi congvan (không có lịch sử cấu trúc của congvan);"
                + " sổ theo dõi giữ nguyên.", foreign.getMessage());
        assertTrue(missing.getMessage().startsWith("Không có tệp sao lưu "), missing.getMessage());
        assertArrayEquals(ledgerBefore, Files.readAllBytes(db), "the ledger is as it was");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("before-restore")).toList());
        }
    }

    @Test
    void aGoodBackupBringsTheLedgerBackAndKeepsThePreviousOneAside() throws Exception {
        app.acknowledge(new AckRequest(ImportAndTrackTest.SEED_REF, "P-DUCTHANG", "gọi điện"));
        Path backup = dir.resolve("sao-luu.db");
        app.backup(new BackupRequest(backup));
        List<String> saved = sourceIds(backup.toString(), key);
        app.mark(new MarkRequest(ImportAndTrackTest.SEED_REF, "P-PHUTHUY", "1", "done", "sau khi sao lưu"));
        List<String> current = sourceIds(db.toString(), key);
        assertEquals(saved.size() + 1, current.size());

        CongvanService.Restored restored = app.restore(new RestoreRequest(backup));

        assertEquals(saved, sourceIds(db.toString(), key), "the ledger equals the backup");
        assertNotNull(restored.keptAside());
        assertEquals(dir.resolve("congvan.db.before-restore-20190826-090000"), restored.keptAside());
        assertEquals(current, sourceIds(restored.keptAside().toString(), key), "the previous ledger, mark included, kept aside");
        assertEquals("ok", integrity(db));
        // The service goes on with the restored ledger.
        assertEquals(saved.size(), app.history(new CongvanService.HistoryRequest(ImportAndTrackTest.SEED_REF, null)).lines().size());
    }

    @Test
    void theLedgersWalAndShmFilesAreTheOwnersOnlyToo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        // The service holds the ledger open after the import: SQLite's side files exist now.
        for (String side : List.of("-wal", "-shm")) {
            Path file = db.resolveSibling(db.getFileName() + side);
            assertTrue(Files.exists(file), side);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), side);
        }
    }
}
