package vn.congvan.mail;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds number/symbols of known dispatches in free text as people type them: "6174/UBND-VX",
 * "6174 /UBND–VX", "số 6174/ubnd-vx", without diacritics ("QD" for "QĐ"). "6174/UBND" does not
 * match inside "6174/UBND-VX".
 */
final class DispatchReferences {
    private DispatchReferences() {
    }

    static Set<String> mentioned(String text, Set<String> numberSymbols) {
        String folded = FoldedText.of(text);
        Set<String> found = new LinkedHashSet<>();
        for (String id : numberSymbols) {
            if (pattern(id).matcher(folded).find()) {
                found.add(id);
            }
        }
        return found;
    }

    static Pattern pattern(String id) {
        String[] tokens = FoldedText.of(id).split("[^\\p{L}\\p{N}]+");
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])");
        boolean first = true;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (!first) {
                p.append("(?:\\s*[/\\-–—_.&]\\s*|\\s+)");
            }
            p.append(Pattern.quote(t));
            first = false;
        }
        p.append("(?![\\p{L}\\p{N}]|\\s*[/\\-–—&]\\s*[\\p{L}\\p{N}])");
        return Pattern.compile(p.toString());
    }
}
