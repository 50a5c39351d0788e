package vn.congvan.ingest;

import vn.congvan.text.VietnameseText;

import java.util.List;
import java.util.regex.Pattern;

/** Small tests on source lines that the header, body and footer parsers share. */
final class Lines {
    private static final Pattern BRACKETED = Pattern.compile("^[(\\[].*[)\\]]$");

    private Lines() {
    }

    /** The index of the first non-blank line at or after {@code from}, or {@code lines.size()}. */
    static int skipBlank(List<SourceLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** All letters in capitals, and at least one letter: issuer, motto, type, signature lines. */
    static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(VietnameseText.upper(text));
    }

    /** A whole line in brackets, such as "(Đã ký)" in a flattened signature block: a note, not content. */
    static boolean isNote(String text) {
        return BRACKETED.matcher(text).matches();
    }

    /** Joins lines with one space and collapses whitespace. */
    static String join(List<String> texts) {
        return VietnameseText.oneLine(String.join(" ", texts));
    }
}
