package vn.congvan.tracking;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congvan.model.InputException;

/**
 * The ledger's SQLite file on disk. Only a command that writes creates it, owner-only (folder 700, file
 * 600 where the file system has POSIX permissions; SQLite gives its -wal and -shm files the file's
 * mode); a command that only reads finds it there or says so, and creates nothing. A ledger made by an
 * older version, readable by every local user, is tightened when it is opened ({@link #tighten}).
 */
final class LedgerFiles {
    /** The default data folder's name: a folder of that name holds nothing but congvan's files. */
    private static final String DATA_FOLDER = "congvan";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private LedgerFiles() {
    }

    /**
     * Takes every permission of group and others from the ledger file, its {@code -wal} and {@code -shm}
     * files and, when it is congvan's data folder (named {@value #DATA_FOLDER}), its folder: those of them
     * the current user owns. A folder the user chose for {@code --db} (a home, a shared drive) keeps its
     * mode. Never fails the command: what cannot be changed is logged.
     */
    static void tighten(LedgerTarget target) {
        Path file = target.file();
        if (file == null || !posix() || !Files.isRegularFile(file)) {
            return;
        }
        UserPrincipal me;
        try {
            me = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            log().warn("Cannot look up the current user to tighten the permissions of {}: {}", file, e.toString());
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        for (Path p : List.of(file, sibling(file, "-wal"), sibling(file, "-shm"))) {
            tighten(p, me);
        }
        if (folder != null && folder.getFileName() != null && folder.getFileName().toString().equals(DATA_FOLDER)) {
            tighten(folder, me);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void tighten(Path p, UserPrincipal me) {
        try {
            if (!Files.exists(p) || !me.equals(Files.getOwner(p))) {
                return;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
            if (mode.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(p, mode);
                log().info("Made {} owner-only ({}): an older version left it readable by others", p, PosixFilePermissions.toString(mode));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            log().warn("Cannot make {} owner-only: {}", p, e.toString());
        }
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

    /** Looked up only when there is something to say: finding SLF4J's provider searches every jar. */
    private static Logger log() {
        return LoggerFactory.getLogger(LedgerFiles.class);
    }
}
