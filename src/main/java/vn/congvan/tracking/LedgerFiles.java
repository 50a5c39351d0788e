package vn.congvan.tracking;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

import vn.congvan.model.InputException;

/**
 * The ledger's SQLite file on disk. Only a command that writes creates it, owner-only (folder 700, file
 * 600 where the file system has POSIX permissions; SQLite gives its -wal and -shm files the file's
 * mode); a command that only reads finds it there or says so, and creates nothing.
 */
final class LedgerFiles {
    private LedgerFiles() {
    }

    /** Creates the file and its missing folders, owner-only; nothing when it exists or lives on a server. */
    static void createIfMissing(LedgerTarget target) {
        Path file = target.file();
        if (file == null || Files.exists(file)) {
            return;
        }
        Path folder = file.getParent();
        try {
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder, ownerOnly("rwx------"));
            }
        } catch (IOException e) {
            throw new InputException(LedgerDatabase.message("ledger.cannotCreateFolder", folder, e), e);
        }
        try {
            // An empty file is an empty SQLite database; creating it here is what sets its mode.
            Files.createFile(file, ownerOnly("rw-------"));
        } catch (FileAlreadyExistsException e) {
            // Another program created it meanwhile: use theirs.
        } catch (IOException e) {
            throw new InputException(LedgerDatabase.message("ledger.cannotCreate", file, LedgerDatabase.detail(e)), e);
        }
    }

    /** Refuses a ledger file that does not exist, touching nothing. */
    static void requireExisting(LedgerTarget target) {
        if (target.file() != null && !Files.isRegularFile(target.file())) {
            throw new InputException(LedgerDatabase.message("ledger.missing", target.file()));
        }
    }

    /** The file readable and writable by its owner only, where the file system knows POSIX permissions. */
    static void restrict(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
