package vn.congvan.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.congvan.directory.OfficeProfile;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.ingest.ScanFound;
import vn.congvan.ingest.ScanReader;
import vn.congvan.ingest.Tesseract;
import vn.congvan.model.Dispatch;
import vn.congvan.model.InputException;
import vn.congvan.model.TaskSet;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.render.MarkdownWriter;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.tracking.ImportResult;
import vn.congvan.tracking.Ledger;
import vn.congvan.tracking.ReviewQueue;

/**
 * Scans and photos of a dispatch, read through OCR: {@code parse} shows what OCR read; {@code import}
 * does not make the task set but puts the reading in the review queue (kind SCAN) with the file, and the
 * clerk's {@code review accept} makes it from the stored reading, as an import of that text would (the
 * file kept as the original). What OCR read is never tracked before a person has looked at it.
 */
final class ScanImport {
    private static final Messages MSG = Messages.of(ScanImport.class);
    /** The environment variable naming the Tesseract program. */
    static final String TESSERACT = "CONGVAN_TESSERACT";

    private final Tesseract tesseract;

    ScanImport(Map<String, String> environment) {
        this.tesseract = Tesseract.of(environment.get(TESSERACT));
    }

    /** The dispatch in {@code file}: by its text, else (a scan or photo) by OCR. */
    DispatchReading read(Path file) {
        try {
            return new DispatchReading(new DispatchReader().read(file), false);
        } catch (ScanFound scan) {
            return new DispatchReading(ocr(file, bytes(file)), true);
        }
    }

    /** OCR of a file already known to be a scan. */
    Dispatch ocr(Path file, byte[] content) {
        return new ScanReader(tesseract).read(file, content);
    }

    /**
     * Reads a scan by OCR and queues the reading for the clerk (once per file: the same file again finds
     * its entry).
     *
     * @param ledgerOpened opens (or creates) the ledger, once the file is read
     * @param defaultDue kept with the entry for the task set made on acceptance; may be null
     * @return the entry's number and whether it is new
     */
    ReviewQueue.Added queue(Supplier<Ledger> ledgerOpened, Path file, LocalDate defaultDue) {
        byte[] content = bytes(file);
        Dispatch dispatch = ocr(file, content);
        String name = Untrusted.fileName(file.getFileName().toString());
        String reading = new MarkdownWriter().write(dispatch.document());
        Instant due = defaultDue == null ? null : defaultDue.atStartOfDay(Workspace.VIETNAM).toInstant();
        // Opened only now: a file OCR cannot read creates no ledger.
        return ledgerOpened.get().review().add(new ReviewQueue.NewEntry(ReviewQueue.Kind.SCAN, null, null, false, due,
                "scan:sha256:" + sha256(content), null, name, null, null, List.of(MSG.get("scan.reason")),
                MSG.get("scan.evidence", name), null, reading, Map.of(), content), content.length);
    }

    /** The dispatch as the entry's stored reading gives it (what the clerk is shown and accepts). */
    static Dispatch stored(ReviewQueue.Entry e, String reading) {
        return new DispatchReader().read(readingName(e), reading.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The clerk accepts a scan's reading: the task set is made from the stored reading and the entry is
     * closed with the decision. Import first, then the decision: if the decision cannot be written the
     * entry stays open and accepting again finds the task set already made.
     */
    static TrackedDispatch accept(Ledger ledger, ReviewDesk desk, UnitDirectory directory, OfficeProfile office,
                                  Clock clock, long id) {
        ReviewQueue.Entry e = desk.open(id);
        String reading = ledger.review().mailText(id).orElse("");
        Dispatch dispatch = stored(e, reading);
        LocalDate due = e.at() == null ? null : e.at().atZone(Workspace.VIETNAM).toLocalDate();
        TaskSet taskSet = new TaskPlanner(directory, office).plan(dispatch, due);
        byte[] original = ledger.review().raw(id).orElse(reading.getBytes(StandardCharsets.UTF_8));
        String name = e.subject() == null ? MSG.get("scan.unnamed", id) : e.subject();
        ImportResult result = ledger.imports().importTaskSet(taskSet, name, reading, original, clock.instant());
        ledger.review().decide(id, new ReviewQueue.DecisionRecord(ReviewQueue.Decision.ACCEPTED, clock.instant(),
                ReviewDesk.clerk(), null, Map.of(), result.dispatchKey(), null, null), List.of());
        return ledger.queries().dispatch(result.dispatchKey()).orElseThrow();
    }

    /** The stored reading is Markdown text (see {@link MarkdownWriter}): named so that it is read as such. */
    private static String readingName(ReviewQueue.Entry e) {
        return (e.subject() == null ? "scan" : e.subject()) + ".md";
    }

    private static byte[] bytes(Path file) {
        byte[] content = SourceFile.bytesIfReadable(file);
        if (content == null) {
            throw new InputException(MSG.get("scan.unreadable", Untrusted.line(file.toString())));
        }
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
