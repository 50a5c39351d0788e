package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.VietnameseText;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text and links of an HTML mail, with jsoup's HTML5 parser, which reads broken markup as a browser
 * would. Only the string given is read: images, style sheets and frames are never fetched. Quoted
 * blocks ({@code <blockquote>}) come out with "> " so that quote stripping treats them like quoted
 * plain text.
 *
 * <p>Only what a clerk sees in a mail program is read: text the mail hides is never taken as the unit's
 * statement. Hidden means {@code <head>}, {@code <title>}, {@code <style>}, {@code <script>},
 * {@code <template>}, the {@code hidden} attribute, and an inline style with {@code display:none},
 * {@code visibility:hidden|collapse}, {@code opacity:0}, {@code font-size:0}, Outlook's
 * {@code mso-hide:all}, or a zero {@code height}/{@code max-height}/{@code width}/{@code max-width} with
 * {@code overflow:hidden}, the same declarations in a {@code <style>} rule that selects the element by its
 * tag, class or id ({@link HidingStyleSheet}). {@code aria-hidden="true"} is still shown on screen (it
 * hides only from screen readers), so it is read.
 */
public final class HtmlToText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "caption", "pre", "address", "center", "form", "fieldset", "blockquote", "hr",
            "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "details", "summary");
    private static final Set<String> HIDDEN = Set.of("head", "style", "script", "title", "template");
    private static final Pattern ZERO = Pattern.compile("[-+]?0*\\.?0*(px|pt|em|rem|%|ex|ch|vh|vw|mm|cm|in)?");

    private HtmlToText() {
    }

    /** The readable text, one block per line, NFC. */
    public static String convert(String html) {
        return parsed(html).text();
    }

    /** An HTML body parsed once, for its text, its status tables and its links (parsing is most of the cost). */
    static Parsed parsed(String html) {
        Document document = Jsoup.parse(html);
        int maxChars = Math.min(2 * html.length(), InputLimits.MAIL_TEXT_CHARS);
        return new Parsed(document, StatusTable.rowLines(document, maxChars), maxChars);
    }

    static final class Parsed {
        private final Document document;
        private final Map<Element, String> rowLines;
        private final int maxChars;

        private Parsed(Document document, Map<Element, String> rowLines, int maxChars) {
            this.document = document;
            this.rowLines = rowLines;
            this.maxChars = maxChars;
        }

        /** As {@link #convert(String)}. */
        String text() {
            Lines lines = new Lines(rowLines, HidingStyleSheet.hiddenIn(document), maxChars);
            NodeTraversor.traverse(lines, document);
            return lines.text();
        }

        /** Whether the HTML holds a status table ("STT | Nội dung | Kết quả"), whose rows its text gives as lines. */
        boolean hasStatusTable() {
            return !rowLines.isEmpty();
        }

        /** As {@link #links(String)}. */
        List<HtmlLink> links() {
            return HtmlToText.links(document);
        }
    }

    /**
     * False when jsoup would find neither a link ({@code <a>}) nor a table in {@code html}: it makes those elements
     * only from a start tag of that name, "&lt;a" or "&lt;table" in any case with no letter or digit after it (no
     * such element is implied or made from another tag). Then the HTML has no status table and no link for the
     * phishing check, and a mail with a plain part needs no parse: most HTML replies are a plain alternative
     * dressed up. True for more than those tags (in a comment, a script, "&lt;a-b&gt;"): then it is parsed.
     */
    static boolean mayHoldLinkOrTable(String html) {
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            if (startTag(html, lt + 1, "a") || startTag(html, lt + 1, "table")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code html} at {@code at} is the tag name {@code name} (lower case) as the tokeniser ends it. */
    private static boolean startTag(String html, int at, String name) {
        int end = at + name.length();
        if (end > html.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = html.charAt(at + i);
            if ((c | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        if (end == html.length()) {
            return true;
        }
        char next = html.charAt(end);
        return !(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9');
    }

    /**
     * The text of what {@code e} holds, as {@link #convert} gives it for that HTML alone (its own hidden parts left
     * out, no style sheet), at most {@code maxChars} characters: a table's cell, read where it stands in the parsed
     * mail rather than written out and parsed again.
     */
    static String contentText(Element e, int maxChars) {
        Lines lines = new Lines(Map.of(), Set.of(), maxChars);
        for (Node child : e.childNodes()) {
            NodeTraversor.traverse(lines, child);
        }
        return lines.text();
    }

    /** Every {@code <a href>} with its visible text, in order. */
    public static List<HtmlLink> links(String html) {
        return links(Jsoup.parse(html));
    }

    private static List<HtmlLink> links(Document document) {
        return document.select("a[href]").stream()
                .map(a -> new HtmlLink(a.attr("href").strip(), VietnameseText.oneLine(a.text())))
                .toList();
    }

    /** True when {@code e} and everything in it is invisible in a mail program by its own markup. */
    static boolean hides(Element e) {
        return HIDDEN.contains(e.normalName()) || e.hasAttr("hidden") || hidingDeclarations(e.attr("style"));
    }

    /** True when the CSS declarations {@code css} (an inline style, a rule's body) make an element invisible. */
    static boolean hidingDeclarations(String css) {
        Map<String, String> style = style(css);
        boolean overflowHidden = "hidden".equals(style.get("overflow"));
        return "none".equals(style.get("display"))
                || Set.of("hidden", "collapse").contains(style.getOrDefault("visibility", ""))
                || "all".equals(style.get("mso-hide"))
                || zero(style.get("opacity")) || zero(style.get("font-size"))
                || overflowHidden && (zero(style.get("height")) || zero(style.get("max-height"))
                        || zero(style.get("width")) || zero(style.get("max-width")));
    }

    /** The declarations of an inline style, property → value, lower case, without {@code !important}. */
    private static Map<String, String> style(String css) {
        Map<String, String> out = new HashMap<>();
        for (String declaration : css.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String value = declaration.substring(colon + 1).toLowerCase(Locale.ROOT).replace("!important", "").strip();
                out.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
            }
        }
        return out;
    }

    private static boolean zero(String value) {
        return value != null && !value.isEmpty() && value.chars().anyMatch(c -> c == '0') && ZERO.matcher(value).matches();
    }

    /**
     * Writes the text line by line as the parser walks the tree: blocks start lines, cells share one.
     * <p>Every step costs at most what it writes: a hostile mail of a million spans on one line, or of a
     * million items in one list, is read in a pass (scanning back for the line's start or counting an item's
     * older siblings at each step took minutes). The text stops at {@link InputLimits#MAIL_TEXT_CHARS}, and at twice
     * the length of the HTML it comes from: markup outweighs the text it shows, save for quote marks and the numbers
     * of long lists, and a mail nesting quotes hundreds deep, each of its lines then carrying a thousand "&gt; ", made
     * gigabytes of text out of ten megabytes.
     */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        /** Where the line being written starts in {@link #out}: just after its last line break. */
        private int lineStart;
        private final int maxChars;
        /** The number the next {@code <li>} of each {@code <ol>} met so far shows. */
        private final Map<Element, int[]> nextNumber = new IdentityHashMap<>();
        /** Rows of status tables, written as one line each instead of their cells. */
        private final Map<Element, String> rowLines;
        /** The status-table row being skipped, its line already written. */
        private Element replacedRow;
        private final Set<Element> hiddenByStyleSheet;
        private int hidden;
        private int quoteDepth;
        private int pre;

        Lines(Map<Element, String> rowLines, Set<Element> hiddenByStyleSheet, int maxChars) {
            this.rowLines = rowLines;
            this.hiddenByStyleSheet = hiddenByStyleSheet;
            this.maxChars = maxChars;
        }

        private boolean hidden(Element e) {
            return hides(e) || hiddenByStyleSheet.contains(e);
        }

        @Override
        public void head(Node node, int depth) {
            if (out.length() >= maxChars) {
                return;
            }
            if (node instanceof Element e) {
                start(e);
            } else if (node instanceof TextNode t && hidden == 0 && replacedRow == null) {
                text(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (out.length() >= maxChars) {
                return;
            }
            if (node instanceof Element e) {
                end(e);
            }
        }

        private void start(Element e) {
            String tag = e.normalName();
            String marker = tag.equals("li") ? listMarker(e) : null;
            if (replacedRow != null) {
                return;
            }
            if (hidden(e)) {
                hidden++;
            }
            if (hidden > 0) {
                return;
            }
            if (rowLines.containsKey(e)) {
                newLine();
                startLineIfNeeded();
                out.append(rowLines.get(e));
                newLine();
                replacedRow = e;
                return;
            }
            if (tag.equals("blockquote")) {
                newLine();
                quoteDepth++;
            }
            if (tag.equals("pre")) {
                pre++;
            }
            if (BLOCKS.contains(tag)) {
                newLine();
            }
            switch (tag) {
                case "li" -> {
                    startLineIfNeeded();
                    // An ordered list's numbers exist only on screen; replies number their statuses that way.
                    out.append(marker);
                }
                case "td", "th" -> {
                    if (!atLineStart()) {
                        out.append(' ');
                    }
                }
                case "br" -> {
                    startLineIfNeeded();
                    lineBreak();
                }
                default -> {
                }
            }
        }

        /**
         * "3. " for the third item of an {@code <ol>} (counting from its {@code start}), else "- ". Counted for every
         * item the walk meets, hidden or not, as a browser numbers them.
         */
        private String listMarker(Element li) {
            Element list = li.parent();
            if (list == null || !list.normalName().equals("ol")) {
                return "- ";
            }
            return nextNumber.computeIfAbsent(list, ol -> new int[] {firstNumber(ol)})[0]++ + ". ";
        }

        /** An {@code <ol>}'s {@code start}, else 1. */
        private static int firstNumber(Element ol) {
            String start = ol.attr("start").strip();
            try {
                return start.isEmpty() ? 1 : Integer.parseInt(start);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void end(Element e) {
            String tag = e.normalName();
            if (replacedRow != null) {
                if (e == replacedRow) {
                    replacedRow = null;
                }
                return;
            }
            if (hidden(e)) {
                hidden--;
                return;
            }
            if (hidden > 0) {
                return;
            }
            if (BLOCKS.contains(tag)) {
                newLine();
            }
            if (tag.equals("pre")) {
                pre--;
            }
            if (tag.equals("blockquote")) {
                quoteDepth--;
            }
        }

        private void text(String s) {
            if (pre > 0) {
                String[] lines = s.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        lineBreak();
                    }
                    startLineIfNeeded();
                    out.append(lines[i]);
                }
                return;
            }
            s = collapseSpaces(s);
            startLineIfNeeded();
            if (atLineStart()) {
                s = s.stripLeading();
            } else if (out.charAt(out.length() - 1) == ' ' && s.startsWith(" ")) {
                s = s.substring(1);
            }
            out.append(s);
        }

        /** True when the current line holds nothing but its quote marks. */
        private boolean atLineStart() {
            int i = lineStart;
            for (; i + 1 < out.length(); i += 2) {
                if (out.charAt(i) != '>' || out.charAt(i + 1) != ' ') {
                    return false;
                }
            }
            return i == out.length();
        }

        /** Gives an empty current line the quote marks of the depth it is written at. */
        private void startLineIfNeeded() {
            if (atLineStart()) {
                out.setLength(lineStart);
                out.append("> ".repeat(quoteDepth));
            }
        }

        private void newLine() {
            if (!atLineStart()) {
                lineBreak();
            }
        }

        private void lineBreak() {
            out.append('\n');
            lineStart = out.length();
        }

        String text() {
            // The last step may have written past the bound.
            return atMostOneEmptyLine(noSpacesBeforeLineEnds(VietnameseText.clean(VietnameseText.cut(out.toString(), maxChars))))
                    .strip();
        }
    }

    // Loops rather than regular expressions: they run on every text node and on every HTML mail's text, and the
    // regular expressions' replaceAll was a third of turning a parsed mail into text (JFR, collect's C1-only JIT).

    /** As {@code s.replaceAll("\\s+", " ")}: each run of white space (space, tab, line ends, VT, FF) one space. */
    static String collapseSpaces(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!space(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < s.length() && space(s.charAt(end))) {
                end++;
            }
            if (b == null && (c != ' ' || end > i + 1)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = end - 1;
        }
        return b == null ? s : b.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** As {@code s.replaceAll("[ \\t]+\n", "\n")}. */
    static String noSpacesBeforeLineEnds(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                int end = i + 1;
                while (end < s.length() && (s.charAt(end) == ' ' || s.charAt(end) == '\t')) {
                    end++;
                }
                if (end == s.length() || s.charAt(end) != '\n') {
                    b.append(s, i, end);
                }
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** As {@code s.replaceAll("\n{3,}", "\n\n")}. */
    static String atMostOneEmptyLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c == '\n' ? run + 1 : 0;
            if (run <= 2) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
