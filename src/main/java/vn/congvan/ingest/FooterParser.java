package vn.congvan.ingest;

import vn.congvan.model.Signer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footer, a two-column table flattened in either order: "Nơi nhận" then the signature block,
 * or the signature block then "Nơi nhận". The footer is the earliest tail of the document that reads
 * wholly as these two parts, so that capital lines in the body are never taken for a signature.
 */
final class FooterParser {
    static final Pattern DISTRIBUTION_LINE = Pattern.compile("^Nơi\\s+nhận\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<SourceLine> lines;

    private FooterParser(List<SourceLine> lines) {
        this.lines = lines;
    }

    /** The footer at or after {@code from}; without one, a footer starting at the end with nothing in it. */
    static Footer find(List<SourceLine> lines, int from) {
        FooterParser parser = new FooterParser(lines);
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i).text();
            boolean candidate = DISTRIBUTION_LINE.matcher(text).matches() || Lines.isUpperCase(text);
            if (candidate) {
                Optional<Footer> footer = parser.tail(i);
                if (footer.isPresent()) {
                    return footer.get();
                }
            }
        }
        return new Footer(lines.size(), null, List.of());
    }

    /** Reads lines {@code start}… to the end as a footer, or empty if they are something else. */
    private Optional<Footer> tail(int start) {
        List<String> distribution = null;
        List<String> signature = null;
        int i = start;
        while (i < lines.size()) {
            String text = lines.get(i).text();
            Matcher m = DISTRIBUTION_LINE.matcher(text);
            if (text.isEmpty() || Lines.isNote(text)) {
                i++;
            } else if (m.matches()) {
                if (distribution != null) {
                    return Optional.empty();
                }
                distribution = new ArrayList<>();
                if (!m.group(1).isBlank()) {
                    distribution.add(DashList.clean(m.group(1)));
                }
                DashList list = DashList.read(lines, i + 1, false);
                distribution.addAll(list.entries());
                i = list.end();
            } else {
                if (signature != null) {
                    return Optional.empty();
                }
                signature = new ArrayList<>();
                i = signatureLines(i, signature);
                if (signature.stream().anyMatch(Labels::isBullet)) {
                    return Optional.empty();
                }
            }
        }
        Signer signer = null;
        if (signature != null) {
            Optional<Signer> parsed = SignerParser.parse(signature);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            signer = parsed.get();
        }
        if (signer == null && distribution == null) {
            return Optional.empty();
        }
        return Optional.of(new Footer(start, signer, distribution == null ? List.of() : distribution));
    }

    /** The signature block runs to "Nơi nhận" or the end; blank lines (the space to sign) and notes are skipped. */
    private int signatureLines(int from, List<String> out) {
        int i = from;
        while (i < lines.size() && !DISTRIBUTION_LINE.matcher(lines.get(i).text()).matches()) {
            String text = lines.get(i).text();
            if (!text.isEmpty() && !Lines.isNote(text)) {
                out.add(text);
            }
            i++;
        }
        return i;
    }
}
