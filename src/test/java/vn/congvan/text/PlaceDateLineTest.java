package vn.congvan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvan.text.PlaceDateLine.Problem;

/** The place-and-date line: what the reader takes from it and what the checker says of it, side by side. */
class PlaceDateLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Phan Thiết, ngày 21 tháng 8 năm 2019|Phan Thiết|2019-08-21|''",
            "Phan Thiết, ngày 05 tháng 02 năm 2020|Phan Thiết|2020-02-05|''",
            "Phan Thiết, ngày 5 tháng 2 năm 2020|Phan Thiết|2020-02-05|DAY_NOT_PADDED MONTH_NOT_PADDED",
            "Phan Thiết, ngày 05 tháng 08 năm 2019|Phan Thiết|2019-08-05|MONTH_PADDED",
            "Hà Nội, ngày 21/8/2019|Hà Nội|2019-08-21|FORM",
            "Phan Thiết,ngày 21 tháng 8 năm 2019.|Phan Thiết|2019-08-21|FORM",
            "Phan Thiết, Ngày 21 tháng 8 năm 2019|Phan Thiết|2019-08-21|FORM"})
    void theReaderIsLenientWhereTheCheckerIsStrict(String line, String place, LocalDate date, String problems) {
        assertTrue(PlaceDateLine.isPlaceDateLine(line));
        assertEquals(new PlaceDateLine.PlaceDate(place, date), PlaceDateLine.read(line).orElseThrow());
        assertEquals(problems.isEmpty() ? List.of() : Arrays.stream(problems.split(" ")).map(Problem::valueOf).toList(),
                PlaceDateLine.problems(line));
    }

    @Test
    void aDateThatCannotExistIsRecognisedNamedByTheReaderAndFlaggedByTheChecker() {
        String line = "Phan Thiết, ngày 31 tháng 02 năm 2019";

        assertTrue(PlaceDateLine.isPlaceDateLine(line));
        assertEquals("31/02/2019", assertThrows(VietnameseDates.InvalidDate.class, () -> PlaceDateLine.read(line)).written());
        assertEquals(List.of(Problem.IMPOSSIBLE_DATE), PlaceDateLine.problems(line));
    }

    @Test
    void whatTheWriterWritesConformsAndReadsBack() {
        for (LocalDate date : List.of(LocalDate.of(2019, 8, 21), LocalDate.of(2020, 2, 5), LocalDate.of(2020, 12, 1))) {
            String line = PlaceDateLine.write("Phan Thiết", date);
            assertEquals(List.of(), PlaceDateLine.problems(line), line);
            assertEquals(new PlaceDateLine.PlaceDate("Phan Thiết", date), PlaceDateLine.read(line).orElseThrow());
        }
    }

    @Test
    void aDateWithoutPlaceIsNoPlaceDateLine() {
        assertFalse(PlaceDateLine.isPlaceDateLine("ngày 21 tháng 8 năm 2019"));
        assertFalse(PlaceDateLine.isPlaceDateLine("Kính gửi: Sở Thông tin và Truyền thông."));
    }
}
