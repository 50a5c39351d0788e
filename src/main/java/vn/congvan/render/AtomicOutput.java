package vn.congvan.render;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an output file so that a reader never sees half of it: the bytes go to a temporary file in
 * the same folder, which then replaces the target in one move.
 */
final class AtomicOutput {
    private static final Messages MESSAGES = Messages.of(AtomicOutput.class);

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
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
            temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
