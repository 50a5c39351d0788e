package vn.congvan.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes the signed file through a temporary file in the same folder and one move, so that nobody sees
 * half a signed PDF and a failed signing leaves nothing behind. (render's AtomicOutput does the same for
 * rendered documents; sign may not use render.)
 */
final class AtomicFile {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, java.security.GeneralSecurityException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException, java.security.GeneralSecurityException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
