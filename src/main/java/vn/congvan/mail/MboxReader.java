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

    private final InputStream in;
    private final long maxBytes;
    /** Read ahead: lines are cut out of it, so no byte is read one call at a time. */
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private long lineNo;
    private byte[] pendingFrom;
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
            byte[] first = readLine();
            while (first != null && isBlank(first)) {
                first = readLine();
            }
            if (first == null) {
                return null;
            }
            if (startsWithFrom(first)) {
                pendingFrom = first;
                pendingFromLine = lineNo;
            } else {
                // Not an mbox separator: read the file as one message starting here.
                return collect(lineNo, first);
            }
        }
        if (pendingFrom == null) {
            return null;
        }
        long at = pendingFromLine;
        pendingFrom = null;
        return collect(at, null);
    }

    private Entry collect(long startLine, byte[] firstContentLine) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        long size = 0;
        boolean over = false;
        byte[] previous = null;
        byte[] line = firstContentLine != null ? firstContentLine : readLine();
        while (line != null) {
            if (startsWithFrom(line) && previous != null && isBlank(previous)) {
                pendingFrom = line;
                pendingFromLine = lineNo;
                break;
            }
            if (previous != null) {
                size += previous.length;
                over |= size > maxBytes;
                if (!over) {
                    content.write(previous);
                }
            }
            previous = unescape(line);
            line = readLine();
        }
        // The empty line before the next separator (or the end of the file) belongs to the mbox, not to the message.
        if (previous != null && !isBlank(previous)) {
            size += previous.length;
            over |= size > maxBytes;
            if (!over) {
                content.write(previous);
            }
        }
        index++;
        return new Entry(index, startLine, over ? null : content.toByteArray(), size);
    }

    private static byte[] unescape(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        if (i > 0 && startsWithFrom(line, i)) {
            byte[] out = new byte[line.length - 1];
            System.arraycopy(line, 1, out, 0, out.length);
            return out;
        }
        return line;
    }

    static boolean startsWithFrom(byte[] line) {
        return startsWithFrom(line, 0);
    }

    private static boolean startsWithFrom(byte[] line, int at) {
        return line.length >= at + 5 && line[at] == 'F' && line[at + 1] == 'r' && line[at + 2] == 'o'
                && line[at + 3] == 'm' && line[at + 4] == ' ';
    }

    private static boolean isBlank(byte[] line) {
        return line.length == 0 || (line.length == 1 && line[0] == '\n') || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
    }

    /**
     * One line with its line end, or null at the end of the file. A line longer than the limit of a message is cut
     * after one byte more than the limit: its message is over the limit whatever follows, and is not kept.
     */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream longLine = null;
        long length = 0;
        while (true) {
            if (position == end && !fill()) {
                break;
            }
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            boolean lineEnd = position < end;
            if (lineEnd) {
                position++;
            }
            if (longLine == null && lineEnd) {
                lineNo++;
                return Arrays.copyOfRange(buffer, start, position);
            }
            if (longLine == null) {
                longLine = new ByteArrayOutputStream(2 * (position - start) + 16);
            }
            int keep = (int) Math.max(0, Math.min(position - start, maxBytes + 1 - length));
            longLine.write(buffer, start, keep);
            length += keep;
            if (lineEnd) {
                break;
            }
        }
        if (longLine == null || longLine.size() == 0) {
            return null;
        }
        lineNo++;
        return longLine.toByteArray();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
