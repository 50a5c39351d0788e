package vn.congvan.mail;

import java.util.List;

/**
 * How a read went.
 *
 * @param read         how many mails were handed over
 * @param skipped      mails that could not be read, with reasons
 * @param notRead      positions of mails not reached because the source broke off (connection lost)
 * @param interruption why the source broke off, in Vietnamese, or null when it read to the end
 */
public record ReadSummary(int read, List<Skipped> skipped, List<String> notRead, String interruption) {
    public ReadSummary {
        skipped = List.copyOf(skipped);
        notRead = List.copyOf(notRead);
    }

    public boolean complete() {
        return interruption == null;
    }
}
