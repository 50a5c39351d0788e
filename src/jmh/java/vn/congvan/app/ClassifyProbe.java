package vn.congvan.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
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

import vn.congvan.mail.Classification;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.KnownDispatches;
import vn.congvan.mail.ReplyClassifier;

/**
 * A measured run, not a test: the reading rules alone ({@link ReplyClassifier#classify} and, for a reply with an
 * attached report, {@link ReplyClassifier#withReports} with the report's text read once beforehand), on one
 * thread, over the mails of a folder made by {@code CollectRun prepare COUNT DIR}, parsed once. Each round prints
 * the thread's processor time per mail and a SHA-256 over every classification, so that two builds can be
 * compared for speed and for sameness. Run it as collect runs (C1 only) to see collect's figure:
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp "target/classes:target/lib/*" vn.congvan.app.ClassifyProbe DIR [ROUNDS] [MAILS]
 * </pre>
 * Run from the project root (the unit directory is read from {@code samples/directory}).
 */
public final class ClassifyProbe {
    private static final Clock COLLECTING = Clock.fixed(ZonedDateTime.of(2019, 9, 5, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(),
            Workspace.VIETNAM);

    private ClassifyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        Workspace ws = Workspace.resolve(dir.resolve("congvan.db").toString(), Path.of("samples", "directory"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (CongvanService s = ws.open(COLLECTING, Interaction.NONE, Map.of())) {
            ReplyCollection collection = new ReplyCollection((vn.congvan.tracking.Ledger) call(s, "ledger"),
                    (vn.congvan.directory.UnitDirectory) call(s, "directory"), (vn.congvan.directory.OfficeProfile) call(s, "office"), COLLECTING);
            KnownDispatches known = (KnownDispatches) call(collection, "known");
            Field f = ReplyCollection.class.getDeclaredField("classifier");
            f.setAccessible(true);
            ReplyClassifier classifier = (ReplyClassifier) f.get(collection);
            Method texts = ReplyCollection.class.getDeclaredMethod("attachmentTexts", IncomingMail.class, List.class);
            texts.setAccessible(true);
            Method report = ReplyCollection.class.getDeclaredMethod("report", vn.congvan.mail.Attachment.class);
            report.setAccessible(true);
            List<IncomingMail> all = new ArrayList<>();
            new EmlSource(dir.resolve("mails")).read(all::add);
            List<IncomingMail> mails = all.subList(0, Math.min(limit, all.size()));
            // The reports' texts are read once: opening a .docx is not the reading rules' work.
            List<List<String>> reports = new ArrayList<>();
            for (IncomingMail m : mails) {
                boolean hasReport = false;
                for (vn.congvan.mail.Attachment a : m.attachments()) {
                    hasReport |= (Boolean) report.invoke(null, a);
                }
                @SuppressWarnings("unchecked")
                List<String> t = hasReport ? (List<String>) texts.invoke(collection, m, new ArrayList<String>()) : null;
                reports.add(t);
            }
            for (int r = 1; r <= rounds; r++) {
                List<Classification> results = new ArrayList<>(mails.size() * 2);
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < mails.size(); i++) {
                    IncomingMail m = mails.get(i);
                    Classification c = classifier.classify(m, known);
                    results.add(c);
                    if (c instanceof Classification.Reply reply && reports.get(i) != null) {
                        results.add(classifier.withReports(reply, m, known, reports.get(i)));
                    }
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                MessageDigest readings = MessageDigest.getInstance("SHA-256");
                for (Classification c : results) {
                    readings.update(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
                System.out.printf("round %d: %d mails; classify per mail %.4f ms of its thread; readings %s%n", r, mails.size(),
                        (t1 - t0) / 1e6 / mails.size(), HexFormat.of().formatHex(readings.digest()).substring(0, 16));
            }
        }
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getDeclaredMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
