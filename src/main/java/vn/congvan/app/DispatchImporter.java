package vn.congvan.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.function.Supplier;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.ingest.ReportBack;
import vn.congvan.model.Dispatch;
import vn.congvan.model.ReceivedSignatures;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.text.Untrusted;
import vn.congvan.tracking.ImportResult;
import vn.congvan.tracking.Ledger;

/** Use case "import": read a dispatch, plan its task set, store both in the ledger with what was decided. */
public final class DispatchImporter {
    private final Supplier<Ledger> ledger;
    private final TaskPlanner planner;
    private final Clock clock;
    private final SignatureReader signatures;

    /**
     * How the signatures an original arrived with are checked; never throws (a bad signature is a check
     * with its problems).
     */
    @FunctionalInterface
    interface SignatureReader {
        List<SignatureCheck> read(String name, byte[] content);

        SignatureReader NONE = (name, content) -> List.of();
    }

    DispatchImporter(Ledger ledger, UnitDirectory directory, OfficeProfile office, Clock clock) {
        this(() -> ledger, directory, office, clock, SignatureReader.NONE);
    }

    /**
     * @param ledger     opened only once the file is read and planned: a bad file creates no ledger
     * @param signatures checks a signed PDF's signatures, kept with the dispatch
     */
    DispatchImporter(Supplier<Ledger> ledger, UnitDirectory directory, OfficeProfile office, Clock clock,
                     SignatureReader signatures) {
        this.ledger = ledger;
        this.planner = new TaskPlanner(directory, office);
        this.clock = clock;
        this.signatures = signatures;
    }

    /**
     * What an import did: the dispatch as the ledger now holds it, the task set read now, whether the ledger
     * gained it now or had it already, the mail it came in (null for a file), the signatures it arrived
     * with, as the ledger keeps them, and how many units and assignments the ledger holds for it. For a dispatch
     * the ledger had already, those are of its first import: the task set read now may differ (a directory changed
     * since), and is not applied.
     */
    public record Outcome(TrackedDispatch tracked, TaskSet taskSet, boolean created, MailedDispatch fromMail,
                          ReceivedSignatures signatures, int units, int assignments) {

        public Dispatch dispatch() {
            return taskSet.dispatch();
        }
    }

    /**
     * @param defaultDue deadline for requirements that give none; null leaves them without one
     */
    Outcome importFile(Path file, LocalDate defaultDue) {
        if (MailedDispatch.isMail(file)) {
            return importMail(file, defaultDue);
        }
        // One read of the file: what is parsed is exactly what the ledger keeps. A file that cannot be
        // read goes to the reader, whose message names what is wrong with it.
        byte[] original = SourceFile.bytesIfReadable(file);
        Dispatch dispatch = original == null ? new DispatchReader().read(file)
                : new DispatchReader().read(file.toString(), original);
        // The name goes into the ledger, onto the terminal and into mail headers: no control characters.
        String name = Untrusted.fileName(file.getFileName().toString());
        // A unit's BÁO CÁO on a dispatch it received is that unit's response, not a new task set.
        Optional<ReportBack> report = ReportBack.of(dispatch.document());
        if (report.isPresent() && original != null) {
            throw new ReportBackFound(report.get(), name, original);
        }
        return store(dispatch, name, SourceFile.textOf(file, original, dispatch.document()), original, name,
                defaultDue, null);
    }

    /** A dispatch that came by mail: its attachment is the original, the mail's sender and date the evidence. */
    private Outcome importMail(Path eml, LocalDate defaultDue) {
        MailedDispatch mailed = MailedDispatch.read(eml);
        String text = SourceFile.textOf(Path.of(mailed.attachment()), mailed.content(), mailed.dispatch().document());
        return store(mailed.dispatch(), mailed.attachment(), text, mailed.content(), mailed.evidence(), defaultDue, mailed);
    }

    private Outcome store(Dispatch dispatch, String name, String text, byte[] original, String evidence,
                          LocalDate defaultDue, MailedDispatch fromMail) {
        TaskSet taskSet = planner.plan(dispatch, defaultDue);
        // Every format keeps its original, text too: what goes out is then what came in, byte for byte.
        Ledger ledger = this.ledger.get();
        // Checked before the transaction, so that the dispatch and what its signatures showed enter together.
        List<SignatureCheck> checks = original == null ? List.of() : signatures.read(name, original);
        ImportResult result = ledger.imports().importTaskSet(taskSet, name, text, original, clock.instant(), evidence, checks);
        TrackedDispatch tracked = ledger.queries().dispatch(result.dispatchKey()).orElseThrow();
        return new Outcome(tracked, taskSet, result.created(), fromMail, ledger.receivedSignatures().of(result.dispatchKey()),
                result.units(), result.assignments());
    }
}
