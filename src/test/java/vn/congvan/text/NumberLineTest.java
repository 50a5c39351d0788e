package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvan.model.NumberSymbol;
import vn.congvan.text.NumberLine.Verdict;

/** The "Số:" line: what the reader takes from it and what the checker says of it, side by side. */
class NumberLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 6174/UBND-VX|6174|UBND-VX|CONFORMS",
            "Số: 05/BC-UBND|05|BC-UBND|CONFORMS",
            "Số: 30/2020/NĐ-CP|30|2020/NĐ-CP|CONFORMS",
            "Số:      /BC-UBND|''|BC-UBND|DRAFT",
            "Số:      /|''|''|DRAFT",
            "Số: 6174 /UBND-VX|6174|UBND-VX|EXTRA_SPACES",
            "Số : 6174/UBND-VX|6174|UBND-VX|EXTRA_SPACES",
            "Số: 5/UBND-VX|5|UBND-VX|NOT_PADDED",
            "Số:6174/UBND-VX|6174|UBND-VX|MALFORMED",
            "SỐ: 15/KH-UBND|15|KH-UBND|MALFORMED",
            "Số: 6174/UBND-VX.|6174|UBND-VX|MALFORMED"})
    void theReaderIsLenientWhereTheCheckerIsStrict(String line, String number, String symbol, Verdict verdict) {
        assertTrue(NumberLine.isNumberLine(line));
        assertEquals(Optional.of(new NumberSymbol(number, symbol)), NumberLine.read(line));
        assertEquals(verdict, NumberLine.judge(line));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', value = {"6174|UBND-VX", "5|GM-UBND", "''|BC-UBND", "''|''"})
    void whatTheWriterWritesConformsAndReadsBack(String number, String symbol) {
        String line = NumberLine.write(new NumberSymbol(number, symbol));
        NumberSymbol read = NumberLine.read(line).orElseThrow();

        assertEquals(number.isEmpty() ? Verdict.DRAFT : Verdict.CONFORMS, NumberLine.judge(line), line);
        assertEquals(symbol, read.symbol());
        assertEquals(number, read.number().replaceFirst("^0(?=\\d)", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Số: 6174/", "Số: abc", "Số:"})
    void aNumberLineWithoutNumberAndSymbolCannotBeRead(String line) {
        assertTrue(NumberLine.isNumberLine(line));
        assertEquals(Optional.empty(), NumberLine.read(line));
        assertEquals(Verdict.MALFORMED, NumberLine.judge(line));
    }
}
