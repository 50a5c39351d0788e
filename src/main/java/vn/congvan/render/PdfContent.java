package vn.congvan.render;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The operators of one page's content stream, written as bytes into a growing buffer: text objects,
 * fonts, text as glyph codes, line widths and strokes, the few the layout uses.
 *
 * <p>Not PDFBox's {@code PDPageContentStream}: that writes each byte through to an unbuffered stream,
 * formats numbers with a {@code NumberFormat} and encodes text through per-character map lookups,
 * which together were a third of a 200-row report. Numbers are written with at most four decimals
 * (a ten-thousandth of a point), never in exponent form, as PDF requires.
 */
final class PdfContent {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf;
    private int size;

    /** A page's content. */
    PdfContent() {
        this(16 * 1024);
    }

    /** A piece of content of about {@code capacity} bytes, to be copied into pages with {@link #append}. */
    PdfContent(int capacity) {
        buf = new byte[capacity];
    }

    /** Operators written before, as they were written ({@link #bytes} of another content). */
    void append(byte[] operators) {
        ensure(operators.length);
        System.arraycopy(operators, 0, buf, size, operators.length);
        size += operators.length;
    }

    /** {@code BT}. */
    void beginText() {
        operator("BT");
    }

    /** {@code ET}. */
    void endText() {
        operator("ET");
    }

    /** {@code /name size Tf}. */
    void font(String resourceName, float fontSize) {
        ensure(resourceName.length() + 2);
        buf[size++] = '/';
        ascii(resourceName);
        buf[size++] = ' ';
        operand(fontSize);
        operator("Tf");
    }

    /** {@code x y Td}. */
    void moveText(float x, float y) {
        operand(x);
        operand(y);
        operator("Td");
    }

    /** Opens a {@code TJ} array. */
    void beginArray() {
        ensure(1);
        buf[size++] = '[';
    }

    /** A string of two-byte glyph codes inside a {@code TJ} array. */
    void glyphs(char[] codes, int count) {
        ensure(count * 4 + 2);
        buf[size++] = '<';
        for (int i = 0; i < count; i++) {
            char c = codes[i];
            buf[size++] = HEX[c >> 12 & 0xF];
            buf[size++] = HEX[c >> 8 & 0xF];
            buf[size++] = HEX[c >> 4 & 0xF];
            buf[size++] = HEX[c & 0xF];
        }
        buf[size++] = '>';
    }

    /** An adjustment inside a {@code TJ} array, in thousandths of the font size (negative moves right). */
    void adjust(float thousandths) {
        ensure(1);
        buf[size++] = ' ';
        operand(thousandths);
    }

    /** Closes the array with {@code TJ}. */
    void endArray() {
        ensure(2);
        buf[size++] = ']';
        buf[size++] = ' ';
        operator("TJ");
    }

    /** {@code w}. */
    void lineWidth(float width) {
        operand(width);
        operator("w");
    }

    /** {@code x y m}. */
    void moveTo(float x, float y) {
        operand(x);
        operand(y);
        operator("m");
    }

    /** {@code x y l}. */
    void lineTo(float x, float y) {
        operand(x);
        operand(y);
        operator("l");
    }

    /** {@code x y w h re}. */
    void rect(float x, float y, float width, float height) {
        operand(x);
        operand(y);
        operand(width);
        operand(height);
        operator("re");
    }

    /** {@code S}. */
    void stroke() {
        operator("S");
    }

    /** The content written so far, compressed into a stream of {@code doc} ({@link PdfFlate}). */
    COSStream stream(PDDocument doc) throws IOException {
        return PdfFlate.stream(doc, buf, size);
    }

    /** The content written so far. */
    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    private void operator(String op) {
        ensure(op.length() + 1);
        ascii(op);
        buf[size++] = '\n';
    }

    private void operand(float value) {
        number(value);
        buf[size++] = ' ';
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    /** A real number with at most four decimals and no trailing zeros; room for the space after it too. */
    private void number(float value) {
        long scaled = Math.round((double) value * 10_000);
        ensure(25);
        if (scaled < 0) {
            buf[size++] = '-';
            scaled = -scaled;
        }
        if (scaled > Integer.MAX_VALUE) {
            wholeAndFraction(scaled / 10_000, (int) (scaled % 10_000));
            return;
        }
        // int arithmetic for what a page holds (below 214,748 pt): every coordinate of every cell passes here.
        int small = (int) scaled;
        int whole = small / 10_000;
        wholeAndFraction(whole, small - whole * 10_000);
    }

    private void wholeAndFraction(long whole, int fraction) {
        if (whole < 10) {
            buf[size++] = (byte) ('0' + whole);
        } else {
            digits(whole);
        }
        if (fraction != 0) {
            buf[size++] = '.';
            buf[size++] = (byte) ('0' + fraction / 1000);
            int rest = fraction % 1000;
            if (rest != 0) {
                buf[size++] = (byte) ('0' + rest / 100);
                rest %= 100;
                if (rest != 0) {
                    buf[size++] = (byte) ('0' + rest / 10);
                    rest %= 10;
                    if (rest != 0) {
                        buf[size++] = (byte) ('0' + rest);
                    }
                }
            }
        }
    }

    private void digits(long value) {
        if (value <= Integer.MAX_VALUE) {
            digits((int) value);
            return;
        }
        int length = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            length++;
        }
        int at = size + length;
        long rest = value;
        do {
            buf[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        size += length;
    }

    /** Backwards into place, without recursion; int division, cheaper than long. */
    private void digits(int value) {
        int length = value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : Integer.toString(value).length();
        int at = size + length;
        int rest = value;
        do {
            buf[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
