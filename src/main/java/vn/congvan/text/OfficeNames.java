package vn.congvan.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of bodies as they stand inside a sentence rather than in the capitals of a header. */
public final class OfficeNames {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** After these words comes a place name, which keeps its capitals: "thành phố Phan Thiết". */
    private static final Pattern PLACE_WORD = Pattern.compile(
            "\\b(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã)\\s+(\\S.*)$");
    /** The body names of {@code body-names.txt}, longest first so that the fullest name wins. */
    private static final List<String> BODY_NAMES = bodyNames();

    private OfficeNames() {
    }

    /**
     * "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT" → "Ủy ban nhân dân thành phố Phan Thiết";
     * "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông". The proper parts of a body's name
     * come from the list in {@code body-names.txt}; the place name after the last administrative word
     * keeps its capitals; everything else comes out in lower case.
     */
    public static String inSentence(String caps) {
        String lower = VietnameseText.oneLine(caps).toLowerCase(VI);
        String named = lower;
        int namedEnd = 0;
        for (String name : BODY_NAMES) {
            String key = name.toLowerCase(VI);
            int at = wordAt(lower, key);
            if (at >= 0) {
                named = lower.substring(0, at) + name + lower.substring(at + key.length());
                namedEnd = at + key.length();
                break;
            }
        }
        Matcher m = PLACE_WORD.matcher(named);
        String out = named;
        if (m.find(namedEnd)) {
            out = named.substring(0, m.start(2)) + titleCase(m.group(2));
        }
        return capitalise(out);
    }

    /** Where {@code key} stands in {@code text} as whole words, or -1. */
    private static int wordAt(String text, String key) {
        int from = 0;
        while (true) {
            int at = text.indexOf(key, from);
            if (at < 0) {
                return -1;
            }
            int end = at + key.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            from = at + 1;
        }
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

    private static List<String> bodyNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = OfficeNames.class.getResourceAsStream("body-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = VietnameseText.oneLine(VietnameseText.clean(line));
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(names);
    }
}
