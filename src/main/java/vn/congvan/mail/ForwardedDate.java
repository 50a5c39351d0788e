package vn.congvan.mail;

import jakarta.mail.internet.MailDateFormat;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date line of a forwarded mail's header block, as mail programs print it: RFC 5322
 * ("Tue, 27 Aug 2019 09:15:00 +0700", Thunderbird), Gmail ("Tue, Aug 27, 2019 at 9:15 AM",
 * "Th 3, 27 thg 8, 2019 vào lúc 09:15"), Outlook ("Tuesday, August 27, 2019 9:15 AM",
 * "Thứ Ba, ngày 27 tháng 8 năm 2019 9:15 SA"). Without a zone it is Vietnam time, where the clerks are.
 */
final class ForwardedDate {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern VIETNAMESE = Pattern.compile("\\b(\\d{1,2})\\s*(?:thg|thang)\\s*(\\d{1,2})\\s*(?:,|nam)?\\s*(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    /**
     * One RFC 5322 parser per thread: making one (a calendar, a time zone, date format symbols) cost more than the
     * parse, and every inline forward has a date line. It is not thread-safe, and keeps nothing between parses.
     */
    private static final ThreadLocal<MailDateFormat> RFC_5322 = ThreadLocal.withInitial(MailDateFormat::new);
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(am|pm|sa|ch)?\\b");

    private ForwardedDate() {
    }

    static Optional<Instant> parse(String value) {
        try {
            return Optional.of(RFC_5322.get().parse(value.strip()).toInstant());
        } catch (ParseException | RuntimeException e) {
            // not RFC 5322: try the forms mail programs print
        }
        String f = FoldedText.of(value);
        int day;
        int month;
        int year;
        Matcher m;
        if ((m = VIETNAMESE.matcher(f)).find() || (m = NUMERIC.matcher(f)).find()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = ENGLISH_MONTH_FIRST.matcher(f)).find()) {
            month = MONTHS.indexOf(m.group(1)) + 1;
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = ENGLISH_DAY_FIRST.matcher(f)).find()) {
            day = Integer.parseInt(m.group(1));
            month = MONTHS.indexOf(m.group(2)) + 1;
            year = Integer.parseInt(m.group(3));
        } else {
            return Optional.empty();
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        Matcher t = TIME.matcher(f.substring(m.end()));
        if (t.find()) {
            hour = Integer.parseInt(t.group(1));
            minute = Integer.parseInt(t.group(2));
            second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            String half = t.group(4);
            if (("pm".equals(half) || "ch".equals(half)) && hour < 12) {
                hour += 12;
            } else if (("am".equals(half) || "sa".equals(half)) && hour == 12) {
                hour = 0;
            }
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(VIETNAM));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
