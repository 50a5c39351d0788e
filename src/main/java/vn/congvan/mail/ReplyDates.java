package vn.congvan.mail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days a reply states ("ngày 28/8", "từ ngày 28/8/2026", "trước ngày 30/9", "ngày 5 tháng 9"), found in folded
 * text, and the year of a day written without one: the dispatch's year (the next one for a day before the
 * dispatch), else the mail's.
 */
final class ReplyDates {
    private static final String LEAD = "(?:\\b(?:tu|vao|truoc|den|cham nhat|ke tu)\\s+)?(?:\\bngay\\s+)?";
    /** "28/8", "28/8/2026", "28/08/26"; "28-8-2026", "28.8.2026" only with a year (else "1-3" would be a day). */
    static final Pattern DATE = Pattern.compile(LEAD + "(?<![\\d/.,-])(?:"
            + "(?<d1>\\d{1,2})/(?<m1>\\d{1,2})(?:/(?<y1>\\d{4}|\\d{2}))?(?![\\d/])"
            + "|(?<d2>\\d{1,2})[.-](?<m2>\\d{1,2})[.-](?<y2>\\d{4})(?![\\d.-])"
            + "|(?<d3>\\d{1,2})\\s+thang\\s+(?<m3>\\d{1,2})(?:\\s+nam\\s+(?<y3>\\d{4}))?(?!\\d))");

    /** What the day of the dispatch and of the mail tell about a day written without a year; either may be null. */
    record Context(LocalDate dispatchDate, LocalDate mailDate) {
        static final Context NONE = new Context(null, null);

        private Integer baseYear() {
            return dispatchDate != null ? Integer.valueOf(dispatchDate.getYear())
                    : mailDate != null ? Integer.valueOf(mailDate.getYear()) : null;
        }
    }

    /** A day as written: year null when not written. */
    record Written(int day, int month, Integer year) {
    }

    /** A resolved day, and whether it is doubtful (after the mail, before the dispatch, year unknown). */
    record Resolved(LocalDate date, boolean doubtful) {
    }

    private ReplyDates() {
    }

    /** The day a match of {@link #DATE} writes. */
    static Written written(Matcher m) {
        for (int i = 1; i <= 3; i++) {
            String d = m.group("d" + i);
            if (d != null) {
                String y = m.group("y" + i);
                Integer year = y == null ? null : Integer.parseInt(y) + (y.length() == 2 ? 2000 : 0);
                return new Written(Integer.parseInt(d), Integer.parseInt(m.group("m" + i)), year);
            }
        }
        throw new IllegalStateException("no date group matched");
    }

    /**
     * The day work was done. Doubtful when it is after the mail (a unit cannot report the future as done), before
     * the dispatch, impossible, or its year cannot be told.
     */
    static Resolved done(Written w, Context c) {
        LocalDate date;
        if (w.year() != null) {
            date = day(w.year(), w);
        } else {
            Integer base = c.baseYear();
            if (base == null) {
                return new Resolved(null, true);
            }
            date = day(base, w);
            if (date != null && c.dispatchDate() != null && date.isBefore(c.dispatchDate())) {
                LocalDate next = day(base + 1, w);
                if (next != null && c.mailDate() != null && !next.isAfter(c.mailDate())) {
                    date = next;
                }
            } else if (date != null && c.dispatchDate() == null && date.isAfter(c.mailDate())) {
                date = day(base - 1, w);
            }
        }
        if (date == null) {
            return new Resolved(null, true);
        }
        boolean doubtful = (c.mailDate() != null && date.isAfter(c.mailDate()))
                || (c.dispatchDate() != null && date.isBefore(c.dispatchDate()));
        return new Resolved(date, doubtful);
    }

    /** The day work is expected to be done; null when impossible or its year cannot be told. */
    static LocalDate expected(Written w, Context c) {
        if (w.year() != null) {
            return day(w.year(), w);
        }
        Integer base = c.baseYear();
        if (base == null) {
            return null;
        }
        LocalDate date = day(base, w);
        LocalDate after = c.dispatchDate() != null ? c.dispatchDate() : c.mailDate();
        if (date != null && date.isBefore(after)) {
            date = day(base + 1, w);
        }
        return date;
    }

    private static LocalDate day(int year, Written w) {
        try {
            return LocalDate.of(year, w.month(), w.day());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
