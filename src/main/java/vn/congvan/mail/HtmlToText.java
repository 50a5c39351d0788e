package vn.congvan.mail;

import vn.congvan.text.VietnameseText;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;

/**
 * Text and links of an HTML mail, with jsoup's HTML5 parser, which reads broken markup as a browser
 * would. Only the string given is read: images, style sheets and frames are never fetched. Quoted
 * blocks ({@code <blockquote>}) come out with "> " so that quote stripping treats them like quoted
 * plain text.
 */
public final class HtmlToText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "caption", "pre", "address", "center", "form", "fieldset", "blockquote", "hr",
            "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "details", "summary");
    private static final Set<String> HIDDEN = Set.of("head", "style", "script", "title");

    private HtmlToText() {
    }

    /** The readable text, one block per line, NFC. */
    public static String convert(String html) {
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, Jsoup.parse(html));
        return lines.text();
    }

    /** Every {@code <a href>} with its visible text, in order. */
    public static List<HtmlLink> links(String html) {
        return Jsoup.parse(html).select("a[href]").stream()
                .map(a -> new HtmlLink(a.attr("href").strip(), VietnameseText.oneLine(a.text())))
                .toList();
    }

    /** Writes the text line by line as the parser walks the tree: blocks start lines, cells share one. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int hidden;
        private int quoteDepth;
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                start(e.normalName());
            } else if (node instanceof TextNode t && hidden == 0) {
                text(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                end(e.normalName());
            }
        }

        private void start(String tag) {
            if (HIDDEN.contains(tag)) {
                hidden++;
            }
            if (hidden > 0) {
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
                    out.append("- ");
                }
                case "td", "th" -> {
                    if (!atLineStart()) {
                        out.append(' ');
                    }
                }
                case "br" -> {
                    startLineIfNeeded();
                    out.append('\n');
                }
                default -> {
                }
            }
        }

        private void end(String tag) {
            if (HIDDEN.contains(tag)) {
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
                        out.append('\n');
                    }
                    startLineIfNeeded();
                    out.append(lines[i]);
                }
                return;
            }
            s = s.replaceAll("\\s+", " ");
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
            int lineStart = out.lastIndexOf("\n") + 1;
            return out.substring(lineStart).replace("> ", "").isEmpty();
        }

        /** Gives an empty current line the quote marks of the depth it is written at. */
        private void startLineIfNeeded() {
            if (atLineStart()) {
                out.setLength(out.lastIndexOf("\n") + 1);
                out.append("> ".repeat(quoteDepth));
            }
        }

        private void newLine() {
            if (!atLineStart()) {
                out.append('\n');
            }
        }

        String text() {
            String s = VietnameseText.clean(out.toString());
            s = s.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
            return s.strip();
        }
    }
}
