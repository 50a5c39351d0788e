package vn.congvan.mail;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds number/symbols of known dispatches in free text as people type them: "6174/UBND-VX",
 * "6174 /UBND–VX", "số 6174/ubnd-vx", without diacritics ("QD" for "QĐ"). "6174/UBND" does not
 * match inside "6174/UBND-VX".
 */
final class DispatchReferences {
    /** Each number/symbol's pattern, made once: it was compiled again for every mail and every dispatch. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private DispatchReferences() {
    }

    static Set<String> mentioned(String text, Set<String> numberSymbols) {
        String folded = FoldedText.of(text);
        Set<String> found = new LinkedHashSet<>();
        for (String id : numberSymbols) {
            if (PATTERNS.computeIfAbsent(id, DispatchReferences::pattern).matcher(folded).find()) {
                found.add(id);
            }
        }
        return found;
    }

    /**
     * The number/symbols whose bare number a subject names ("6174", "CV 6174", "cv số 6174", "V/v … (6174)"),
     * when it names none in full. A number inside a date, a time, an amount or another symbol ("21/8/6174",
     * "6174/QĐ-UBND", "6174,5") or after "năm/ngày/tháng" does not count: a subject is short, but a year is a number too.
     */
    static Set<String> numbersInSubject(String subject, Set<String> numberSymbols) {
        String folded = FoldedText.of(subject);
        Set<String> found = new LinkedHashSet<>();
        for (String id : numberSymbols) {
            String number = id.contains("/") ? id.substring(0, id.indexOf('/')).strip() : "";
            if (!number.matches("\\d+")) {
                continue;
            }
            Pattern bare = Pattern.compile("(?:(?<![\\p{L}\\p{N}/.,:\\-–])|(?<=\\bcv)|(?<=\\bcvs)|(?<=\\bso))(?<!(?:nam|ngay|thang|luc|gio)\\s)0*" + number
                    + "(?![\\p{L}\\p{N}%]|[.,:]\\d|\\s*[/\\-–]\\s*[\\p{L}\\p{N}])");
            if (bare.matcher(folded).find()) {
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
