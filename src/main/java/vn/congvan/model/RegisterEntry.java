package vn.congvan.model;

import java.time.Instant;

/** One number taken from the outgoing register (sổ văn bản đi): per issuer, calendar year and series. */
public record RegisterEntry(long entryId, String issuer, int year, String series, int number, long docId,
                            Instant takenAt, String takenBy) {

    /** As printed: "01/BC-UBND" (a number below 10 gets a leading 0). */
    public String numberSymbol() {
        return String.format("%02d/%s", number, series);
    }
}
