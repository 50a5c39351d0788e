package vn.congvan.ingest;

import vn.congvan.model.Signer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions 7a–7c from the signature lines: capital lines (authority + title, position) and the name
 * last. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"; "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name"; "GIÁM ĐỐC / name";
 * and the double authority "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name", with its two
 * authority lines (see {@link Signer#authorityLines()}).
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
        // Up to two authority lines ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH"); a second one only when a
        // position line follows it.
        int most = headings.size() > 2 ? 2 : 1;
        List<String> authority = new ArrayList<>();
        while (authority.size() < most) {
            Matcher m = AUTHORITY.matcher(headings.get(authority.size()));
            if (!m.matches()) {
                break;
            }
            authority.add((m.group(1).toUpperCase(Locale.ROOT) + ". " + m.group(2).strip()).strip());
        }
        List<String> position = headings.subList(authority.size(), headings.size());
        return Optional.of(new Signer(authority, position.isEmpty() ? null : Lines.join(position), name));
    }
}
