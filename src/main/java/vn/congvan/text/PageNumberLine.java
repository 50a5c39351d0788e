package vn.congvan.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page number standing alone on its line: the PDF reader drops it from the text, the checker
 * judges it. Recognition is lenient ("2", "- 2 -", "Trang 2", "Trang 2/5"); Decree 30 wants the
 * number alone in Arabic figures (dashes either side are tolerated), which {@link #conforms} judges.
 * Every conforming line is also recognised.
 */
public final class PageNumberLine {
    private static final Pattern LENIENT = Pattern.compile("^(?:Trang\\s+)?[-–\\s]*(\\d{1,4})[-–\\s]*(?:/\\s*\\d{1,4}\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECREE = Pattern.compile("^[-–\\s]*\\d{1,4}[-–\\s]*$");

    private PageNumberLine() {
    }

    /** The page number the line shows, or empty when it is no page number line. */
    public static OptionalInt read(String line) {
        Matcher m = LENIENT.matcher(line.strip());
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** True when the line is a page number as Decree 30 sets it. */
    public static boolean conforms(String line) {
        return DECREE.matcher(line.strip()).matches();
    }
}
