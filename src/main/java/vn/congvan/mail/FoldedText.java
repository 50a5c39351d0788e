package vn.congvan.mail;

import vn.congvan.text.VietnameseText;

/**
 * Folding that keeps every character in place: each letter becomes its bare lower-case form (đ → d,
 * ế → e), everything else stays. Positions found in the folded text are positions in the original,
 * so patterns can be written once without diacritics and still quote the text as written.
 */
final class FoldedText {
    /**
     * The folded form of each non-ASCII character met so far (0: not yet known). Folding one character takes a
     * normalisation and two regular expressions, and every reply folds thousands of them (collect spent a fifth of
     * its time here), so each is folded once per run. A char is written whole, so threads that race only repeat work.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private FoldedText() {
    }

    static String of(String s) {
        // In an array rather than a StringBuilder: collect runs C1-compiled code, where appending a char at a time
        // costs several times the folding itself.
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c > 127) {
                out[i] = folded(c);
            } else if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    private static char folded(char c) {
        char f = FOLDED[c];
        if (f == 0) {
            f = Character.toLowerCase(c);
            if (Character.isLetter(c)) {
                String bare = VietnameseText.fold(String.valueOf(c));
                f = bare.length() == 1 ? bare.charAt(0) : f;
            }
            FOLDED[c] = f;
        }
        return f;
    }
}
