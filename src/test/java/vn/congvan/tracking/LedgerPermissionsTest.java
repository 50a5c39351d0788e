package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's side files of a ledger an older version made are owner-only while the ledger is open. */
class LedgerPermissionsTest {
    @TempDir
    Path dir;

    @Test
    void theWriteAheadLogAndSharedMemoryFilesLeftReadableAreTightenedAtOpen() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path db = dir.resolve("congvan.db");
        Ledger.open(db.toString()).close();
        // Left by a run that was killed: an empty log is no log to SQLite, which keeps the file and its mode.
        Path wal = Files.createFile(dir.resolve("congvan.db-wal"));
        for (Path p : new Path[] {db, wal}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }

        try (Ledger ledger = Ledger.openExisting(db.toString())) {
            assertEquals(0, ledger.queries().dispatches().size());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            Path shm = dir.resolve("congvan.db-shm");
            if (Files.exists(shm)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(shm)));
            }
        }
    }
}
