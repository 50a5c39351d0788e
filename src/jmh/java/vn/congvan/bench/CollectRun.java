package vn.congvan.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchImporter;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.Interaction;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.MailRoute;
import vn.congvan.app.Mailbox;
import vn.congvan.app.ReplyCollection;
import vn.congvan.app.Workspace;

/**
 * A measured run, not a test (README, "Hiệu năng / Performance"): {@code collect} of generated replies to the
 * seed ({@link ReplyMails}) into a fresh ledger, printing mails per second and the memory the process reached.
 * <pre>
 * java -cp "target/classes:target/lib/*" vn.congvan.bench.CollectRun eml|mbox COUNT [ROUNDS]
 * java -Xmx512m -cp "target/classes:target/lib/*" vn.congvan.bench.CollectRun large COUNT [MB]
 * java -cp "target/classes:target/lib/*" vn.congvan.bench.CollectRun prepare COUNT DIR
 * </pre>
 * {@code eml}/{@code mbox}: ROUNDS collections of COUNT mails in one process, each into a fresh ledger (the
 * first is cold, the last warm). {@code large}: COUNT replies with an attachment of MB megabytes (default 20)
 * streamed through a named pipe as one mbox, never on disk. {@code prepare}: a ledger and a folder of COUNT
 * mails in DIR, for timing the command itself ({@code ./congvan collect --db DIR/congvan.db --eml DIR/mails}).
 * Run from the project root (the corpus and the samples are read from there).
 */
public final class CollectRun {
    private static final Path CORPUS = Path.of("src", "test", "resources", "replies", "corpus");
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    private static final Path DIRECTORY = Path.of("samples", "directory");
    private static final Clock SENDING = Clock.fixed(DemoRun.SENT_AT.toInstant(), Workspace.VIETNAM);
    private static final Clock COLLECTING = Clock.fixed(ZonedDateTime.of(2019, 9, 5, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(),
            Workspace.VIETNAM);

    private CollectRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "eml";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-collect-");
        try {
            switch (mode) {
                case "eml", "mbox" -> rounds(work, mode, count, args.length > 2 ? Integer.parseInt(args[2]) : 1);
                case "large" -> large(work, count, args.length > 2 ? Integer.parseInt(args[2]) : 20);
                case "prepare" -> prepare(Path.of(args[2]), count);
                default -> throw new IllegalArgumentException("mode: eml, mbox, large or prepare");
            }
        } finally {
            delete(work);
        }
    }

    private static void rounds(Path work, String mode, int count, int rounds) throws IOException {
        for (int r = 1; r <= rounds; r++) {
            Path home = work.resolve("round" + r);
            ReplyMails mails = sendSeed(home);
            Mailbox box;
            if (mode.equals("eml")) {
                mails.writeFolder(home.resolve("mails"), count);
                box = new Mailbox.Eml(home.resolve("mails"));
            } else {
                mails.writeMbox(home.resolve("replies.mbox"), count);
                box = new Mailbox.Mbox(home.resolve("replies.mbox"));
            }
            collect(home, box, count, "round " + r + "/" + rounds + (r == 1 ? " (cold in this JVM)" : ""), Interaction.NONE);
            delete(home);
        }
    }

