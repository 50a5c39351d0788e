package vn.congvan.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of "-----", "_____" or "=====" that a typist puts under the issuer and the motto where Word would
 * draw a line. They carry no text, so they are read as blank lines: left in, they joined the issuer.
 */
final class TypedRules {
    private static final Pattern RULE = Pattern.compile("^(?:[-_=‐‑‒–—―]\\s*){3,}$");

    private TypedRules() {
    }

    static SourceText blankedOut(SourceText source) {
        if (source.lines().stream().noneMatch(TypedRules::isRule)) {
            return source;
        }
        List<SourceLine> lines = source.lines().stream()
                .map(l -> isRule(l) ? new SourceLine(l.page(), l.number(), List.of()) : l).toList();
        return new SourceText(source.file(), lines, source.paragraphs());
    }

    static boolean isRule(SourceLine line) {
        return RULE.matcher(line.text()).matches();
    }
}
