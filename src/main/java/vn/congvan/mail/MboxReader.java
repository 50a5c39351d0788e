package vn.congvan.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

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
    private long lineNo;
    private byte[] pendingFrom;
    private long pendingFromLine;
    private int index;
    private boolean started;

    MboxReader(InputStream in, long maxBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
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

    /** One line with its line end, or null at the end of the file. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        if (line.size() == 0) {
            return null;
        }
        lineNo++;
        return line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
