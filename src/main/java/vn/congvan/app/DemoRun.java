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

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * The sample walk-through: the seed dispatch imported into a fresh ledger and sent to every unit
 * (into the outbox folder), the sample replies collected, one answer a clerk took by phone, and the
 * status and documents a secretariat would see some days later.
 */
public final class DemoRun {
    private static final Messages MSG = Messages.of(DemoRun.class);
    /** The seed was issued on 21/8/2019; the demo looks at it as of early September 2019. */
    public static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    /** Deadline for the items of the seed that name none. */
    public static final LocalDate DEFAULT_DUE = LocalDate.of(2019, 9, 15);
    /** 22/08/2019 08:00 in Vietnam: the Message-IDs the sample replies answer were made at this instant. */
    public static final ZonedDateTime SENT_AT = ZonedDateTime.of(2019, 8, 22, 8, 0, 0, 0, Workspace.VIETNAM);
    /** The unit that answered by phone, not by mail. */
    static final String PHONED = "P-PHUTRINH";

    /** Where everything went and what the ledger says now. */
    public record Result(Path home, Path ledgerFile, Path directoryFolder, Path dispatchFile, TaskSet taskSet,
                         TrackedDispatch dispatch, DispatchStatus status, List<Path> documents,
                         MailDistribution.Outcome distribution, Path repliesFolder, ReplyCollection.Outcome collection) {
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
        UnitDirectory directory = ws.loadDirectory();
        OfficeProfile office = ws.loadOffice();
        Clock sending = Clock.fixed(SENT_AT.toInstant(), Workspace.VIETNAM);
        // The clerk's phone note and the collection happen a few days later, as they would have.
        Clock clerkDay = Clock.fixed(ZonedDateTime.of(2019, 8, 26, 9, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        Clock collectDay = Clock.fixed(ZonedDateTime.of(2019, 8, 28, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        try (Ledger ledger = ws.openLedger()) {
            var outcome = new DispatchImporter(ledger, directory, sending).importFile(seed, DEFAULT_DUE);
            String id = outcome.dispatch().id();
            MailDistribution.Outcome sent = new MailDistribution(ledger, directory, office, sending)
                    .distribute(id, List.of(), new OutboxTransport(ws.outboxFolder()));
            ReplyCollection.Outcome collected = new ReplyCollection(ledger, directory, office, collectDay)
                    .collect(List.of(new ReplyCollection.Source(replies.toString(), new EmlSource(replies))));
            // The replies speak for Đức Thắng, Phú Thủy and Phú Tài; Phú Trinh called the office instead.
            ClerkEntries clerk = new ClerkEntries(ledger, directory, clerkDay);
            clerk.acknowledge(id, PHONED, MSG.get("demo.note.phone"));
            clerk.mark(id, PHONED, "1", ComplianceStatus.DONE, MSG.get("demo.note.done"));
            clerk.mark(id, PHONED, "2", ComplianceStatus.IN_PROGRESS, MSG.get("demo.note.phone"));
            TrackedDispatch tracked = DispatchLookup.find(ledger, id);

            // The documents that follow: the seed in the official format, the report, the reminder, the register.
            Path out = home.resolve("van-ban");
            List<Path> documents = new ArrayList<>(DocumentFiles.rerender(seed, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out));
            var request = new FollowUpFiles.Request(id, EnumSet.allOf(OutputFormat.class), out, AS_OF, AS_OF, null, AS_OF.plusDays(7));
            documents.addAll(new FollowUpFiles(ws.templatesFolder(), directory).write(ledger, request).files());
            return new Result(home, ledgerFile, directoryFolder, seed, outcome.taskSet(), tracked, ledger.status(id, AS_OF),
                    documents, sent, replies, collected);
        }
    }
}
