package vn.congvan.text;

import java.util.Locale;

/**
 * {@link VietnameseText#fold} of a text written in Latin letters (Vietnamese, English), one character at a time
 * from a table, without the normaliser and the two regular expressions, which every reading of a mail runs many
 * times. Each character's fold is what {@link VietnameseText#foldByNormalizer} gives for it alone; since the
 * combining marks go anyway, the order NFD gives them does not matter, and runs of what is neither a letter nor a
 * digit become one space as before. A text with any other character is left to the normaliser (null).
 */
final class FoldTable {
    /** U+0000–U+024F (Latin up to Latin Extended-B), the combining diacritics and Latin Extended Additional. */
    private static final int LATIN_END = 0x0250;
    private static final int MARKS_START = 0x0300;
    private static final int MARKS_END = 0x0370;
    private static final int EXTENDED_START = 0x1E00;
    private static final int EXTENDED_END = 0x1F00;
    /** Per character: its folded letters and digits, "" for a mark, " " for anything else. */
    private static final String[] LATIN = new String[LATIN_END];
    private static final String[] MARKS = new String[MARKS_END - MARKS_START];
    private static final String[] EXTENDED = new String[EXTENDED_END - EXTENDED_START];

    static {
        for (int c = 0; c < LATIN_END; c++) {
            LATIN[c] = ofOne((char) c);
        }
        for (int c = MARKS_START; c < MARKS_END; c++) {
            MARKS[c - MARKS_START] = ofOne((char) c);
        }
        for (int c = EXTENDED_START; c < EXTENDED_END; c++) {
            EXTENDED[c - EXTENDED_START] = ofOne((char) c);
        }
    }

    private FoldTable() {
    }

    /** The fold of {@code s}, or null when it holds a character outside the tables. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            String f = of(s.charAt(i));
            if (f == null) {
                return null;
            }
            if (f.isEmpty()) {
                continue;
            }
            if (f.equals(" ")) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(f);
        }
        return out.toString();
    }

    private static String of(char c) {
        if (c < LATIN_END) {
            return LATIN[c];
        }
        if (c >= MARKS_START && c < MARKS_END) {
            return MARKS[c - MARKS_START];
        }
        if (c >= EXTENDED_START && c < EXTENDED_END) {
            return EXTENDED[c - EXTENDED_START];
        }
        return null;
    }

    /**
     * One character folded as {@link VietnameseText#foldByNormalizer} folds it, before the spaces are collapsed:
     * "" when nothing is left (a mark), " " when it is neither letter nor digit; null when its fold would mix both,
     * which the table cannot say (none in these ranges, but then the normaliser decides).
     */
    private static String ofOne(char c) {
        String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        boolean other = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            String lower = String.valueOf(d == 'đ' ? 'd' : d == 'Đ' ? 'D' : d).toLowerCase(Locale.ROOT);
            for (int j = 0; j < lower.length(); j++) {
                char l = lower.charAt(j);
                if (Character.isLetter(l) || isNumber(l)) {
                    word.append(l);
                } else {
                    other = true;
                }
            }
        }
        if (other) {
            return word.length() == 0 ? " " : null;
        }
        return word.toString();
    }

    /** {@code \p{N}}: decimal digits, letter numbers and other numbers (², ½). */
    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
