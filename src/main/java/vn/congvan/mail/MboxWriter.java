package vn.congvan.mail;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes messages as an mboxrd file that Thunderbird opens: LF line ends, ">From " escaping, an empty line between messages. */
final class MboxWriter implements Closeable {
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final OutputStream out;

    MboxWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    void append(byte[] raw, String sender, Instant date) throws IOException {
        String envelope = "From " + (sender == null || sender.isBlank() ? "MAILER-DAEMON" : sender.replaceAll("\\s", ""))
                + " " + ASCTIME.format(date == null ? Instant.EPOCH : date) + "\n";
        out.write(envelope.getBytes(StandardCharsets.US_ASCII));
        int lineStart = 0;
        boolean endsWithNewLine = false;
        for (int i = 0; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == '\n') {
                int end = i;
                if (end > lineStart && raw[end - 1] == '\r') {
                    end--;
                }
                if (i == raw.length && end == lineStart) {
                    break;
                }
                writeLine(raw, lineStart, end);
                endsWithNewLine = true;
                lineStart = i + 1;
            }
        }
        if (!endsWithNewLine) {
            out.write('\n');
        }
        out.write('\n');
    }

    private void writeLine(byte[] raw, int from, int to) throws IOException {
        int i = from;
        while (i < to && raw[i] == '>') {
            i++;
        }
        if (to - i >= 5 && raw[i] == 'F' && raw[i + 1] == 'r' && raw[i + 2] == 'o' && raw[i + 3] == 'm' && raw[i + 4] == ' ') {
            out.write('>');
        }
        out.write(raw, from, to - from);
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
