package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The lazy line view gives the lines of {@code split("\n", -1)} and their folds, whatever order they are asked in,
 * and the quote marks cut by a loop are those the regular expression cut.
 */
class QuotedTextLinesTest {
    private static final String[] TEXTS = {"", "\n", "a", "Đã hoàn thành\n\n> 1. Phổ biến\nXONG", "x\n", "\nĐƯỢC\r\n  Từ: a@b\n",
            "Vào 27/8 Nguyễn Văn A đã viết:\n> 1. Kiểm tra\n"};

    @Test
    void linesAndFoldsAreThoseOfSplittingTheText() {
        for (String text : TEXTS) {
            String[] expected = text.split("\n", -1);
            TextLines lines = TextLines.of(text);
            assertEquals(expected.length, lines.count(), text);
            for (int i = expected.length - 1; i >= 0; i--) {
                assertEquals(FoldedText.of(expected[i]), lines.folded(i), text);
                assertEquals(expected[i], lines.line(i), text);
            }
            assertArrayEquals(expected, lines.all(), text);
        }
    }

    @Test
    void theSameTextIsViewedOncePerThread() {
        TextLines first = TextLines.of("1. Đã xong\n2. Đang làm");
        assertSame(first, TextLines.of(new String("1. Đã xong\n2. Đang làm")));
        assertEquals("2. dang lam", TextLines.of("1. Đã xong\n2. Đang làm").folded(1));
    }

    @Test
    void quoteMarksEndWhereThePatternEnds() {
        Pattern marks = Pattern.compile("^(\\s*>)+\\s*");
        for (String line : new String[] {">", "> a", " >> > b", ">\t>x", "\u2003> y", "a > b", ">  ", "> > ", ""}) {
            assertEquals(marks.matcher(line).replaceFirst(""), line.substring(QuotedText.quoteMarksEnd(line)), line);
        }
    }

    @Test
    void aQuoteHeaderIsStillFoundAfterTheGate() {
        String reply = "Đã hoàn thành nội dung 1.\n\n-----Original Message-----\nFrom: a@b.vn\nSent: Tuesday\n1. Phổ biến";
        assertEquals("Đã hoàn thành nội dung 1.", QuotedText.strip(reply));
        String outlook = "Xong.\nTừ: Văn phòng <vp@x.vn>\nĐến: a@b.vn\nChủ đề: Công văn 12\n1. Phổ biến";
        assertEquals("Xong.", QuotedText.strip(outlook));
        String wrapped = "Đã xong.\nVào 27/8/2019 Văn phòng\n<vp@x.vn> đã viết:\nNội dung cũ";
        assertEquals("Đã xong.", QuotedText.strip(wrapped));
    }
}
