package vn.congvan.mail;

/**
 * A text's lines ({@code text.split("\n", -1)}), each also folded ({@link FoldedText#of}), cut and folded only when a
 * reader asks for that line. The quote finder and the forward finder stop at the first quote header, which most
 * replies have in their first lines, so the quoted dispatch below it is never folded; and the two share one view of
 * a mail's text per thread ({@link #of}), so no line is folded twice.
 */
final class TextLines {
    /** The last text viewed on this thread: both readers ask for the same mail's text in turn. */
    private static final ThreadLocal<TextLines> LAST = new ThreadLocal<>();
    private static final int MEMO_CHARS = 200_000;

    private final String text;
    /** Where each line starts; line i ends just before {@code starts[i + 1] - 1} (its line feed), the last at the end. */
    private final int[] starts;
    private final String[] lines;
    private final String[] folded;

    private TextLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count + 1];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        starts[count] = text.length() + 1;
        lines = new String[count];
        folded = new String[count];
    }

    /** The lines of {@code text}: the view this thread made last when it was of the same text. */
    static TextLines of(String text) {
        TextLines last = LAST.get();
        if (last != null && last.text.equals(text)) {
            return last;
        }
        TextLines view = new TextLines(text);
        if (text.length() <= MEMO_CHARS) {
            LAST.set(view);
        }
        return view;
    }

    /** How many lines: one more than the line feeds. */
    int count() {
        return lines.length;
    }

    /** Line {@code i} as written, without its line feed. */
    String line(int i) {
        String l = lines[i];
        if (l == null) {
            l = text.substring(starts[i], starts[i + 1] - 1);
            lines[i] = l;
        }
        return l;
    }

    /** Line {@code i} folded: positions are those of {@link #line}. */
    String folded(int i) {
        String f = folded[i];
        if (f == null) {
            f = FoldedText.of(line(i));
            folded[i] = f;
        }
        return f;
    }

    /** Every line as written, a new array (the caller may change it). */
    String[] all() {
        String[] out = new String[lines.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = line(i);
        }
        return out;
    }
}
