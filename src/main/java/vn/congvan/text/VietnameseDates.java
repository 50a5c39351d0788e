package vn.congvan.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese documents write them, both ways. */
public final class VietnameseDates {
    /** "ngày 21 tháng 8 năm 2019", "ngày 05 tháng 02 năm 2020"; also without "ngày". */
    public static final Pattern VERBAL = Pattern.compile(
            "(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "30/8/2019", "15/02/2020", "12-8-2019", "12.8.2019". */
    public static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /**
     * Makes a date from day, month and year as written; throws {@link InvalidDate} for 31/02/2019
     * and the like, so that readers can name the impossible date to the user.
     */
    public static LocalDate of(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidDate(day + "/" + month + "/" + year);
        }
    }

    /** Date from a verbal or numeric match's three groups. */
    public static LocalDate of(Matcher m) {
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** The first date written in {@code s}, verbal or numeric. */
    public static Optional<LocalDate> find(String s) {
        Matcher v = VERBAL.matcher(s);
        if (v.find()) {
            return Optional.of(of(v));
        }
        Matcher n = NUMERIC.matcher(s);
        return n.find() ? Optional.of(of(n)) : Optional.empty();
    }

    /**
     * Position 4 form: "ngày 05 tháng 02 năm 2020", "ngày 21 tháng 8 năm 2019" (a day below 10 and
     * months 1 and 2 get a leading zero).
     */
    public static String formatLong(LocalDate d) {
        String day = String.format("%02d", d.getDayOfMonth());
        int month = d.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return "ngày " + day + " tháng " + monthText + " năm " + d.getYear();
    }

    /**
     * A deadline as offices write it: the time of day before the date, "16 giờ 30 ngày 12/03/2021"; only the
     * date, "12/03/2021", when no time is stated.
     */
    public static String formatDeadline(LocalDate d, java.time.LocalTime time) {
        return time == null ? formatShort(d)
                : time.getHour() + " giờ " + String.format("%02d", time.getMinute()) + " ngày " + formatShort(d);
    }

    /** Table form: "05/02/2020". */
    public static String formatShort(LocalDate d) {
        return d.format(SHORT);
    }

    /** A date that cannot exist, such as 31/02/2019; the message is the date as written. */
    public static final class InvalidDate extends RuntimeException {
        private final String written;

        public InvalidDate(String written) {
            super(written);
            this.written = written;
        }

        public String written() {
            return written;
        }
    }
}
