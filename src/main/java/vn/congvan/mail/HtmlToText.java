package vn.congvan.mail;

import vn.congvan.text.VietnameseText;

import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text and links of an HTML mail, with the JDK's HTML parser. Only the string given is read: images,
 * style sheets and frames are never fetched. Quoted blocks ({@code <blockquote>}) come out with "> "
 * so that quote stripping treats them like quoted plain text.
 */
public final class HtmlToText {
    private static final Set<HTML.Tag> BLOCKS = Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.H1, HTML.Tag.H2, HTML.Tag.H3,
            HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.TR, HTML.Tag.LI, HTML.Tag.UL, HTML.Tag.OL, HTML.Tag.DL,
            HTML.Tag.DT, HTML.Tag.DD, HTML.Tag.TABLE, HTML.Tag.PRE, HTML.Tag.ADDRESS, HTML.Tag.CENTER, HTML.Tag.FORM,
            HTML.Tag.BLOCKQUOTE, HTML.Tag.HR);
    private static final Set<HTML.Tag> HIDDEN = Set.of(HTML.Tag.HEAD, HTML.Tag.STYLE, HTML.Tag.SCRIPT, HTML.Tag.TITLE);

    private HtmlToText() {
    }

    /** The readable text, one block per line, NFC. */
    public static String convert(String html) {
        return parse(html).text();
    }

    /** Every {@code <a href>} with its visible text, in order. */
    public static List<HtmlLink> links(String html) {
        return parse(html).links;
    }

    private static Collector parse(String html) {
        Collector c = new Collector();
        try {
            new ParserDelegator().parse(new StringReader(html), c, true);
        } catch (IOException | RuntimeException e) {
            // The JDK parser gives up on some broken markup; fall back to dropping the tags.
            Collector plain = new Collector();
            plain.handleText(html.replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ").toCharArray(), 0);
            return plain;
        }
        return c;
    }

    private static final class Collector extends HTMLEditorKit.ParserCallback {
        private final StringBuilder out = new StringBuilder();
        private final List<HtmlLink> links = new ArrayList<>();
        private int hidden;
        private int quoteDepth;
        private int pre;
        private String href;
        private StringBuilder linkText;

        @Override
        public void handleText(char[] data, int pos) {
            if (hidden > 0) {
                return;
            }
            String s = new String(data);
            if (linkText != null) {
                linkText.append(s);
            }
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

        @Override
        public void handleStartTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (HIDDEN.contains(t)) {
                hidden++;
                return;
            }
            if (t == HTML.Tag.BLOCKQUOTE) {
                newLine();
                quoteDepth++;
            }
            if (t == HTML.Tag.PRE) {
                pre++;
            }
            if (BLOCKS.contains(t)) {
                newLine();
            }
            if (t == HTML.Tag.LI) {
                startLineIfNeeded();
                out.append("- ");
            }
            if (t == HTML.Tag.TD || t == HTML.Tag.TH) {
                if (!atLineStart()) {
                    out.append(' ');
                }
            }
            if (t == HTML.Tag.A) {
                Object h = a.getAttribute(HTML.Attribute.HREF);
                href = h == null ? null : h.toString().strip();
                linkText = new StringBuilder();
            }
        }

        @Override
        public void handleEndTag(HTML.Tag t, int pos) {
            if (HIDDEN.contains(t)) {
                hidden = Math.max(0, hidden - 1);
                return;
            }
            if (t == HTML.Tag.A && linkText != null) {
                if (href != null) {
                    links.add(new HtmlLink(href, VietnameseText.oneLine(linkText.toString())));
                }
                href = null;
                linkText = null;
            }
            if (BLOCKS.contains(t)) {
                newLine();
            }
            if (t == HTML.Tag.PRE) {
                pre = Math.max(0, pre - 1);
            }
            if (t == HTML.Tag.BLOCKQUOTE) {
                quoteDepth = Math.max(0, quoteDepth - 1);
            }
        }

        @Override
        public void handleSimpleTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (hidden > 0) {
                return;
            }
            if (t == HTML.Tag.BR) {
                startLineIfNeeded();
                out.append('\n');
            } else if (t == HTML.Tag.HR || t instanceof HTML.UnknownTag) {
                // HTML5 blocks (section, article, header …) are unknown to the HTML 3.2 parser
                newLine();
            }
        }

        private boolean atLineStart() {
            int len = out.length();
            if (len == 0) {
                return true;
            }
            int lineStart = out.lastIndexOf("\n") + 1;
            return out.substring(lineStart).replace("> ", "").isEmpty();
        }

        private void startLineIfNeeded() {
            int lineStart = out.lastIndexOf("\n") + 1;
            if (out.substring(lineStart).replace("> ", "").isEmpty()) {
                out.setLength(lineStart);
                out.append("> ".repeat(quoteDepth));
            }
        }

        private void newLine() {
            if (out.length() > 0 && !atLineStart()) {
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
