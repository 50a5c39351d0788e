package vn.congvan.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The two 8-bit encodings Vietnamese was typed in before Unicode, still found in older office files:
 * TCVN3 ("ABC", the {@code .VnTime} fonts: one byte per letter) and VNI ({@code VNI-Times}: a base letter
 * followed by a byte for its marks). A file holds such text as the Latin-1 characters of those bytes
 * ("Uû ban nh©n d©n", "UÛy ban nhaân daân"). The letters come from {@code legacy-encodings.txt}.
 */
public enum LegacyEncoding {
    TCVN3(1),
    VNI(2);

    private static final String TABLE = "legacy-encodings.txt";

    /** The longest legacy sequence that makes one letter. */
    private final int longest;
    private final Map<String, String> toUnicode = new HashMap<>();
    private final Map<String, String> fromUnicode = new HashMap<>();

    LegacyEncoding(int longest) {
        this.longest = longest;
    }

    static {
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(TABLE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                TCVN3.add(cells[0], cells[1]);
                VNI.add(cells[0], cells[2]);
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("missing or unreadable " + TABLE, e));
        }
    }

    private void add(String letter, String hexBytes) {
        if (hexBytes.equals("-")) {
            return;
        }
        StringBuilder legacy = new StringBuilder();
        for (String hex : hexBytes.split(" ")) {
            legacy.append((char) Integer.parseInt(hex, 16));
        }
        fromUnicode.put(letter, legacy.toString());
        if (!legacy.toString().equals(letter)) {
            toUnicode.put(legacy.toString(), letter);
        }
    }

    /** The Unicode text of {@code legacy}; what is not a legacy letter (ASCII, punctuation) stays as it is. */
    public String decode(String legacy) {
        StringBuilder out = new StringBuilder(legacy.length());
        for (int i = 0; i < legacy.length(); ) {
            int matched = 0;
            for (int n = Math.min(longest, legacy.length() - i); n > 0 && matched == 0; n--) {
                String letter = toUnicode.get(legacy.substring(i, i + n));
                if (letter != null) {
                    out.append(letter);
                    matched = n;
                }
            }
            if (matched == 0) {
                out.append(legacy.charAt(i));
                matched = 1;
            }
            i += matched;
        }
        return out.toString();
    }

    /**
     * {@link #decode} for text whose font is not known (pasted, or converted by a program that replaced the
     * font). TCVN3 has no capitals with tones: they were typed as lower-case codes in a capitals font
     * ({@code .VnTimeH}), so a line whose ASCII letters are all capitals ("ñY BAN NH¢N D¢N") is read as
     * capitals throughout.
     */
    public String decodeWithoutFont(String legacy) {
        String text = decode(legacy);
        if (this != TCVN3) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            boolean letters = line.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
            boolean small = line.chars().anyMatch(c -> c >= 'a' && c <= 'z');
            out.append(letters && !small ? line.toUpperCase(java.util.Locale.ROOT) : line);
        }
        return out.toString();
    }

    /**
     * {@code unicode} typed in this encoding, for tests and fixtures: TCVN3 writes a capital with a tone
     * as its lower-case letter, as the capitals fonts ({@code .VnTimeH}) expect.
     */
    public String encode(String unicode) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < unicode.length(); i++) {
            String letter = String.valueOf(unicode.charAt(i));
            String legacy = fromUnicode.get(letter);
            if (legacy == null && this == TCVN3) {
                legacy = fromUnicode.get(letter.toLowerCase(java.util.Locale.ROOT));
            }
            out.append(legacy == null ? letter : legacy);
        }
        return out.toString();
    }

    /**
     * How many characters outside ASCII {@code text} has, and how many of them {@link #decode} would read
     * as part of a letter: the statistics by which text whose font was lost is recognised.
     */
    Coverage coverage(CharSequence text) {
        int high = 0;
        int read = 0;
        for (int i = 0; i < text.length(); ) {
            int matched = 0;
            for (int n = Math.min(longest, text.length() - i); n > 0 && matched == 0; n--) {
                if (toUnicode.containsKey(text.subSequence(i, i + n).toString())) {
                    matched = n;
                }
            }
            int step = Math.max(matched, 1);
            for (int k = i; k < i + step; k++) {
                if (text.charAt(k) > 0x7F) {
                    high++;
                    if (matched > 0) {
                        read++;
                    }
                }
            }
            i += step;
        }
        return new Coverage(high, read);
    }

    record Coverage(int high, int read) {
    }
}
