package vn.congvan.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place-and-date line of a Decree 30 header (position 4): "Phan Thiết, ngày 21 tháng 8 năm 2019".
 * Readers and checkers both ask here: {@link #read} is lenient ("Hà Nội, ngày 21/8/2019",
 * "Phan Thiết,ngày 5 tháng 2 năm 2020." are read too), {@link #problems} is strict and names what
 * keeps a line from conforming. Every line without problems reads to the place and date it shows.
 */
public final class PlaceDateLine {
    private static final int LENIENT_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A place (no digits, no comma), a comma, then a date in words or in figures. */
    private static final Pattern LENIENT = Pattern.compile(
            "^([^,\\d]{2,60}?)\\s*,\\s*(ngày\\s.*|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})$", LENIENT_FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("^(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Decree 30 wording, one space between words; the padding of day and month is judged apart. */
    private static final Pattern DECREE = Pattern.compile("^([^,\\d]*[^,\\d\\s]), ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})$");

    /** Position 4 as read: the place is the text before the comma. */
    public record PlaceDate(String place, LocalDate date) {
    }

    /** What keeps a place-and-date line from conforming. */
    public enum Problem {
        /** Not "Place, ngày … tháng … năm …" (a date in figures, a final period, missing spaces …). */
        FORM,
        IMPOSSIBLE_DATE,
        /** A day below 10 without its leading zero. */
        DAY_NOT_PADDED,
        /** January or February without the leading zero ("tháng 02"). */
        MONTH_NOT_PADDED,
        /** March onwards with a leading zero ("tháng 08"). */
        MONTH_PADDED
    }

    private record Written(String place, String day, String month, String year) {
    }

    private PlaceDateLine() {
    }

    /** True for a line a reader takes as the place and date, whether or not its date can exist. */
    public static boolean isPlaceDateLine(String line) {
        return written(line).isPresent();
    }

    /** The place and date of {@code line}, or empty; throws {@link VietnameseDates.InvalidDate} for 31/02/2019. */
    public static Optional<PlaceDate> read(String line) {
        return written(line).map(w -> new PlaceDate(w.place(), VietnameseDates.of(w.day(), w.month(), w.year())));
    }

    /** What Decree 30 finds wrong with the line; empty when it conforms. Spaces are taken as {@link VietnameseText#oneLine}. */
    public static List<Problem> problems(String line) {
        Matcher m = DECREE.matcher(VietnameseText.oneLine(line));
        if (!m.matches()) {
            return List.of(Problem.FORM);
        }
        String day = m.group(2);
        String month = m.group(3);
        List<Problem> problems = new ArrayList<>();
        try {
            LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            problems.add(Problem.IMPOSSIBLE_DATE);
        }
        if (day.length() != 2) {
            problems.add(Problem.DAY_NOT_PADDED);
        }
        int monthValue = Integer.parseInt(month);
        if (monthValue <= 2 && month.length() != 2) {
            problems.add(Problem.MONTH_NOT_PADDED);
        } else if (monthValue > 2 && month.startsWith("0")) {
            problems.add(Problem.MONTH_PADDED);
        }
        return problems;
    }

    /** "Phan Thiết, ngày 05 tháng 02 năm 2020": the line as Decree 30 writes it. */
    public static String write(String place, LocalDate date) {
        return VietnameseText.oneLine(place) + ", " + VietnameseDates.formatLong(date);
    }

    private static Optional<Written> written(String line) {
        Matcher m = LENIENT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String place = VietnameseText.oneLine(m.group(1));
        String when = m.group(2).strip();
        Matcher verbal = VietnameseDates.VERBAL.matcher(when);
        if (verbal.lookingAt() && when.substring(verbal.end()).matches("\\s*\\.?")) {
            return Optional.of(new Written(place, verbal.group(1), verbal.group(2), verbal.group(3)));
        }
        Matcher numeric = NUMERIC.matcher(when);
        if (numeric.matches()) {
            return Optional.of(new Written(place, numeric.group(1), numeric.group(2), numeric.group(3)));
        }
        return Optional.empty();
    }
}
