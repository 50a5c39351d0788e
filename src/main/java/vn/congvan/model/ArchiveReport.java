package vn.congvan.model;

import java.nio.file.Path;

/**
 * What an archive run did.
 *
 * @param selected mails older than the cut-off in the folder
 * @param archived mails written to the mbox file
 * @param verified the file was read back and every mail's SHA-256 matched the server's copy
 * @param deleted  mails removed from the server (only when asked, and only after verification)
 * @param mbox     the archive file, or null when none was kept
 * @param problem  why nothing was deleted, in Vietnamese, or null
 */
public record ArchiveReport(int selected, int archived, boolean verified, int deleted, Path mbox, String problem) {
}
