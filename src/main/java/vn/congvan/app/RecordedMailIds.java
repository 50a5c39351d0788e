package vn.congvan.app;

import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import vn.congvan.mail.IncomingMail;

/**
 * The source ids of the mails whose events the ledger holds, read once when a collection starts and kept up
 * to date as it records, so that telling a mail seen before from one that reuses its Message-ID costs no query
 * per mail (each was a scan of every event). Those read at the start are kept as one sorted array: a large
 * ledger holds hundreds of thousands, which a tree took half a second and some 40 MB more to hold.
 */
final class RecordedMailIds {
    /** The ids the ledger held at the start, sorted, each once. */
    private final String[] atStart;
    /** The ids recorded since, that were not among them. */
    private final NavigableSet<String> since = new TreeSet<>();

    RecordedMailIds(List<String> recorded) {
        String[] ids = recorded.toArray(String[]::new);
        Arrays.sort(ids);
        int kept = 0;
        for (String id : ids) {
            if (kept == 0 || !ids[kept - 1].equals(id)) {
                ids[kept++] = id;
            }
        }
        atStart = Arrays.copyOf(ids, kept);
    }

    /** Whether an older version recorded the mail under its bare Message-ID. */
    boolean hasBare(String messageId) {
        return Arrays.binarySearch(atStart, messageId) >= 0 || since.contains(messageId);
    }

    /** Whether the ledger holds a mail with this Message-ID whose source id is not {@code sourceId} (other content). */
    boolean otherWithId(String messageId, String sourceId) {
        String prefix = IncomingMail.messageIdPrefix(messageId);
        int found = Arrays.binarySearch(atStart, prefix);
        for (int i = found >= 0 ? found : -found - 1; i < atStart.length && atStart[i].startsWith(prefix); i++) {
            if (!atStart[i].equals(sourceId)) {
                return true;
            }
        }
        for (String id : since.tailSet(prefix, true)) {
            if (!id.startsWith(prefix)) {
                return false;
            }
            if (!id.equals(sourceId)) {
                return true;
            }
        }
        return false;
    }

    void add(String sourceId) {
        if (Arrays.binarySearch(atStart, sourceId) < 0) {
            since.add(sourceId);
        }
    }
}
