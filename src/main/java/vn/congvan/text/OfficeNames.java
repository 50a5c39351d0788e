package vn.congvan.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of bodies as they stand inside a sentence rather than in the capitals of a header. */
public final class OfficeNames {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** After these words comes a place name, which keeps its capitals: "thành phố Phan Thiết". */
    private static final Pattern PLACE_WORD = Pattern.compile(
            "\\b(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã)\\s+(\\S.*)$");

    private OfficeNames() {
    }

    /**
     * "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT" → "Ủy ban nhân dân thành phố Phan Thiết". Only the
     * place name after the last administrative word keeps its capitals; other proper names inside
     * (such as "Sở Thông tin và Truyền thông") cannot be told apart and come out in lower case.
     */
    public static String inSentence(String caps) {
        String lower = VietnameseText.oneLine(caps).toLowerCase(VI);
        Matcher m = PLACE_WORD.matcher(lower);
        String out = lower;
        if (m.find()) {
            out = lower.substring(0, m.start(2)) + titleCase(m.group(2));
        }
        return capitalise(out);
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(capitalise(w));
        }
        return out.toString();
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(VI) + w.substring(1);
    }
}
