package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measured run, not a test: collect's parsing alone ({@code UnparsedMail.parse}, as the reading pool calls it), on
 * one thread. The .eml files of a folder made by {@code CollectRun prepare COUNT DIR} are read into memory once; each
 * round parses every one and prints the thread's processor time per mail and a SHA-256 over every field of every
 * parsed mail (attachments by size and hash, and why a mail was skipped), so that two builds can be compared for
 * speed and for sameness. Run it with collect's flags ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m}):
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m \
 *      -cp "target/classes:target/lib/*" vn.congvan.mail.ParseProbe DIR [ROUNDS] [MAILS]
 * </pre>
 */
public final class ParseProbe {
    private ParseProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int most = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("mails"))) {
            files = s.filter(p -> p.toString().endsWith(".eml")).sorted().limit(most).toList();
        }
        List<byte[]> raws = new ArrayList<>(files.size());
        for (Path f : files) {
            raws.add(Files.readAllBytes(f));
        }
        IncomingMailParser parser = new IncomingMailParser(InputLimits.DEFAULT);
        Instant received = Instant.parse("2019-09-05T01:00:00Z");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            List<UnparsedMail.Parsed> parsed = new ArrayList<>(raws.size());
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < raws.size(); i++) {
                parsed.add(UnparsedMail.of(raws.get(i), files.get(i).getFileName().toString(), received, parser).parse());
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (UnparsedMail.Parsed p : parsed) {
                all.update((p.mail() != null ? describe(p.mail()) : "skipped " + p.skipped() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            System.out.printf("round %d: %d mails; parse %.4f ms a mail (thread CPU); parsed %s%n", r, raws.size(),
                    (t1 - t0) / 1e6 / raws.size(), HexFormat.of().formatHex(all.digest()).substring(0, 16));
        }
    }

    /** Every field of a parsed mail that the reading and the ledger use, the attachments by size and hash. */
    public static String describe(IncomingMail m) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append(m.position()).append('|').append(m.messageId()).append('|').append(m.fromAddress()).append('|')
                .append(m.fromName()).append('|').append(m.subject()).append('|').append(m.sentDate()).append('|')
                .append(m.receivedDate()).append('|').append(m.inReplyTo()).append('|').append(m.references()).append('|')
                .append(m.text()).append('|').append(m.html()).append('|').append(m.reportType()).append('|')
                .append(m.automatic()).append('|').append(m.sha256()).append('|').append(m.links()).append('|')
                .append(m.replyTo()).append('|').append(m.raw().length);
        for (Attachment a : m.attachments()) {
            b.append("|A:").append(a.fileName()).append('|').append(a.contentType()).append('|').append(a.size()).append('|')
                    .append(a.streamed()).append('|').append(a.held() ? HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(a.content())) : "-");
        }
        return b.append('\n').toString();
    }
}
