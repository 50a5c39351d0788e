package vn.congvan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.congvan.mail.MessageIds;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.DocumentKind;
import vn.congvan.model.InputException;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.sign.DemoCertificate;
import vn.congvan.text.Messages;

/**
 * The sample walk-through, through the service as a clerk would use it: the seed dispatch imported into
 * a fresh ledger and sent to every unit (into the outbox folder), the sample replies collected, one
 * answer a clerk took by phone, and the status and documents a secretariat would see some days later.
 */
public final class DemoRun {
    private static final Messages MSG = Messages.of(DemoRun.class);
    /** The seed was issued on 21/8/2019; the demo looks at it as of early September 2019. */
    public static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    /** Deadline for the items of the seed that name none. */
    public static final LocalDate DEFAULT_DUE = LocalDate.of(2019, 9, 15);
    /** 22/08/2019 08:00 in Vietnam: when the demo sends the seed. */
    public static final ZonedDateTime SENT_AT = ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM);
    /** Seeds the demo's Message-IDs; samples/replies quote the ids it gives (see their README). */
    static final long MESSAGE_ID_SEED = 20190822L;
    /** The unit that answered by phone, not by mail. */
    static final String PHONED = "P-PHUTRINH";
    /** The leader who signs the demo's BÁO CÁO (one of the sample office's leaders). */
    static final String DEMO_LEADER = "Trần Thị Bình";
    /** The demo certificate, made in the demo folder on every run. */
    static final String DEMO_CERTIFICATE = "chung-thu-demo.p12";

    /** Where everything went and what the ledger says now. */
    public record Result(Path home, Path ledgerFile, Path directoryFolder, Path dispatchFile, TaskSet taskSet,
                         TrackedDispatch dispatch, DispatchStatus status, List<Path> documents,
                         MailDistribution.Outcome distribution, Path repliesFolder, ReplyCollection.Outcome collection,
                         DocumentWorkflow.Signed signedReport, Path demoCertificate) {
        public Path outbox() {
            return distribution.outbox();
        }
    }

    private DemoRun() {
    }

    /** Runs the demo in {@code home} (created when missing; must not hold a ledger yet). */
    public static Result run(Path home) {
        Path samples = Workspace.samplesFolder()
                .orElseThrow(() -> new InputException(MSG.get("demo.noSamples")));
        Path seed = samples.resolve("000_7ae9f029b9ddbc9d.txt");
        Path directoryFolder = samples.resolve("directory");
        Path replies = samples.resolve("replies");
        Path ledgerFile = home.resolve("congvan.db");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(ledgerFile)) {
            throw new InputException(MSG.get("demo.notFresh", ledgerFile));
        }
        Workspace ws = Workspace.resolve(ledgerFile.toString(), directoryFolder);
        // Each step on the day it would have happened: sent on 22/8, the phone call on 26/8, replies read on 28/8.
        Clock sending = Clock.fixed(SENT_AT.toInstant(), Workspace.VIETNAM);
        Clock clerkDay = Clock.fixed(ZonedDateTime.of(2019, 8, 26, 9, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        Clock collectDay = Clock.fixed(ZonedDateTime.of(2019, 8, 28, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        DispatchImporter.Outcome imported;
        MailDistribution.Outcome sent;
        // A seeded source: the demo's Message-IDs are the same on every run, so the sample replies quote them.
        try (CongvanService s = ws.open(sending, Interaction.NONE, Map.of(), messageIds())) {
            imported = s.importDispatch(new CongvanService.ImportRequest(seed, DEFAULT_DUE));
            sent = s.distribute(new CongvanService.DistributeRequest(ref(imported), MailRoute.outbox(null), null, List.of()));
        }
        ReplyCollection.Outcome collected;
        try (CongvanService s = ws.open(collectDay, Interaction.NONE, Map.of())) {
            collected = s.collect(List.of(new Mailbox.Eml(replies)));
        }
        try (CongvanService s = ws.open(clerkDay, Interaction.NONE, Map.of())) {
            // The replies speak for Đức Thắng, Phú Thủy and Phú Tài; Phú Trinh called the office instead.
            DispatchRef id = ref(imported);
            s.acknowledge(new CongvanService.AckRequest(id, PHONED, MSG.get("demo.note.phone")));
            s.mark(new CongvanService.MarkRequest(id, PHONED, "1", "done", MSG.get("demo.note.done")));
            s.mark(new CongvanService.MarkRequest(id, PHONED, "2", "progress", MSG.get("demo.note.phone")));

            // The documents that follow: the seed in the official format, the report, the reminder, the register.
            Path out = home.resolve("van-ban");
            List<Path> documents = new ArrayList<>(s.render(seed, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out));
            FollowUpFiles.Written written = s.report(new CongvanService.ReportRequest(id, EnumSet.allOf(OutputFormat.class), out,
                    AS_OF, null, AS_OF.plusDays(CongvanService.REMINDER_DAYS)));
            documents.addAll(written.files());
            CongvanService.StatusView status = s.status(new CongvanService.StatusRequest(id, AS_OF));
            DemoSigning signing = issueReport(home, ws, written);
            documents.addAll(signing.signed().files());
            return new Result(home, ledgerFile, directoryFolder, seed, imported.taskSet(), status.dispatch(), status.status(),
                    documents, sent, replies, collected, signing.signed(), signing.certificate());
        }
    }

    private record DemoSigning(DocumentWorkflow.Signed signed, Path certificate) {
    }

    /**
     * The leader's part, on the report's day: the BÁO CÁO is submitted, signed with a demo certificate made
     * here and labelled in its own name as having no legal value, and issued. The certificate's password
     * lives only in memory, for this run.
     */
    private static DemoSigning issueReport(Path home, Workspace ws, FollowUpFiles.Written written) {
        Clock signingDay = Clock.fixed(ZonedDateTime.of(2019, 9, 6, 9, 30, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        byte[] secret = new byte[12];
        new java.security.SecureRandom().nextBytes(secret);
        String password = java.util.HexFormat.of().formatHex(secret);
        Path p12 = home.resolve(DEMO_CERTIFICATE);
        DemoCertificate.create(p12, password.toCharArray(), DEMO_LEADER, signingDay.instant());
        OutgoingDocument report = written.drafts().stream().filter(d -> d.kind() == DocumentKind.REPORT).findFirst().orElseThrow();
        try (CongvanService s = ws.open(signingDay, Interaction.NONE, Map.of(PdfSigning.PASSWORD_VARIABLE, password))) {
            s.submit(report.id(), DEMO_LEADER, null);
            DocumentWorkflow.Signed signed = s.sign(report.id(), null, new PdfSigning.Request(p12, false, null));
            s.issue(report.id(), null);
            return new DemoSigning(signed, p12);
        }
    }

    /** The demo's Message-ID source: seeded, so that sending the seed to every unit gives the ids the samples quote. */
    static MessageIds messageIds() {
        return new MessageIds(new Random(MESSAGE_ID_SEED));
    }

    /**
     * The service as the demo sends with: Message-IDs from the demo's seed, never for real mail (they
     * are predictable). For tests that send the seed and then collect the sample replies.
     */
    public static CongvanService open(Workspace ws, Clock clock) {
        return ws.open(clock, Interaction.NONE, Map.of(), messageIds());
    }

    private static DispatchRef ref(DispatchImporter.Outcome imported) {
        TrackedDispatch d = imported.tracked();
        return new DispatchRef(d.numberSymbol(), d.year(), null);
    }
}
