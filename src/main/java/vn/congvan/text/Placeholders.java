package vn.congvan.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congvan.model.InputException;

/**
 * The {@code {{placeholders}}} of the templates a clerk edits, documents and mails alike: finding them,
 * refusing a name no one fills, and filling them. A name starts with a letter (Vietnamese ones too) and
 * goes on with letters, digits, "_", "." or "-"; spaces inside the braces are allowed.
 */
public final class Placeholders {
    private static final Messages MSG = Messages.of(Placeholders.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\p{L}[\\p{L}\\p{N}_.-]*)\\s*}}");

    private Placeholders() {
    }

    /** Every name used in {@code text}, in order of first use. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The name, when {@code text} is one placeholder and nothing else but blanks around it. */
    public static Optional<String> alone(String text) {
        Matcher m = PLACEHOLDER.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Refuses a template whose text uses a name that {@code known} does not accept: a clerk's typo,
     * caught before anything is filled or sent.
     *
     * @param template how the clerk knows the template (its file), for the message
     * @throws InputException naming the template, the line and the first unknown placeholder
     */
    public static void requireKnown(String template, String text, Predicate<String> known) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!known.test(m.group(1))) {
                throw unknown(template, text, m);
            }
        }
    }

    /**
     * Replaces each placeholder by its value, which must be text; the rest of {@code text} stays as written.
     *
     * @throws InputException naming the placeholder that has no value, or whose value is not text
     */
    public static String fill(String template, String text, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw unknown(template, text, m);
            }
            if (!(value instanceof String s)) {
                throw new InputException(MSG.get("placeholder.notText", template, m.group(1)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(s));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static InputException unknown(String template, String text, Matcher m) {
        long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        return new InputException(MSG.get("placeholder.unknown", template, Long.toString(line), m.group(1)));
    }
}
