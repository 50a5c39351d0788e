package vn.congvan.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A minimal streaming XML writer for the parts of our own DOCX packages: UTF-8, no indentation, element
 * and attribute names from our code only. Text and attribute values are escaped, and characters XML 1.0
 * forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are
 * dropped, so that no text from outside can make a part unreadable. The JDK's StAX writer escapes but
 * passes forbidden characters through, and its factory lookup costs start-up for a fixed vocabulary.
 *
 * <p>Characters are encoded as UTF-8 straight into a byte buffer written out in chunks; {@link #flush()}
 * ends a part. (A {@code StringBuilder} turned into a string and encoded went through the JDK's
 * UTF-16 path as soon as one Vietnamese letter was in it: a sixth of writing a 200-row report.)
 */
final class XmlOut {
    private static final int CHUNK = 16 * 1024;

    private final OutputStream out;
    private byte[] buf;
    private int size;
    /** True between an open start tag's name/attributes and its closing '>'. */
    private boolean tagOpen;

    XmlOut(OutputStream out) {
        this(out, CHUNK + 1024);
    }

    private XmlOut(OutputStream out, int capacity) {
        this.out = out;
        this.buf = new byte[capacity];
    }

    /** The XML declaration; first thing of a part. */
    XmlOut declaration() throws IOException {
        return raw(PackageZip.XML_DECLARATION);
    }

    /** Opens {@code <name}; attributes may follow until content or {@link #end}. */
    XmlOut start(String name) throws IOException {
        closeTag();
        put('<');
        put(name);
        tagOpen = true;
        return this;
    }

    XmlOut attr(String name, String value) {
        put(' ');
        put(name);
        put("=\"");
        escape(value, 0, value.length(), true);
        put('"');
        return this;
    }

    XmlOut attr(String name, int value) {
        put(' ');
        put(name);
        put("=\"");
        digits(value);
        put('"');
        return this;
    }

    /** An element with no content: {@code <name/>}. */
    XmlOut empty(String name) throws IOException {
        closeTag();
        put('<');
        put(name);
        put("/>");
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
            put("/>");
            tagOpen = false;
        } else {
            put("</");
            put(name);
            put('>');
        }
        return spill();
    }

    /** Character data, escaped, with forbidden characters dropped. */
    XmlOut text(String s) throws IOException {
        return text(s, 0, s.length());
    }

    /** {@link #text(String)} of the characters of {@code s} from {@code from} up to {@code to}. */
    XmlOut text(String s, int from, int to) throws IOException {
        closeTag();
        escape(s, from, to, false);
        return spill();
    }

    /** Markup of our own, written as it is. */
    XmlOut raw(String markup) throws IOException {
        closeTag();
        put(markup);
        return spill();
    }

    /** Markup of our own already encoded ({@link #written}), written as it is. */
    XmlOut raw(byte[] markup) throws IOException {
        closeTag();
        ensure(markup.length);
        System.arraycopy(markup, 0, buf, size, markup.length);
        size += markup.length;
        return spill();
    }

    /** The bytes that {@code markup} writes, for markup written again and again ({@link #raw(byte[])}). */
    static byte[] written(Markup markup) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        XmlOut xml = new XmlOut(bytes, 256);
        try {
            markup.writeTo(xml);
            xml.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Elements written through an {@link XmlOut}, with no tag left open at the end. */
    @FunctionalInterface
    interface Markup {
        void writeTo(XmlOut xml) throws IOException;
    }

    /** Writes out what is buffered; the stream is flushed by its owner. */
    void flush() throws IOException {
        closeTag();
        if (size > 0) {
            out.write(buf, 0, size);
            size = 0;
        }
    }

    private void closeTag() {
        if (tagOpen) {
            put('>');
            tagOpen = false;
        }
    }

    /** Encodes a chunk once enough has gathered; only ever after whole characters were appended. */
    private XmlOut spill() throws IOException {
        if (size >= CHUNK && !tagOpen) {
            flush();
        }
        return this;
    }

    /**
     * Escapes and encodes {@code s} from {@code from} to {@code to}. Most characters are letters, digits and
     * spaces: they are written straight into the buffer, made large enough once for the worst case (six
     * bytes a character, "&quot;"); the rest go through {@link #special}.
     */
    private void escape(String s, int from, int to, boolean attribute) {
        ensure((to - from) * 6);
        byte[] b = buf;
        int n = size;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"') {
                    b[n++] = (byte) c;
                    continue;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
                continue;
            } else if (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
                continue;
            }
            size = n;
            i = special(s, i, to, attribute);
            n = size;
        }
        size = n;
    }

    /**
     * The character at {@code i} that is markup, a control, a surrogate or U+FFFE/FFFF: escaped, encoded or
     * dropped; returns the index of the last character used (a surrogate pair takes two).
     */
    private int special(String s, int i, int to, boolean attribute) {
        char c = s.charAt(i);
        switch (c) {
            case '<' -> put("&lt;");
            case '>' -> put("&gt;");
            case '&' -> put("&amp;");
            case '"' -> put(attribute ? "&quot;" : "\"");
            // A raw CR would be read back as LF, and in an attribute tab and LF as spaces.
            case '\r' -> put("&#13;");
            case '\t' -> put(attribute ? "&#9;" : "\t");
            case '\n' -> put(attribute ? "&#10;" : "\n");
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    codePoint(Character.toCodePoint(c, s.charAt(++i)));
                }
                // other C0 controls, lone surrogates, U+FFFE and U+FFFF: dropped
            }
        }
        return i;
    }

    /** A non-negative or negative int in decimal, as {@link Integer#toString(int)} writes it. */
    private void digits(int value) {
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                put(Integer.toString(value));
                return;
            }
            put('-');
            value = -value;
        }
        ensure(10);
        int end = size + (value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : stringSize(value));
        int at = end;
        do {
            buf[--at] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        size = end;
    }

    private static int stringSize(int value) {
        int digits = 1;
        for (long limit = 10; value >= limit; limit *= 10) {
            digits++;
        }
        return digits;
    }

    /** Markup of our own or an escaped piece, as UTF-8 (a lone surrogate as '?', as the JDK encodes it). */
    private void put(String s) {
        int n = s.length();
        ensure(n * 3);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[size++] = (byte) c;
            } else if (!Character.isSurrogate(c)) {
                put(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, s.charAt(++i)));
            } else {
                buf[size++] = '?';
            }
        }
    }

    /** One character of the BMP, not a surrogate, as UTF-8. */
    private void put(char c) {
        ensure(3);
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | c >> 6);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        } else {
            buf[size++] = (byte) (0xE0 | c >> 12);
            buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A character beyond the BMP as UTF-8's four bytes. */
    private void codePoint(int cp) {
        ensure(4);
        buf[size++] = (byte) (0xF0 | cp >> 18);
        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[size++] = (byte) (0x80 | cp & 0x3F);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
