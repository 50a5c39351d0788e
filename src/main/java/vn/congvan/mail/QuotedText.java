package vn.congvan.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates what the unit wrote from what its reply quotes.
 * <ul>
 * <li>Lines starting with "&gt;" are quoted.</li>
 * <li>A quote header without "&gt;" marks ("-----Original Message-----", "---------- Forwarded message ---------",
 * "-------- Mail gốc --------", an Outlook "From:/Sent:/To:/Subject:" or "Từ:/Đã gửi:/Đến:/Chủ đề:" block, a
 * "Vào … đã viết:"/"On … wrote:" line followed by unmarked text) starts quoted text: everything after it is quoted.</li>
 * <li>A "Vào … đã viết:" line followed by "&gt;" lines only introduces them: the unit may answer between the
 * quoted lines, so its own lines there are kept, each with the item number of the quoted requirement it answers
 * ({@link #ownLines}).</li>
 * </ul>
 */
final class QuotedText {
    /** Compiled once: these run on every line of every reply. */
    private static final Pattern WROTE = Pattern.compile("^\\s*(vao|on)\\b.*(da viet|wrote|viet)\\s*:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-_=]{2,}\\s*(original message|message d origine|thu goc|"
            + "mail goc|tin nhan goc|thu ban dau|forwarded message|thu chuyen tiep|thu da chuyen tiep|tin nhan chuyen tiep|"
            + "mail chuyen tiep)\\s*[-_=]{2,}\\s*$");
    /** Apple Mail and iOS, in English and Vietnamese. */
    private static final Pattern BEGIN_FORWARDED = Pattern.compile(
            "^\\s*(begin forwarded message|bat dau (?:thu|tin nhan|email)(?: duoc| da)? chuyen tiep)\\s*:\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|tu|nguoi gui)\\s*\\*?\\s*:.*");
    private static final Pattern HEADER_SENT = Pattern.compile("^\\s*\\*?(sent|date|da gui|ngay gui|gui luc|ngay|thoi gian)\\s*\\*?\\s*:.*");
    private static final Pattern HEADER_TO = Pattern.compile("^\\s*\\*?(to|den|toi|nguoi nhan)\\s*\\*?\\s*:.*");
    private static final Pattern HEADER_SUBJECT = Pattern.compile("^\\s*\\*?(subject|chu de|tieu de)\\s*\\*?\\s*:.*");
    /** A numbered line of the quoted dispatch: "1. Phổ biến …", "2) …". */
    private static final Pattern ITEM = Pattern.compile("^\\(?(\\d{1,2})[.)](?=\\s|$)");
    /** An own line that names its item already: it keeps its own number. */
    private static final Pattern NAMES_ITEM = Pattern.compile("^\\s*(?:[-•*+]\\s*)?\\(?\\d{1,2}[.):]|\\b(?:noi dung|muc|yeu cau|nhiem vu)\\s*(?:so\\s*)?\\d");

    private QuotedText() {
    }

    /**
     * A line the unit wrote itself.
     *
     * @param item the number of the quoted requirement line it answers ("1"), or null when it follows none
     * @param text the line as written
     */
    record OwnLine(String item, String text) {
    }

    /**
     * What the unit wrote, without the quoted text. A line typed under a quoted requirement ("&gt; 1. Phổ biến …",
     * then "Đã thực hiện") starts with that requirement's number ("1. Đã thực hiện"), unless it names an item itself.
     */
    static String strip(String text) {
        // The phishing check, the status reading and the evidence each ask for the same mail's text in turn.
        String[] last = LAST.get();
        if (last[0] != null && last[0].equals(text)) {
            return last[1];
        }
        String stripped = stripped(text);
        if (text.length() > MEMO_CHARS) {
            return stripped;
        }
        last[0] = text;
        last[1] = stripped;
        return stripped;
    }

    /** The last text stripped on this thread and what it gave (a pure function of the text). */
    private static final int MEMO_CHARS = 200_000;
    private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

    private static String stripped(String text) {
        List<String> kept = new ArrayList<>();
        for (OwnLine line : ownLines(text)) {
            boolean numbered = line.item() != null && !line.text().isBlank()
                    && !NAMES_ITEM.matcher(FoldedText.of(line.text())).find();
            kept.add(numbered ? line.item() + ". " + line.text().strip() : line.text());
        }
        return String.join("\n", kept).strip();
    }

    /** The unit's own lines in order (blank ones too), each with the number of the quoted requirement it answers. */
    static List<OwnLine> ownLines(String text) {
        TextLines lines = TextLines.of(text.replace("\r\n", "\n"));
        List<OwnLine> out = new ArrayList<>();
        String quotedItem = null;
        boolean quotedBlank = false;
        // The item an own paragraph answers: set by the quoted line above it, ended by a second own paragraph.
        String answering = null;
        boolean ownParagraphSeen = false;
        boolean previousOwnBlank = false;
        // Where the own lines after the last quoted line begin, whether a blank line comes first, and whether the
        // unit answered between quoted lines before: see the end of this method.
        int trailingFrom = 0;
        boolean blankBeforeTrailing = false;
        boolean answeredBetween = false;
        boolean answeredSinceQuote = false;
        for (int i = 0; i < lines.count(); i++) {
            int attribution = attributionEnd(lines, i);
            if (attribution >= 0) {
                if (!introducesMarkedQuote(lines, attribution + 1)) {
                    break;
                }
                i = attribution;
                continue;
            }
            if (startsQuote(lines, i)) {
                break;
            }
            String line = lines.line(i);
            if (line.stripLeading().startsWith(">")) {
                String inner = line.substring(quoteMarksEnd(line));
                Matcher item = ITEM.matcher(inner);
                if (item.find()) {
                    quotedItem = Integer.toString(Integer.parseInt(item.group(1)));
                } else if (inner.isBlank()) {
                    quotedBlank = true;
                    continue;
                } else if (quotedBlank) {
                    quotedItem = null;
                }
                quotedBlank = false;
                answeredBetween |= answeredSinceQuote;
                answeredSinceQuote = false;
                trailingFrom = out.size();
                blankBeforeTrailing = false;
                answering = quotedItem;
                ownParagraphSeen = false;
                previousOwnBlank = false;
                continue;
            }
            if (line.isBlank()) {
                blankBeforeTrailing |= out.size() == trailingFrom;
                previousOwnBlank = true;
                out.add(new OwnLine(null, line));
                continue;
            }
            if (previousOwnBlank && ownParagraphSeen) {
                answering = null;
            }
            previousOwnBlank = false;
            ownParagraphSeen = true;
            answeredSinceQuote |= answering != null;
            out.add(new OwnLine(answering, line));
        }
        // Text set apart below the whole quote is a reply at the bottom, not an answer to the last quoted item,
        // unless the unit has been answering item by item between the quoted lines.
        if (!answeredBetween && blankBeforeTrailing) {
            for (int i = trailingFrom; i < out.size(); i++) {
                out.set(i, new OwnLine(null, out.get(i).text()));
            }
        }
        return out;
    }

    /**
     * Where the marks of a quoted line end: {@code ^(\s*>)+\s*} (regular expression white space) matched by a loop,
     * since it runs on every quoted line.
     */
    static int quoteMarksEnd(String line) {
        int end = 0;
        int i = 0;
        while (true) {
            while (i < line.length() && regexSpace(line.charAt(i))) {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '>') {
                i++;
                end = i;
            } else {
                break;
            }
        }
        while (end < line.length() && regexSpace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code \s}: ASCII white space. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The last line of a "Vào … đã viết:" / "On … wrote:" line starting at {@code i} (Gmail wraps it over two), else -1.
     * {@link #WROTE} ends in a colon: a line without one (most lines) is not tried.
     */
    static int attributionEnd(TextLines lines, int i) {
        String line = lines.folded(i);
        boolean colon = line.indexOf(':') >= 0;
        if (colon && WROTE.matcher(line).matches()) {
            return i;
        }
        if (i + 1 < lines.count() && startsWithAny(line.stripLeading(), "vao ", "on ")) {
            String next = lines.folded(i + 1);
            if ((colon || next.indexOf(':') >= 0) && WROTE.matcher(line + " " + next).matches()) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the first non-blank line from {@code from} on is marked with "&gt;". */
    private static boolean introducesMarkedQuote(TextLines lines, int from) {
        for (int j = from; j < lines.count(); j++) {
            if (!lines.line(j).isBlank()) {
                return lines.line(j).stripLeading().startsWith(">");
            }
        }
        return false;
    }

    /** Whether a folded line is a separator above a quoted or forwarded mail ("-----Original Message-----"). */
    static boolean separator(String folded) {
        return mayBeHeader(folded) && (SEPARATOR.matcher(folded).matches() || BEGIN_FORWARDED.matcher(folded).matches());
    }

    /**
     * Whether a folded line can be a separator or a header field: each of those patterns needs a colon or begins
     * (after white space) with "-", "_" or "=". Most lines have neither, and skip the patterns.
     */
    private static boolean mayBeHeader(String folded) {
        if (folded.indexOf(':') >= 0) {
            return true;
        }
        int i = 0;
        while (i < folded.length() && regexSpace(folded.charAt(i))) {
            i++;
        }
        return i < folded.length() && (folded.charAt(i) == '-' || folded.charAt(i) == '_' || folded.charAt(i) == '=');
    }

    /** Whether a quote header without "&gt;" marks starts at line {@code i}: all that follows is quoted. */
    static boolean startsQuote(TextLines lines, int i) {
        String line = lines.folded(i);
        if (!mayBeHeader(line)) {
            return false;
        }
        if (separator(line)) {
            return true;
        }
        if (line.indexOf(':') >= 0 && HEADER_FROM.matcher(line).matches()) {
            boolean to = false;
            boolean subject = false;
            for (int j = i + 1; j < Math.min(lines.count(), i + 6); j++) {
                String field = lines.folded(j);
                if (field.indexOf(':') < 0) {
                    continue;
                }
                if (HEADER_SENT.matcher(field).matches()) {
                    return true;
                }
                to |= HEADER_TO.matcher(field).matches();
                subject |= HEADER_SUBJECT.matcher(field).matches();
            }
            return to && subject;
        }
        return false;
    }

    private static boolean startsWithAny(String s, String... starts) {
        for (String start : starts) {
            if (s.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
