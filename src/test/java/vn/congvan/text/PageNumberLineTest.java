package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page number line: recognised by the reader and the checker alike; judged by the checker only. */
class PageNumberLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2|2|true", "- 2 -|2|true", "– 12 –|12|true", "Trang 2|2|false", "Trang 2/5|2|false",
            "2/5|2|false", "trang 3|3|false"})
    void pageNumbers(String line, int number, boolean conforms) {
        assertEquals(OptionalInt.of(number), PageNumberLine.read(line));
        assertEquals(conforms, PageNumberLine.conforms(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Trang hai", "12345", "1. Nội dung", "Số: 05/BC-UBND"})
    void otherLinesAreNoPageNumbers(String line) {
        assertEquals(OptionalInt.empty(), PageNumberLine.read(line));
        assertEquals(false, PageNumberLine.conforms(line));
    }
}
