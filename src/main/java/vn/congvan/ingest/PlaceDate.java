package vn.congvan.ingest;

import vn.congvan.text.VietnameseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Position 4: "Phan Thiết, ngày 21 tháng 8 năm 2019", "Phan Thiết, ngày 05 tháng 02 năm 2020", also
 * "Phan Thiết, ngày 21/8/2019". The place is the text before the comma.
 */
record PlaceDate(String place, LocalDate date) {
    private static final Pattern NUMERIC = Pattern.compile("^(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The place and date of {@code line}, or empty; throws {@link VietnameseDates.InvalidDate} for 31/02/2019. */
    static Optional<PlaceDate> parse(String line) {
        Matcher m = HeaderLine.PLACE_DATE_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String when = m.group(2).strip();
        Matcher verbal = VietnameseDates.VERBAL.matcher(when);
        if (verbal.lookingAt() && when.substring(verbal.end()).matches("\\s*\\.?")) {
            return Optional.of(new PlaceDate(Lines.join(List.of(m.group(1))), VietnameseDates.of(verbal)));
        }
        Matcher numeric = NUMERIC.matcher(when);
        if (numeric.matches()) {
            return Optional.of(new PlaceDate(Lines.join(List.of(m.group(1))), VietnameseDates.of(numeric)));
        }
        return Optional.empty();
    }
}
