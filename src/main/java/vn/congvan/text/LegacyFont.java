package vn.congvan.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A font that says its text is in a legacy encoding: TCVN3 fonts are named {@code .VnTime},
 * {@code .VnArial} … (capitals-only faces end in H: {@code .VnTimeH}), VNI fonts {@code VNI-Times},
 * {@code VNI-Helve} …. PDF names may lose the dot or add a face ({@code VnTimeH,Bold}, {@code VNI-Times-Bold}).
 *
 * @param capitals a capitals-only face: lower-case codes are drawn as capitals
 */
public record LegacyFont(LegacyEncoding encoding, boolean capitals) {
    /** ".VnTime", ".VnTimeH", "VnArialH,Bold", "ABCDEF+.VnCentury SchoolbookH-Italic". */
    private static final Pattern TCVN3 = Pattern.compile("^(?:[A-Z]{6}\\+)?\\.?Vn([A-Za-z ]+?)(H?)(?:[,-].*)?$");
    private static final Pattern VNI = Pattern.compile("^(?:[A-Z]{6}\\+)?VNI[- _].*", Pattern.CASE_INSENSITIVE);

    /** The legacy encoding {@code fontName} implies, if any. */
    public static Optional<LegacyFont> of(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip();
        if (VNI.matcher(name).matches()) {
            return Optional.of(new LegacyFont(LegacyEncoding.VNI, false));
        }
        Matcher m = TCVN3.matcher(name);
        if (m.matches() && !m.group(1).isBlank()) {
            return Optional.of(new LegacyFont(LegacyEncoding.TCVN3, !m.group(2).isEmpty()));
        }
        return Optional.empty();
    }

    /** {@code legacy} (text set in this font) in Unicode. */
    public String decode(String legacy) {
        String text = encoding.decode(legacy);
        return capitals ? text.toUpperCase(Locale.ROOT) : text;
    }
}
