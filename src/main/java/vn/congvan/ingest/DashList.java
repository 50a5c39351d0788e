package vn.congvan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list written one entry a line, "- X;" … "- Y." (Kính gửi, Nơi nhận). An entry may wrap onto
 * following lines until it ends with ";" or ".".
 *
 * @param entries the entries as written, without the dash and the end punctuation
 * @param end     the index of the first line after the list
 */
record DashList(List<String> entries, int end) {
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s;.,]+$");

    DashList {
        entries = List.copyOf(entries);
    }

    /**
     * Reads entries from {@code from}, skipping blank lines between them.
     *
     * @param stopAtPeriod stop after an entry ending with "." (the last recipient), so that a body
     *                     starting with a dash is not taken for the list
     */
    static DashList read(List<SourceLine> lines, int from, boolean stopAtPeriod) {
        List<String> entries = new ArrayList<>();
        int i = from;
        while (true) {
            int start = Lines.skipBlank(lines, i);
            if (start >= lines.size() || !Labels.isBullet(lines.get(start).text())) {
                break;
            }
            StringBuilder entry = new StringBuilder(lines.get(start).text());
            int next = start + 1;
            while (next < lines.size() && continues(entry, lines.get(next).text())) {
                entry.append(' ').append(lines.get(next).text());
                next++;
            }
            entries.add(clean(entry.toString()));
            i = next;
            if (stopAtPeriod && entry.toString().endsWith(".")) {
                break;
            }
        }
        return new DashList(entries, i);
    }

    /** "- UBND các phường, xã." → "UBND các phường, xã". */
    static String clean(String entry) {
        String text = Labels.BULLET.matcher(entry).matches() ? entry.replaceFirst("^[-–+•]\\s*", "") : entry;
        return Lines.join(List.of(END_PUNCTUATION.matcher(text).replaceAll("")));
    }

    private static boolean continues(CharSequence entry, String line) {
        String last = entry.toString();
        return !line.isEmpty() && !last.endsWith(";") && !last.endsWith(".")
                && !Labels.isBullet(line) && !Lines.isUpperCase(line) && !Lines.isNote(line);
    }
}
