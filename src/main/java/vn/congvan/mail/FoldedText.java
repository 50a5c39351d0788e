package vn.congvan.mail;

import vn.congvan.text.VietnameseText;

/**
 * Folding that keeps every character in place: each letter becomes its bare lower-case form (đ → d,
 * ế → e), everything else stays. Positions found in the folded text are positions in the original,
 * so patterns can be written once without diacritics and still quote the text as written.
 */
final class FoldedText {
    private FoldedText() {
    }

    static String of(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c > 127) {
                String f = VietnameseText.fold(String.valueOf(c));
                out.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c));
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
