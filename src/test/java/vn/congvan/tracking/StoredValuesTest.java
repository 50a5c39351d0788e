package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ledger reads its instants and days without a general parser; it must read exactly what ISO parsing reads. */
class StoredValuesTest {
    @Test
    void instantsReadBackAsWritten() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            String text = Sql.text(t);
            assertEquals(t, Sql.instant(text), text);
            assertEquals(Instant.parse(text), Sql.instant(text), text);
        }
        assertEquals(Instant.parse("2024-02-29T23:59:59.999999999Z"), Sql.instant("2024-02-29T23:59:59.999999999Z"));
    }

    @Test
    void instantsAreWrittenAsTheFixedWidthPatternWritesThem() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(29);
        for (int i = 0; i < 50_000; i++) {
            // Years from before 0 to past 9999, where the pattern writes a sign.
            Instant t = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 320_000_000_000L), random.nextInt(1_000_000_000));
            assertEquals(pattern.format(t), Sql.text(t));
        }
        for (String edge : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
                "2024-02-29T07:05:09.000000001Z")) {
            assertEquals(pattern.format(Instant.parse(edge)), Sql.text(Instant.parse(edge)), edge);
        }
        assertEquals("+10000-01-01T00:00:00.000000000Z", Sql.text(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void otherIsoInstantsAreStillRead() {
        assertEquals(Instant.parse("2019-08-22T01:00:00Z"), Sql.instant("2019-08-22T01:00:00Z"));
        assertEquals(Instant.parse("2019-08-22T01:00:00.5Z"), Sql.instant("2019-08-22T01:00:00.5Z"));
    }

    @Test
    void daysReadAsIsoDays() {
        for (LocalDate d = LocalDate.of(2023, 12, 25); d.isBefore(LocalDate.of(2025, 3, 5)); d = d.plusDays(1)) {
            assertEquals(d, Sql.date(d.toString()));
        }
    }

    @Test
    void impossibleValuesAreRefusedAsBefore() {
        assertThrows(DateTimeException.class, () -> Sql.date("2023-02-29"));
        assertThrows(DateTimeException.class, () -> Sql.date("2024-13-01"));
        assertThrows(DateTimeException.class, () -> Sql.instant("2024-01-05T1x:00:00.000000000Z"));
        assertThrows(DateTimeException.class, () -> Sql.instant("2023-02-29T10:00:00.000000000Z"));
    }
}
