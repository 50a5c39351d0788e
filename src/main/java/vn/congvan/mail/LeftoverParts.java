package vn.congvan.mail;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes the temporary files a killed run left in a folder before the next write there, as render's
 * AtomicOutput does for its own: only files named as we name them ({@code .outbox-123.part},
 * {@code .archive-123.part}, from {@link Files#createTempFile}), owned by this user, and older than
 * {@link #AGE}, so never the file of a run still writing. Best effort: a file that cannot be removed stays.
 */
final class LeftoverParts {
    /** A temporary file this old belongs to a run that was killed: no mail or archive takes an hour to write. */
    static final Duration AGE = Duration.ofHours(1);

    private LeftoverParts() {
    }

    /** @param prefix the prefix given to {@link Files#createTempFile}, e.g. {@code ".outbox-"} */
    static void remove(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "[0-9]+\\.part");
        Instant cutoff = Instant.now().minus(AGE);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, prefix + "*.part")) {
            UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            for (Path part : parts) {
                if (ours.matcher(part.getFileName().toString()).matches() && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)
                        && me.equals(Files.getOwner(part, LinkOption.NOFOLLOW_LINKS))) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Unknown owner or unreadable folder: leave everything as it is.
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // best effort, see above
        }
    }
}
