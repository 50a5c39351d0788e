package vn.congvan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.congvan.ingest.PlainText;
import vn.congvan.mail.Attachment;
import vn.congvan.mail.EmlSource;
import vn.congvan.model.InputException;

/**
 * A measured run, not a test: what {@code collect}'s pool spends on the reports attached to replies
 * ({@link PlainText#reportText}, as {@code ReplyCollection} calls it), and what it reads from each, so that two builds
 * can be compared for speed and for sameness.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m -cp "target/congvan.jar:target/lib/*" \
 *     vn.congvan.bench.ReportTextProbe time WARMUP CALLS FILE_OR_FOLDER...
 * java -cp … vn.congvan.bench.ReportTextProbe dump FILE_OR_FOLDER...
 * </pre>
 * The files are .docx, .pdf and .txt files and the reports attached to .eml files, found in the folders given
 * (recursively). {@code time} reads them in turn, WARMUP calls then CALLS measured, on this one thread (the watchdog's
 * reader threads included: the whole process's processor time) and prints the processor time per call.
 * {@code dump} prints, per file, a SHA-256 of {@code reportText} and of {@code of} (or the refusal's message).
 */
public final class ReportTextProbe {
    private ReportTextProbe() {
    }

    private record Report(String source, String name, byte[] content) {
    }

    public static void main(String[] args) throws Exception {
        boolean time = args[0].equals("time");
        int first = time ? 3 : 1;
        List<Report> reports = new ArrayList<>();
        for (int i = first; i < args.length; i++) {
            find(Path.of(args[i]), reports);
        }
        PlainText plain = new PlainText();
        if (!time) {
            for (Report r : reports) {
                System.out.println(r.source() + " | " + r.name() + " | report " + digest(() -> plain.reportText(r.name(), r.content()).orElse("<none>"))
                        + " | text " + digest(() -> plain.of(r.name(), r.content()).orElse("<none>")));
            }
            return;
        }
        int warmup = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        System.out.printf("%d reports (%s)%n", reports.size(), reports.stream().map(Report::name).distinct().toList());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += read(plain, reports.get(i % reports.size()));
        }
        long p0 = processCpu();
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            sink += read(plain, reports.get(i % reports.size()));
        }
        long t1 = threads.getCurrentThreadCpuTime();
        long p1 = processCpu();
        System.out.printf(Locale.ROOT, "per call: process %.3f ms, calling thread %.3f ms (%d calls after %d; %d chars)%n",
                (p1 - p0) / 1e6 / calls, (t1 - t0) / 1e6 / calls, calls, warmup, sink);
    }

    private static int read(PlainText plain, Report r) {
        try {
            return plain.reportText(r.name(), r.content()).map(String::length).orElse(0);
        } catch (InputException e) {
            return -1;
        }
    }

    private interface Reading {
        String get();
    }

    private static String digest(Reading reading) throws Exception {
        String out;
        try {
            out = reading.get();
        } catch (InputException e) {
            return "refused: " + e.getMessage();
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16) + " (" + out.length() + " chars)";
    }

    private static void find(Path path, List<Report> into) throws Exception {
        if (Files.isDirectory(path)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(path)) {
                children = list.sorted().toList();
            }
            for (Path child : children) {
                find(child, into);
            }
            return;
        }
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            try {
                new EmlSource(path).read(mail -> {
                    for (Attachment a : mail.attachments()) {
                        if (a.held() && !a.baseType().startsWith("text/") && PlainText.reads(a.fileName())) {
                            into.add(new Report(path.toString(), a.fileName(), a.content()));
                        }
                    }
                });
            } catch (RuntimeException | vn.congvan.mail.MailException e) {
                // not a mail this probe can read: skip it
            }
        } else if (PlainText.reads(name) && !lower.endsWith(".txt")) {
            into.add(new Report(path.toString(), name, Files.readAllBytes(path)));
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
