package vn.congvan.mail;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits an mbox file (Thunderbird, mutt, Google Takeout) into messages, one at a time so a large
 * archive is never held in memory. A message starts at a line beginning "From " that is the first
 * line of the file or follows an empty line; lines ">From ", ">>From " … lose one ">" (mboxrd, which
 * also undoes the mboxo escaping Thunderbird writes).
 */
final class MboxReader implements Closeable {
    /** One message: its number (from 1), the line of its "From " separator, its content or null when over the limit. */
    record Entry(int index, long line, byte[] content, long size) {
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private final InputStream in;
    private final long maxBytes;
    /** Read ahead: lines are found in it and copied from it, never one byte or one line array at a time. */
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private boolean endOfInput;
    /** The current line with its line end: {@code line[lineStart, lineEnd)}, in {@link #buffer} unless it is longer. */
    private byte[] line;
    private int lineStart;
    private int lineEnd;
    /** The current line was cut at the limit: its message is over it, whatever an unescaped ">" takes off. */
    private boolean lineCut;
    private long lineNo;
    /** The message being read; grown to the largest message and reused, so a message is copied once, at its end. */
    private byte[] message = new byte[64 * 1024];
    private int length;
    private boolean pendingFrom;
    private long pendingFromLine;
    private int index;
    private boolean started;

    MboxReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next message, or null at the end. */
    Entry next() throws IOException {
        if (!started) {
            started = true;
            boolean first = readLine();
            while (first && isBlank()) {
                first = readLine();
            }
            if (!first) {
                return null;
            }
            if (startsWithFrom(line, lineStart, lineEnd)) {
                pendingFrom = true;
                pendingFromLine = lineNo;
            } else {
                // Not an mbox separator: read the file as one message starting here.
                return collect(lineNo, true);
            }
        }
        if (!pendingFrom) {
            return null;
        }
        pendingFrom = false;
        return collect(pendingFromLine, false);
    }

    private Entry collect(long startLine, boolean lineRead) throws IOException {
        length = 0;
        long size = 0;
        boolean over = false;
        // An empty line is written only when a line other than a separator follows: the one before the next
        // separator (or the end of the file) belongs to the mbox, not to the message.
        int heldEmptyLine = 0;
        for (boolean more = lineRead || readLine(); more; more = readLine()) {
            if (heldEmptyLine > 0 && startsWithFrom(line, lineStart, lineEnd)) {
                pendingFrom = true;
                pendingFromLine = lineNo;
                break;
            }
            if (heldEmptyLine > 0) {
                size += heldEmptyLine;
                over |= size > maxBytes;
                if (!over) {
                    append(CRLF, 2 - heldEmptyLine, heldEmptyLine);
                }
                heldEmptyLine = 0;
            }
            if (isBlank()) {
                heldEmptyLine = lineEnd - lineStart;
                continue;
            }
            // mboxrd: ">From ", ">>From " … lose one ">".
            int from = escapedFrom() ? lineStart + 1 : lineStart;
            size += lineEnd - from;
            over |= size > maxBytes || lineCut;
            if (!over) {
                append(line, from, lineEnd - from);
            }
            if (line == buffer) {
                // The lines after it that need no look (a base64 attachment's are nearly all such), in one copy.
                int run = plainLinesAhead();
                size += run - position;
                over |= size > maxBytes;
                if (!over) {
                    append(buffer, position, run - position);
                }
                position = run;
            }
        }
        index++;
        return new Entry(index, startLine, over ? null : Arrays.copyOf(message, length), size);
    }

    /**
     * Where the whole lines in the buffer from {@link #position} end that are neither empty nor start with "F" or ">"
     * (so none is a separator, an escaped "From " or an empty line before one), counting them; a line the buffer does
     * not hold whole is left to {@link #readLine()}.
     */
    private int plainLinesAhead() {
        int run = position;
        while (run < end && !mayMatter(buffer[run])) {
            int lf = ByteScan.indexOf(buffer, (byte) '\n', run, end);
            if (lf < 0) {
                break;
            }
            lineNo++;
            run = lf + 1;
        }
        return run;
    }

    private static boolean mayMatter(byte first) {
        return first == 'F' || first == '>' || first == '\r' || first == '\n';
    }

    private void append(byte[] bytes, int from, int count) {
        if (length + count > message.length) {
            long wanted = Math.max((long) length + count, 2L * message.length);
            message = Arrays.copyOf(message, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
        }
        System.arraycopy(bytes, from, message, length, count);
        length += count;
    }

    private boolean escapedFrom() {
        int i = lineStart;
        while (i < lineEnd && line[i] == '>') {
            i++;
        }
        return i > lineStart && startsWithFrom(line, i, lineEnd);
    }

    private static boolean startsWithFrom(byte[] line, int at, int end) {
        return end - at >= 5 && line[at] == 'F' && line[at + 1] == 'r' && line[at + 2] == 'o'
                && line[at + 3] == 'm' && line[at + 4] == ' ';
    }

    private boolean isBlank() {
        int n = lineEnd - lineStart;
        return n == 0 || (n == 1 && line[lineStart] == '\n') || (n == 2 && line[lineStart] == '\r' && line[lineStart + 1] == '\n');
    }

    /** Makes the next line, with its line end, the current one; false at the end of the file. */
    private boolean readLine() throws IOException {
        int lf = lineEndAhead();
        if (lf < 0 && position == end) {
            return false;
        }
        if (lf < 0 && !endOfInput) {
            return readLongLine();
        }
        // A whole line in the buffer, or the last one of the file without a line end.
        line = buffer;
        lineCut = false;
        lineStart = position;
        lineEnd = lf < 0 ? end : lf + 1;
        position = lineEnd;
        lineNo++;
        return true;
    }

    /**
     * Reads until the buffer holds a line end after {@link #position}: its index, or -1 when the input ended or the
     * line fills the whole buffer.
     */
    private int lineEndAhead() throws IOException {
        int lf = ByteScan.indexOf(buffer, (byte) '\n', position, end);
        while (lf < 0 && !endOfInput) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, end - position);
                end -= position;
                position = 0;
            }
            if (end == buffer.length) {
                return -1;
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                endOfInput = true;
            } else {
                lf = ByteScan.indexOf(buffer, (byte) '\n', end, end + n);
                end += n;
            }
        }
        return lf;
    }

    /**
     * A line longer than the buffer. It is cut after one byte more than the limit of a message: its message is
     * over the limit whatever follows, and is not kept.
     */
    private boolean readLongLine() throws IOException {
        ByteArrayOutputStream longLine = new ByteArrayOutputStream(2 * buffer.length);
        long kept = 0;
        lineCut = false;
        while (true) {
            int lf = ByteScan.indexOf(buffer, (byte) '\n', position, end);
            int stop = lf < 0 ? end : lf + 1;
            long room = maxBytes - kept; // not maxBytes + 1 - kept: no limit is Long.MAX_VALUE, and that would overflow
            int keep = room >= stop - position ? stop - position : (int) Math.max(0, room + 1);
            longLine.write(buffer, position, keep);
            kept += keep;
            lineCut |= keep < stop - position;
            position = stop;
            if (lf >= 0 || !fill()) {
                break;
            }
        }
        line = longLine.toByteArray();
        lineStart = 0;
        lineEnd = line.length;
        lineNo++;
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(n, 0);
        endOfInput = n < 0;
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
