package vn.congvan.text;

import java.util.Optional;

/**
 * Recognises legacy-encoded text whose font was lost (a file converted or pasted, its runs now in Times
 * New Roman) by its characters: text with Unicode's Vietnamese letters is Unicode; text whose non-ASCII
 * characters nearly all read as letters of one legacy encoding is in that encoding. VNI is tried first:
 * its marks are also TCVN3 letters, while TCVN3's letters (©, µ, ¸, §) are mostly not VNI. A sample is
 * capped, so the cost stays linear in the document.
 */
public final class LegacyGuess {
    /** Fewer non-ASCII characters than this say too little to decide. */
    private static final int ENOUGH = 3;
    private static final double SHARE = 0.9;
    private static final int SAMPLE = 100_000;

    private final StringBuilder sample = new StringBuilder();
    private boolean unicode;

    /** Adds text to judge. */
    public void add(String text) {
        if (unicode || text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (vietnameseUnicode(text.charAt(i))) {
                unicode = true;
                sample.setLength(0);
                return;
            }
        }
        if (sample.length() < SAMPLE) {
            sample.append(text, 0, Math.min(text.length(), SAMPLE - sample.length())).append(' ');
        }
    }

    /** The encoding the text added so far is in, or empty when it is Unicode (or says too little). */
    public Optional<LegacyEncoding> result() {
        if (unicode) {
            return Optional.empty();
        }
        for (LegacyEncoding encoding : new LegacyEncoding[] {LegacyEncoding.VNI, LegacyEncoding.TCVN3}) {
            LegacyEncoding.Coverage c = encoding.coverage(sample);
            if (c.high() >= ENOUGH && c.read() >= SHARE * c.high()) {
                return Optional.of(encoding);
            }
        }
        return Optional.empty();
    }

    /** The encoding of one text on its own (a text file). */
    public static Optional<LegacyEncoding> of(String text) {
        LegacyGuess guess = new LegacyGuess();
        guess.add(text);
        return guess.result();
    }

    /** Letters only Unicode has: ă đ ĩ ũ ơ ư and the Latin Extended Additional block (ạ … ỹ). */
    private static boolean vietnameseUnicode(char c) {
        return c >= '\u0100' && c <= '\u01B0' || c >= '\u1EA0' && c <= '\u1EF9';
    }
}
