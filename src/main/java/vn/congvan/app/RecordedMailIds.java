package vn.congvan.app;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import vn.congvan.mail.IncomingMail;

/**
 * The source ids of the mails whose events the ledger holds, read once when a collection starts and kept up
 * to date as it records, so that telling a mail seen before from one that reuses its Message-ID costs no query
 * per mail (each was a scan of every event).
 */
final class RecordedMailIds {
    private final NavigableSet<String> ids = new TreeSet<>();

    RecordedMailIds(List<String> recorded) {
        ids.addAll(recorded);
    }

    /** Whether an older version recorded the mail under its bare Message-ID. */
    boolean hasBare(String messageId) {
        return ids.contains(messageId);
    }

    /** Whether the ledger holds a mail with this Message-ID whose source id is not {@code sourceId} (other content). */
    boolean otherWithId(String messageId, String sourceId) {
        String prefix = IncomingMail.messageIdPrefix(messageId);
        for (String id : ids.tailSet(prefix, true)) {
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
        ids.add(sourceId);
    }
}
