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

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * The sample walk-through: the seed dispatch imported into a fresh ledger, a few answers from
 * units recorded, and the status a secretariat would see some days later.
 */
public final class DemoRun {
    private static final Messages MSG = Messages.of(DemoRun.class);
    /** The seed was issued on 21/8/2019; the demo looks at it as of early September 2019. */
    public static final LocalDate AS_OF = LocalDate.of(2019, 9, 5);
    /** Deadline for the items of the seed that name none. */
    public static final LocalDate DEFAULT_DUE = LocalDate.of(2019, 9, 15);

    /** Where everything went and what the ledger says now. */
    public record Result(Path home, Path ledgerFile, Path directoryFolder, Path dispatchFile, TaskSet taskSet,
                         TrackedDispatch dispatch, DispatchStatus status, List<Path> documents) {
    }

    private DemoRun() {
    }

    /** Runs the demo in {@code home} (created when missing; must not hold a ledger yet). */
    public static Result run(Path home) {
        Path samples = Workspace.samplesFolder()
                .orElseThrow(() -> new InputException(MSG.get("demo.noSamples")));
        Path seed = samples.resolve("000_7ae9f029b9ddbc9d.txt");
        Path directoryFolder = samples.resolve("directory");
        Path ledgerFile = home.resolve("congvan.db");
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(ledgerFile)) {
            throw new InputException(MSG.get("demo.notFresh", ledgerFile));
        }
        UnitDirectory directory = UnitDirectory.load(directoryFolder);
        // Clerk's entries are dated a few days after the dispatch, as they would have been.
        Clock clock = Clock.fixed(ZonedDateTime.of(2019, 8, 26, 9, 0, 0, 0, Workspace.VIETNAM).toInstant(), Workspace.VIETNAM);
        try (Ledger ledger = Ledger.open(ledgerFile.toString())) {
            var outcome = new DispatchImporter(ledger, directory, clock).importFile(seed, DEFAULT_DUE);
            String id = outcome.dispatch().id();
            ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
            List<String> units = outcome.taskSet().units().stream().map(u -> u.code()).toList();
            // A few realistic answers: three wards confirm; one has done item 1 and is working on 2, one has done all.
            clerk.acknowledge(id, units.get(0), MSG.get("demo.note.phone"));
            clerk.acknowledge(id, units.get(1), null);
            clerk.mark(id, units.get(1), "1", ComplianceStatus.DONE, MSG.get("demo.note.done"));
            clerk.mark(id, units.get(1), "2", ComplianceStatus.IN_PROGRESS, null);
            clerk.acknowledge(id, units.get(2), null);
            for (String req : List.of("1", "2", "3")) {
                clerk.mark(id, units.get(2), req, ComplianceStatus.DONE, null);
            }
            TrackedDispatch tracked = DispatchLookup.find(ledger, id);

            // The documents that follow: the seed in the official format, the report, the reminder, the register.
            Path out = home.resolve("van-ban");
            List<Path> documents = new ArrayList<>(DocumentFiles.rerender(seed, EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out));
            Path templates = Workspace.resolve(ledgerFile.toString(), directoryFolder).templatesFolder();
            var request = new FollowUpFiles.Request(id, EnumSet.allOf(OutputFormat.class), out, AS_OF, AS_OF, null, AS_OF.plusDays(7));
            documents.addAll(new FollowUpFiles(templates, directory).write(ledger, request).files());
            return new Result(home, ledgerFile, directoryFolder, seed, outcome.taskSet(), tracked, ledger.status(id, AS_OF), documents);
        }
    }
}
