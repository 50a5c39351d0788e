package vn.congvan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command leaves on disk: nothing when it fails or only reads, an owner-only ledger when it writes. */
class LedgerSafetyTest {
    @TempDir
    Path dir;

    @Test
    void readingCommandsOnAMissingLedgerSayItIsMissingAndCreateNothing() {
        Path folder = dir.resolve("chua-co");
        String db = folder.resolve("congvan.db").toString();

        for (String[] command : new String[][] {{"status", "6174"}, {"list"}, {"overdue"}, {"history", "6174"},
                {"ack", "6174", "P-DUCTHANG"}, {"report", "6174", "--out", dir.toString()}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--db", db))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);

            assertEquals(2, run.exitCode(), command[0] + ": " + run.out() + run.err());
            assertEquals("Lỗi: Chưa có sổ theo dõi tại " + folder.resolve("congvan.db").toAbsolutePath()
                    + ": hãy nhập công văn đầu tiên bằng lệnh import, hoặc chọn sổ khác bằng --db.", run.err().strip(), command[0]);
            assertFalse(Files.exists(folder), command[0] + " created " + folder);
        }
    }

    @Test
    void anImportOfABadFileIntoANewPlaceCreatesNothing() throws Exception {
        Path notADispatch = dir.resolve("ghi-chu.txt");
        Files.writeString(notADispatch, "Danh sách việc cần làm tuần này.\nKhông phải công văn.\n", StandardCharsets.UTF_8);
        Path folder = dir.resolve("so-moi");

        CliRun run = CliRun.of("import", notADispatch.toString(), "--db", folder.resolve("congvan.db").toString());

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("ghi-chu.txt"), run.err());
        assertFalse(Files.exists(folder), "no ledger folder for a file that is not a dispatch");
    }

    @Test
    void aNewLedgerAndItsFolderAreTheOwnersOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path folder = dir.resolve("so").resolve("2019");
        Path db = folder.resolve("congvan.db");

        CliRun run = CliRun.of("import", TrackingCommandsTest.SEED, "--db", db.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())));
    }

    @Test
    void aLedgerAnOlderVersionLeftReadableByEveryoneIsMadeOwnerOnlyWhenOpened() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path folder = dir.resolve("congvan");
        Path db = folder.resolve("congvan.db");
        assertEquals(0, CliRun.of("import", TrackingCommandsTest.SEED, "--db", db.toString()).exitCode());
        // As an older version left them: the folder 755, the file 644.
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun status = CliRun.of("status", "6174", "--db", db.toString());

        assertEquals(0, status.exitCode(), status.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void aFolderTheUserChoseKeepsItsModeWhileTheLedgerInItIsTightened() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path folder = Files.createDirectories(dir.resolve("chung"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        Path db = folder.resolve("so.db");
        assertEquals(0, CliRun.of("import", TrackingCommandsTest.SEED, "--db", db.toString()).exitCode());
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-r--"));

        assertEquals(0, CliRun.of("list", "--db", db.toString()).exitCode());

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void backupAndRestoreOnTheCommandLine() throws Exception {
        String db = dir.resolve("congvan.db").toString();
        assertEquals(0, CliRun.of("import", TrackingCommandsTest.SEED, "--db", db).exitCode());
        Path backup = dir.resolve("sao-luu.db");

        CliRun saved = CliRun.of("backup", backup.toString(), "--db", db);
        assertEquals(0, saved.exitCode(), saved.err());
        assertEquals("Đã sao lưu sổ theo dõi " + db + " vào tệp " + backup + ".", saved.out().strip());

        CliRun atBackup = CliRun.of("history", "6174", "--db", db);
        assertEquals(0, CliRun.of("ack", "6174", "P-DUCTHANG", "--db", db).exitCode());
        assertTrue(CliRun.of("history", "6174", "--db", db).out().lines().count() > atBackup.out().lines().count());
        CliRun restored = CliRun.of("restore", backup.toString(), "--db", db);
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(restored.out().startsWith("Đã khôi phục sổ theo dõi " + db + " từ tệp sao lưu " + backup + "."), restored.out());
        assertTrue(restored.out().contains("Sổ theo dõi trước khi khôi phục được giữ lại tại " + db + ".before-restore-"), restored.out());
        assertEquals(atBackup.out(), CliRun.of("history", "6174", "--db", db).out(), "the ack came after the backup");

        CliRun notALedger = CliRun.of("restore", TrackingCommandsTest.SEED, "--db", db);
        assertEquals(2, notALedger.exitCode());
        assertTrue(notALedger.err().startsWith("Lỗi: Tệp "), notALedger.err());
    }

    @Test
    void aPostgresLedgerIsBackedUpWithPgDump() {
        CliRun run = CliRun.of("backup", dir.resolve("x.db").toString(), "--db", "jdbc:postgresql://127.0.0.1:1/congvan?user=a&password=Bi-Mat");

        assertEquals(2, run.exitCode());
        assertEquals("Lỗi: Sổ theo dõi jdbc:postgresql://127.0.0.1:1/congvan?user=a&password=*** nằm trên máy chủ PostgreSQL: "
                + "hãy sao lưu bằng pg_dump -Fc (khôi phục bằng pg_restore).", run.err().strip());
    }

    @Test
    void aPartFileLeftByAKilledRunIsGoneAfterTheNextReportIntoTheFolder() throws Exception {
        String db = dir.resolve("congvan.db").toString();
        assertEquals(0, CliRun.of("import", TrackingCommandsTest.SEED, "--db", db).exitCode());
        Path out = Files.createDirectories(dir.resolve("van-ban"));
        Path leftover = Files.writeString(out.resolve(".bao-cao-6174-UBND-VX-2019.pdf.0b6f2a4e-59c1-4c7e-9d0a-3f1e2d4c5b6a.part"), "%PDF-1.7 nửa");
        Path writing = Files.writeString(out.resolve(".so-theo-doi.xlsx.9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f.part"), "PK đang ghi");
        Path clerks = Files.writeString(out.resolve(".ghi-chu.part"), "của cán bộ");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(leftover, twoHoursAgo);
        Files.setLastModifiedTime(clerks, twoHoursAgo);

        CliRun report = CliRun.of("report", "6174", "--db", db, "--out", out.toString(), "--today", "05/09/2019");

        assertEquals(0, report.exitCode(), report.err());
        assertFalse(Files.exists(leftover), "a killed run's partial file is removed");
        assertTrue(Files.exists(writing), "a partial file of a run that may still be writing stays");
        assertTrue(Files.exists(clerks), "a file not named as congvan names its partial files stays");
    }
}
