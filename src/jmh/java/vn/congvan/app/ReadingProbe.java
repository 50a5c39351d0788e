package vn.congvan.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import vn.congvan.mail.EmlSource;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.ParseProbe;

/**
 * A measured run, not a test: the reading half of {@code collect} alone, on one thread, without the ledger's
 * writing. Each round parses every .eml of a folder made by {@code CollectRun prepare COUNT DIR} and reads
 * each mail as the collection's pool does (classification, attached reports), and prints the thread's
 * processor time per mail for each half and a SHA-256 over every parsed mail and every reading, so that two
 * builds can be compared for speed and for sameness of what they read.
 * <pre>
 * java -cp "target/classes:target/lib/*" vn.congvan.app.ReadingProbe DIR [ROUNDS]
 * </pre>
 * Run from the project root (the unit directory is read from {@code samples/directory}).
 */
public final class ReadingProbe {
    private static final Clock COLLECTING = Clock.fixed(ZonedDateTime.of(2019, 9, 5, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(),
            Workspace.VIETNAM);

    private ReadingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Workspace ws = Workspace.resolve(dir.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (CongvanService s = ws.open(COLLECTING, Interaction.NONE, Map.of())) {
            ReplyCollection collection = new ReplyCollection((vn.congvan.tracking.Ledger) call(s, "ledger"),
                    (vn.congvan.directory.UnitDirectory) call(s, "directory"), (vn.congvan.directory.OfficeProfile) call(s, "office"), COLLECTING);
            Object known = call(collection, "known");
            Method read = null;
            for (Method m : ReplyCollection.class.getDeclaredMethods()) {
                if (m.getName().equals("read") && m.getParameterCount() == 2) {
                    read = m;
                }
            }
            read.setAccessible(true);
            for (int r = 1; r <= rounds; r++) {
                List<IncomingMail> mails = new ArrayList<>();
                long p0 = processCpu();
                long t0 = cpu.getCurrentThreadCpuTime();
                new EmlSource(dir.resolve("mails")).read(mails::add);
                long t1 = cpu.getCurrentThreadCpuTime();
                MessageDigest parsed = MessageDigest.getInstance("SHA-256");
                MessageDigest readings = MessageDigest.getInstance("SHA-256");
                List<Object> results = new ArrayList<>(mails.size());
                long t2 = cpu.getCurrentThreadCpuTime();
                for (IncomingMail m : mails) {
                    results.add(read.invoke(collection, m, known));
                }
                long t3 = cpu.getCurrentThreadCpuTime();
                long p3 = processCpu();
                for (IncomingMail m : mails) {
                    parsed.update(ParseProbe.describe(m).getBytes(StandardCharsets.UTF_8));
                }
                for (Object o : results) {
                    readings.update(String.valueOf(o).getBytes(StandardCharsets.UTF_8));
                }
                int n = mails.size();
                System.out.printf("round %d: %d mails; processor per mail: parse %.3f ms, read %.3f ms, both %.3f ms"
                                + " (the whole process %.3f ms); parsed %s, readings %s%n", r, n, (t1 - t0) / 1e6 / n,
                        (t3 - t2) / 1e6 / n, (t1 - t0 + t3 - t2) / 1e6 / n, (p3 - p0) / 1e6 / n, HexFormat.of().formatHex(parsed.digest()).substring(0, 16),
                        HexFormat.of().formatHex(readings.digest()).substring(0, 16));
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getDeclaredMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
