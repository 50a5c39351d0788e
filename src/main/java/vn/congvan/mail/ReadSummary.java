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

    /**
     * This summary of {@link MailSource#readUnparsed} once its mails are parsed: those in {@code unreadable} (in the
     * order they came) were not read but skipped.
     */
    public ReadSummary afterParsing(List<Skipped> unreadable) {
        List<Skipped> all = new java.util.ArrayList<>(skipped);
        all.addAll(unreadable);
        return new ReadSummary(read - unreadable.size(), all, notRead, interruption);
    }

    public boolean complete() {
        return interruption == null;
    }
}
