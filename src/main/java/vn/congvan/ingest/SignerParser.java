package vn.congvan.ingest;

import vn.congvan.model.Signer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions 7a–7c from the signature lines: capital lines (authority + title, position) and the name
 * last. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name"; "GIÁM ĐỐC / name";
 * and the double authority "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name", whose second
 * authority line is kept in the title after a line feed (see {@link Signer#authorityLines()}).
 */
final class SignerParser {
    /** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "TUQ. GIÁM ĐỐC", "Q. GIÁM ĐỐC". */
    private static final Pattern AUTHORITY = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\s*\\.\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A person's name: words of letters, no digits, no list or colon. */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}.'\\s-]{1,60}$");
    private static final int MAX_HEADING_LINES = 4;

    private SignerParser() {
    }

    static boolean isAuthority(String text) {
        return AUTHORITY.matcher(text).matches();
    }

    /** The signer of {@code lines} (headings then the name), or empty when they are not a signature block. */
    static Optional<Signer> parse(List<String> lines) {
        if (lines.size() < 2 || lines.size() > MAX_HEADING_LINES + 1) {
            return Optional.empty();
        }
        List<String> headings = lines.subList(0, lines.size() - 1);
        String name = lines.get(lines.size() - 1);
        if (!headings.stream().allMatch(Lines::isUpperCase) || !NAME.matcher(name).matches()
                || name.split("\\s+").length > 8) {
            return Optional.empty();
        }
        Matcher first = AUTHORITY.matcher(headings.get(0));
        if (!first.matches()) {
            return Optional.of(new Signer(null, null, Lines.join(headings), name));
        }
        String authority = first.group(1).toUpperCase(Locale.ROOT) + ".";
        String title = first.group(2).strip();
        int positionFrom = 1;
        if (headings.size() > 2 && AUTHORITY.matcher(headings.get(1)).matches()) {
            Matcher second = AUTHORITY.matcher(headings.get(1));
            second.matches();
            title = title + "\n" + second.group(1).toUpperCase(Locale.ROOT) + ". " + second.group(2).strip();
            positionFrom = 2;
        }
        List<String> position = headings.subList(positionFrom, headings.size());
        return Optional.of(new Signer(authority, title, position.isEmpty() ? null : Lines.join(position), name));
    }
}
