package vn.congvan.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a reply quotes: lines starting with ">", and everything from a quote header on
 * ("Vào … đã viết:", "On … wrote:", "-----Original Message-----", an Outlook "Từ:/From: … Đã gửi:/Sent:"
 * block). What remains is what the unit itself wrote.
 */
final class QuotedText {
    private static final Pattern WROTE = Pattern.compile("^\\s*(vao|on)\\b.*(da viet|wrote|viet)\\s*:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*-{2,}\\s*(original message|thu goc|tin nhan goc|forwarded message|thu chuyen tiep|thu da chuyen tiep)\\s*-{2,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|tu|nguoi gui)\\s*\\*?\\s*:.*");
    private static final Pattern HEADER_SENT = Pattern.compile("^\\s*\\*?(sent|date|da gui|ngay gui|gui luc|ngay)\\s*\\*?\\s*:.*");

    private QuotedText() {
    }

    static String strip(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String[] folded = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            folded[i] = FoldedText.of(lines[i]);
        }
        int cut = lines.length;
        for (int i = 0; i < lines.length && cut == lines.length; i++) {
            if (startsQuote(folded, i)) {
                cut = i;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < cut; i++) {
            if (!lines[i].stripLeading().startsWith(">")) {
                kept.add(lines[i]);
            }
        }
        return String.join("\n", kept).strip();
    }

    private static boolean startsQuote(String[] folded, int i) {
        String line = folded[i];
        if (WROTE.matcher(line).matches() || SEPARATOR.matcher(line).matches()) {
            return true;
        }
        // Gmail wraps a long "Vào … đã viết:" over two lines.
        if (i + 1 < folded.length && line.stripLeading().startsWith("vao ")
                && WROTE.matcher(line + " " + folded[i + 1]).matches()) {
            return true;
        }
        if (HEADER_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(folded.length, i + 4); j++) {
                if (HEADER_SENT.matcher(folded[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
