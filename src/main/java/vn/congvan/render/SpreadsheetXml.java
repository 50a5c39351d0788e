package vn.congvan.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Text and attribute values as SpreadsheetML holds them. XML cannot carry most control characters, so
 * they are written the way Excel writes them ({@code _x000B_}); an underscore that would read as such an
 * escape is itself escaped, so that every text reads back as it was.
 */
final class SpreadsheetXml {
    private SpreadsheetXml() {
    }

    /** Writes {@code text} escaped for element content or a double-quoted attribute. */
    static void escape(Writer out, String text) throws IOException {
        int n = text.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement != null) {
                out.write(text, plain, i - plain);
                out.write(replacement);
                plain = i + 1;
            }
        }
        out.write(text, plain, n - plain);
    }

    /** {@code text} escaped, as a string. */
    static String escaped(String text) {
        StringWriter out = new StringWriter(text.length() + 16);
        try {
            escape(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String replacement(String text, int i, char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\r':
                // A raw CR would become LF when the file is read.
                return "&#13;";
            case '\n':
            case '\t':
                return null;
            case '_':
                return looksLikeEscape(text, i) ? "_x005F_" : null;
            default:
                if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                    return String.format("_x%04X_", (int) c);
                }
                if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                    // A lone half of a pair is not a character XML can hold.
                    return "\uFFFD";
                }
                return null;
        }
    }

    private static boolean looksLikeEscape(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Whether the text needs xml:space="preserve" to keep its outer spaces and line breaks. */
    static boolean needsPreserve(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0;
    }

    /** A cell reference such as "J205" from zero-based indices. */
    static String cell(int row, int column) {
        return column(column) + (row + 1);
    }

    /** A column's letters ("A", "J", "AA") from its zero-based index. */
    static String column(int column) {
        StringBuilder s = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** A range such as "A6:J205" from zero-based indices. */
    static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return cell(firstRow, firstColumn) + ":" + cell(lastRow, lastColumn);
    }

    /** A number as SpreadsheetML writes it: whole numbers without a fraction. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
