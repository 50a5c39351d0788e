package vn.congvan.mail;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The elements that the {@code <style>} blocks of an HTML mail hide: a rule whose declarations hide
 * ({@link HtmlToText#hidingDeclarations}) and whose selectors are simple (tags, classes, ids and the
 * combinators between them) hides what jsoup's selector engine finds for them. Rules inside
 * {@code @media} apply unless the media query has a condition (a size: a responsive mail hides its desktop
 * parts only on a phone). Pseudo-classes and attribute selectors are not evaluated: a selector with
 * them is skipped, as the mail programs a clerk uses would not hide by {@code :hover} either.
 *
 * <p>In linear time: the style text is scanned once; the selector engine matches at most
 * {@link #MAX_SELECTORS} selectors, and no more than {@link #MAX_MATCHES} selector × element pairs; the
 * selectors beyond hide every element that carries one of the classes or ids they name (more than they
 * would, never less: a mail that hides by the thousand is not one whose hidden words we want).
 */
final class HidingStyleSheet {
    static final int MAX_SELECTORS = 200;
    /** Selector × element pairs the engine may try for one mail: a fraction of a second on a busy machine. */
    static final long MAX_MATCHES = 250_000;
    private static final Pattern SIMPLE = Pattern.compile("[\\w\\-.#*>+~\\s]+");
    private static final Pattern NAMES = Pattern.compile("([.#])([\\w\\-]+)");

    private HidingStyleSheet() {
    }

    /** The elements of {@code document} its style sheets hide, compared by identity. */
    static Set<Element> hiddenIn(Document document) {
        List<String> selectors = new ArrayList<>();
        for (Element style : document.select("style")) {
            collect(style.data(), selectors);
        }
        Set<Element> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
        if (selectors.isEmpty()) {
            return hidden;
        }
        long elements = Math.max(1, document.getAllElements().size());
        int engine = (int) Math.min(Math.min(MAX_SELECTORS, selectors.size()), MAX_MATCHES / elements);
        List<String> evaluated = selectors.subList(0, engine);
        try {
            if (!evaluated.isEmpty()) {
                hidden.addAll(document.select(String.join(", ", evaluated)));
            }
        } catch (Selector.SelectorParseException e) {
            // One selector jsoup cannot read spoils the group: then each on its own, the bad one skipped.
            for (String selector : evaluated) {
                hidden.addAll(selectOrNothing(document, selector));
            }
        }
        hidden.addAll(byNames(document, selectors.subList(evaluated.size(), selectors.size())));
        return hidden;
    }

    private static Elements selectOrNothing(Document document, String selector) {
        try {
            return document.select(selector);
        } catch (Selector.SelectorParseException e) {
            return new Elements();
        }
    }

    /** Every element with a class or id that {@code selectors} name. */
    private static List<Element> byNames(Document document, List<String> selectors) {
        if (selectors.isEmpty()) {
            return List.of();
        }
        Set<String> classes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String selector : selectors) {
            Matcher m = NAMES.matcher(selector);
            while (m.find()) {
                (m.group(1).equals(".") ? classes : ids).add(m.group(2));
            }
        }
        return document.getAllElements().stream()
                .filter(e -> ids.contains(e.id()) || e.classNames().stream().anyMatch(classes::contains))
                .toList();
    }

    /** Adds the simple selectors of every hiding rule of {@code css} to {@code selectors}. */
    static void collect(String css, List<String> selectors) {
        String text = withoutComments(css);
        // Each open block: true when its rules apply (top level, @media without a condition).
        List<Boolean> blocks = new ArrayList<>();
        boolean applies = true;
        int start = 0;
        int first = -1; // where the text since start begins, to tell an at-rule
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (first < 0 && !Character.isWhitespace(c)) {
                first = i;
            }
            if (c == '{') {
                String prelude = text.substring(start, i).strip();
                if (prelude.startsWith("@")) {
                    blocks.add(applies);
                    applies = applies && appliesOnScreen(prelude);
                    start = i + 1;
                    first = -1;
                    continue;
                }
                int end = text.indexOf('}', i);
                if (end < 0) {
                    end = text.length();
                }
                if (applies && HtmlToText.hidingDeclarations(text.substring(i + 1, end))) {
                    for (String selector : prelude.split(",")) {
                        String s = selector.strip();
                        if (!s.isEmpty() && SIMPLE.matcher(s).matches()) {
                            selectors.add(s);
                        }
                    }
                }
                i = end;
                start = end + 1;
                first = -1;
            } else if (c == '}') {
                applies = blocks.isEmpty() || blocks.remove(blocks.size() - 1);
                start = i + 1;
                first = -1;
            } else if (c == ';' && first >= 0 && text.charAt(first) == '@') {
                start = i + 1; // @import, @charset: a statement, not a block
                first = -1;
            }
        }
    }

    /** {@code @media screen}, {@code @media all}: yes; a size condition, print, another at-rule: no. */
    private static boolean appliesOnScreen(String prelude) {
        String p = prelude.toLowerCase(Locale.ROOT);
        if (!p.startsWith("@media")) {
            return false;
        }
        String query = p.substring("@media".length());
        return !query.contains("(") && !query.contains("print") && !query.contains("speech");
    }

    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf("/*", i);
            if (open < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, open).append(' ');
            int close = css.indexOf("*/", open + 2);
            i = close < 0 ? css.length() : close + 2;
        }
        return out.toString();
    }
}
