package vn.congvan.ingest;

import java.util.List;

/**
 * Lines of "-----", "_____" or "=====" that a typist puts under the issuer and the motto where Word would
 * draw a line. They carry no text, so they are read as blank lines: left in, they joined the issuer.
 */
final class TypedRules {
    private static final String RULE_CHARACTERS = "-_=‐‑‒–—―";

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

    /** Three or more rule characters and nothing but spaces between them; a loop, linear on a 20 KB line. */
    static boolean isRule(SourceLine line) {
        String text = line.text();
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (RULE_CHARACTERS.indexOf(c) >= 0) {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }
}