    /** The large mails are written by another thread into a named pipe that collect reads as its mbox. */
    private static void large(Path work, int count, int megabytes) throws Exception {
        Path home = work.resolve("large");
        ReplyMails mails = sendSeed(home);
        Path pipe = home.resolve("replies.mbox");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        Thread writer = new Thread(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pipe), 1 << 16)) {
                mails.writeLargeMbox(out, count, 20, megabytes * 1024 * 1024);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "mbox-writer");
        writer.setDaemon(true);
        writer.start();
        collect(home, new Mailbox.Mbox(pipe), count, count + " mails with " + megabytes + " MB attached, -Xmx "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB", everyThousand());
        writer.join();
    }

    private static void prepare(Path dir, int count) throws IOException {
        ReplyMails mails = sendSeed(dir);
        mails.writeFolder(dir.resolve("mails"), count);
        System.out.printf("ledger and %d mails in %s; time: ./congvan collect --db %s --units %s --eml %s%n",
                count, dir, dir.resolve("congvan.db"), DIRECTORY.toAbsolutePath(), dir.resolve("mails"));
    }

    /** A fresh ledger in {@code home} with the seed imported and sent to every unit as the demo sends it. */
    private static ReplyMails sendSeed(Path home) throws IOException {
        Files.createDirectories(home);
        Workspace ws = workspace(home);
        try (CongvanService s = DemoRun.open(ws, SENDING)) {
            DispatchImporter.Outcome imported = s.importDispatch(new CongvanService.ImportRequest(SEED, DemoRun.DEFAULT_DUE));
            MailDistribution.Outcome sent = s.distribute(new CongvanService.DistributeRequest(
                    new DispatchRef(imported.tracked().numberSymbol(), imported.tracked().year(), null),
                    MailRoute.outbox(home.resolve("outbox")), null, List.of()));
            List<ReplyMails.Recipient> recipients = new ArrayList<>();
            sent.units().forEach(u -> recipients.add(new ReplyMails.Recipient(u.email(), u.messageId())));
            return new ReplyMails(CORPUS, recipients);
        }
    }

    private static Workspace workspace(Path home) {
        return Workspace.resolve(home.resolve("congvan.db").toString(), DIRECTORY);
    }

    /**
     * Prints, every 1,000 mails, the time and processor time so far, the most resident memory and the heap after a
     * GC: flat or growing.
     */
    private static Interaction everyThousand() {
        long start = System.nanoTime();
        long processStart = processCpu();
        return new Interaction() {
            @Override
            public void progress(String step, int done, int total) {
                if (done % 1000 == 0) {
                    System.gc();
                    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    System.out.printf("  %,d mails after %.0f s, processor %.0f s: VmHWM %s, VmRSS %s, heap after GC %d MB%n", done,
                            (System.nanoTime() - start) / 1e9, (processCpu() - processStart) / 1e9, status("VmHWM"),
                            status("VmRSS"), heap / (1024 * 1024));
                }
            }
        };
    }

    private static void collect(Path home, Mailbox box, int count, String label, Interaction progress) {
        long start = System.nanoTime();
        long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpu = processCpu();
        ReplyCollection.Outcome outcome;
        try (CongvanService s = workspace(home).open(COLLECTING, progress, Map.of())) {
            outcome = s.collect(List.of(box));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double threadSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu) / 1e9;
        double processSeconds = (processCpu() - processCpu) / 1e9;
        Map<ReplyCollection.Kind, Integer> kinds = new EnumMap<>(ReplyCollection.Kind.class);
        outcome.mails().forEach(m -> kinds.merge(m.kind(), 1, Integer::sum));
        int skipped = outcome.sources().stream().mapToInt(l -> l.skipped().size()).sum();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("%s: %d mails (%d read, %d skipped) in %.2f s = %.0f mails/s; %d new events; %s%n",
                label, count, outcome.mails().size(), skipped, seconds, count / seconds, outcome.newEvents(), kinds);
        // On a shared machine the wall time says more about the others; the processor time is this run's own.
        System.out.printf("  processor: %.2f s on the collecting thread (%.0f mails per second of it), %.2f s the whole process%n",
                threadSeconds, count / threadSeconds, processSeconds);
        System.out.printf("  memory: max resident (VmHWM) %s, resident now %s, heap after GC %d MB%n",
                status("VmHWM"), status("VmRSS"), heapAfterGc / (1024 * 1024));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A line of /proc/self/status ("VmHWM", the most resident memory the process has had). */
    private static String status(String key) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith(key + ":")).map(l -> l.substring(key.length() + 1).strip())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
