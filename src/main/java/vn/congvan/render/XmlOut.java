package vn.congvan.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming XML writer for the parts of our own DOCX packages: UTF-8, no indentation, element
 * and attribute names from our code only. Text and attribute values are escaped, and characters XML 1.0
 * forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are
 * dropped, so that no text from outside can make a part unreadable. The JDK's StAX writer escapes but
 * passes forbidden characters through, and its factory lookup costs start-up for a fixed vocabulary.
 *
 * <p>Characters are gathered in a buffer and encoded in chunks; {@link #flush()} ends a part.
 */
final class XmlOut {
    private static final int CHUNK = 16 * 1024;

    private final OutputStream out;
    private final StringBuilder buf = new StringBuilder(CHUNK + 1024);
    /** True between an open start tag's name/attributes and its closing '>'. */
    private boolean tagOpen;

    XmlOut(OutputStream out) {
        this.out = out;
    }

    /** The XML declaration; first thing of a part. */
    XmlOut declaration() throws IOException {
        return raw(PackageZip.XML_DECLARATION);
    }

    /** Opens {@code <name}; attributes may follow until content or {@link #end}. */
    XmlOut start(String name) throws IOException {
        closeTag();
        buf.append('<').append(name);
        tagOpen = true;
        return this;
    }

    XmlOut attr(String name, String value) {
        buf.append(' ').append(name).append("=\"");
        escape(value, true);
        buf.append('"');
        return this;
    }

    XmlOut attr(String name, int value) {
        buf.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /** An element with no content: {@code <name/>}. */
    XmlOut empty(String name) throws IOException {
        closeTag();
        buf.append('<').append(name).append("/>");
        return spill();
    }

    /** An empty element with one attribute, the most common shape in WordprocessingML. */
    XmlOut empty(String name, String attr, String value) throws IOException {
        start(name).attr(attr, value);
        return end(name);
    }

    /** Closes {@code name}: as {@code />} when nothing was written inside it. */
    XmlOut end(String name) throws IOException {
        if (tagOpen) {
            buf.append("/>");
            tagOpen = false;
        } else {
            buf.append("</").append(name).append('>');
        }
        return spill();
    }

    /** Character data, escaped, with forbidden characters dropped. */
    XmlOut text(CharSequence s) throws IOException {
        closeTag();
        escape(s, false);
        return spill();
    }

    /** Markup of our own, written as it is. */
    XmlOut raw(String markup) throws IOException {
        closeTag();
        buf.append(markup);
        return spill();
    }

    /** Writes out what is buffered; the stream is flushed by its owner. */
    void flush() throws IOException {
        closeTag();
        if (!buf.isEmpty()) {
            out.write(buf.toString().getBytes(StandardCharsets.UTF_8));
            buf.setLength(0);
        }
    }

    private void closeTag() {
        if (tagOpen) {
            buf.append('>');
            tagOpen = false;
        }
    }

    /** Encodes a chunk once enough has gathered; only ever after whole characters were appended. */
    private XmlOut spill() throws IOException {
        if (buf.length() >= CHUNK && !tagOpen) {
            flush();
        }
        return this;
    }

    private void escape(CharSequence s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> buf.append("&lt;");
                case '>' -> buf.append("&gt;");
                case '&' -> buf.append("&amp;");
                case '"' -> buf.append(attribute ? "&quot;" : "\"");
                // A raw CR would be read back as LF, and in an attribute tab and LF as spaces.
                case '\r' -> buf.append("&#13;");
                case '\t' -> buf.append(attribute ? "&#9;" : "\t");
                case '\n' -> buf.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            buf.append(c).append(s.charAt(++i));
                        }
                    } else if (c >= 0x20 && !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                        buf.append(c);
                    }
                }
            }
        }
    }
}
