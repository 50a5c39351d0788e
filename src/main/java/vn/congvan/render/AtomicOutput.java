package vn.congvan.render;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes an output file so that a reader never sees half of it: the bytes go to a temporary file in
 * the same folder, which then replaces the target in one move.
 */
final class AtomicOutput {
    private static final Messages MESSAGES = Messages.of(AtomicOutput.class);
    /** A temporary file this old belongs to a run that was killed: no write takes an hour. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final int BUFFER = 64 * 1024;
    private static final Pattern PART_NAME = Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

    /** What fills the file; may throw anything, the temporary file is removed then. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicOutput() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(MESSAGES.get("output.folderMissing", absolute));
        }
        removeLeftovers(folder);
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
            temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            // Buffered: the writers hand over a few bytes at a time (PDFBox's save about 1,600 writes for a
            // 200-row report), and each unbuffered write is a system call.
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(MESSAGES.get("output.writeFailed", absolute, reason(e)), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Removes what a killed run left in {@code folder}: our own temporary files (named as {@link #write}
     * names them, owned by this user) older than {@link #LEFTOVER_AGE}, so never the file of a run still
     * writing. Best effort: a file that cannot be removed stays.
     */
    static void removeLeftovers(Path folder) {
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            UserPrincipal me = null; // looked up only when there is a leftover: it reads the user database
            for (Path part : parts) {
                if (PART_NAME.matcher(part.getFileName().toString()).matches() && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
                    if (me == null) {
                        me = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
                    }
                    if (me.equals(Files.getOwner(part))) {
                        deleteQuietly(part);
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Unknown owner or unreadable folder: leave everything as it is.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The move already succeeded or the write failed for a reason reported above.
        }
    }
}
