package vn.congvan.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congvan.model.NumberSymbol;

/**
 * The number line of a Decree 30 header (position 3): "Số: 6174/UBND-VX", or a draft's
 * "Số:      /BC-UBND" that waits for its register number. Readers and checkers both ask here, so that
 * they cannot disagree about a line: {@link #read} is lenient, since readers take what other offices
 * wrote; {@link #judge} is strict, since the checkers say whether a document conforms. Every line that
 * judges {@link Verdict#CONFORMS} or {@link Verdict#DRAFT} reads to the number and symbol it shows.
 */
public final class NumberLine {
    private static final int LENIENT_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** How a number line starts, in any case and spacing: "Số:", "SỐ:", "Số :". */
    private static final Pattern LABEL = Pattern.compile("^Số\\s*:", LENIENT_FLAGS);
    /** "Số: 6174 /UBND-VX", "Số:6174/UBND-VX", "SỐ: 15/KH-UBND", "Số 15/KH-UBND", "Số:      /BC-UBND", "Số:      /". */
    private static final Pattern LENIENT = Pattern.compile("^Số\\s*:?\\s*(\\d*)\\s*/\\s*(\\S.*?)?[\\s.;,]*$", LENIENT_FLAGS);
    /** A symbol's parts (letters, digits, "&") joined by "-" or "/": "UBND-VX", "BC-UBND", "2020/NĐ-CP". */
    private static final String SYMBOL = "[\\p{L}\\d&]+(?:[-/][\\p{L}\\d&]+)*";
    /** Decree 30: "Số:", one space, the number, "/", the symbol, and no other space. */
    private static final Pattern NUMBERED = Pattern.compile("^Số: (\\d+)/" + SYMBOL + "$");
    /** A draft leaves the number blank, so that it can be written in by hand. */
    private static final Pattern DRAFT = Pattern.compile("^Số:\\s+/(?:" + SYMBOL + ")?$");
    /** What a draft prints where the register number will be written. */
    private static final String DRAFT_ROOM = "      ";

    /** How a number line stands against Decree 30. */
    public enum Verdict {
        CONFORMS,
        /** A draft without its number yet: conforming too. */
        DRAFT,
        /** Right once the extra spaces go: "Số: 6174 /UBND-VX". */
        EXTRA_SPACES,
        /** A number below 10 without its leading zero: "Số: 5/UBND-VX". */
        NOT_PADDED,
        MALFORMED
    }

    private NumberLine() {
    }

    /** True for a line that is meant as the number line, well formed or not. */
    public static boolean isNumberLine(String line) {
        return LABEL.matcher(line).find() || LENIENT.matcher(line).matches();
    }

    /**
     * The number and symbol of a number line, spaces dropped; a draft has the number "" (and the symbol
     * "" when it has none yet). Empty when the line cannot be read, such as "Số: 6174/" without symbol.
     */
    public static Optional<NumberSymbol> read(String line) {
        Matcher m = LENIENT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        String symbol = m.group(2) == null ? "" : m.group(2).replaceAll("\\s+", "");
        if (symbol.isEmpty() && !number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumberSymbol(number, symbol));
    }

    /** Judges a number line as Decree 30 requires it; no-break spaces count as spaces. */
    public static Verdict judge(String line) {
        String s = line.replace('\u00A0', ' ').strip();
        Matcher numbered = NUMBERED.matcher(s);
        if (numbered.matches()) {
            return numbered.group(1).length() == 1 ? Verdict.NOT_PADDED : Verdict.CONFORMS;
        }
        if (DRAFT.matcher(s).matches()) {
            return Verdict.DRAFT;
        }
        Matcher label = LABEL.matcher(s);
        if (label.find()) {
            String squeezed = s.substring(0, label.end()).replaceAll("\\s+", "") + " " + s.substring(label.end()).replaceAll("\\s+", "");
            if (squeezed.length() < s.length() && NUMBERED.matcher(squeezed).matches()) {
                return Verdict.EXTRA_SPACES;
            }
        }
        return Verdict.MALFORMED;
    }

    /** "Số: 6174/UBND-VX"; a number below 10 gets its leading zero; a draft (or null) leaves room for the number. */
    public static String write(NumberSymbol ns) {
        if (ns == null) {
            return "Số:" + DRAFT_ROOM + "/";
        }
        String number = ns.number().strip();
        if (number.isEmpty()) {
            return "Số:" + DRAFT_ROOM + "/" + ns.symbol().strip();
        }
        return "Số: " + (number.matches("\\d") ? "0" + number : number) + "/" + ns.symbol().strip();
    }
}
