package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.congvan.model.DocumentKind;
import vn.congvan.model.DueMoment;
import vn.congvan.model.InputException;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.render.XlsxRegisterWriter;
import vn.congvan.text.Messages;
import vn.congvan.tracking.Ledger;

/**
 * Use case "report": from the live ledger, the BÁO CÁO, the reminder to late or silent units (when
 * there are any) and the tracking register, in the formats asked.
 */
public final class FollowUpFiles {
    private static final Messages MSG = Messages.of(FollowUpFiles.class);
    private final ReportBuilder builder;
    /** The letters of the last {@link #write}, for the ledger to record as drafts. */
    private final List<DraftFiles> drafts = new ArrayList<>();

    FollowUpFiles(Path templatesFolder, UnitDirectory directory) {
        this.builder = new ReportBuilder(templatesFolder, directory);
    }

    /** Files from the directory and the templates {@code prepared} reads on its own thread. */
    FollowUpFiles(ReportPreparation prepared) {
        this.builder = new ReportBuilder(prepared);
    }

    /**
     * The files written, how many units were late or silent (a reminder was written when any were), and
     * the drafts among them as the ledger numbers them for signing (empty until recorded).
     */
    public record Written(TrackedDispatch dispatch, List<Path> files, int lateUnits, List<OutgoingDocument> drafts) {
        public Written {
            files = List.copyOf(files);
            drafts = List.copyOf(drafts);
        }

        public Written(TrackedDispatch dispatch, List<Path> files, int lateUnits) {
            this(dispatch, files, lateUnits, List.of());
        }
    }

    /** A letter written as a draft: what it says, its files, and for a reminder the units it names and its deadline. */
    record DraftFiles(DocumentKind kind, OfficialDocument document, List<Path> files, List<String> unitCodes,
                      LocalDate newDeadline) {
    }

    /** The files with ordinary PDFs. */
    Written write(Ledger ledger, TrackedDispatch dispatch, Set<OutputFormat> formats, Path outDir, LocalDate asOf,
                  LocalDate issuedOn, String signerName, LocalDate newDeadline) {
        return write(ledger, dispatch, formats, outDir, DueMoment.endOf(asOf), issuedOn, signerName, newDeadline, false);
    }

    /**
     * @param asOf        the moment on Vietnam's clock the figures hold for (a deadline at 16:30 has passed at 16:31)
     * @param issuedOn    the date printed on the documents
     * @param newDeadline the deadline the reminder sets
     * @param pdfa        whether the PDFs are the archive's copies, PDF/A-2b
     */
    Written write(Ledger ledger, TrackedDispatch dispatch, Set<OutputFormat> formats, Path outDir, LocalDateTime asOf,
                  LocalDate issuedOn, String signerName, LocalDate newDeadline, boolean pdfa) {
        ReportBuilder.Facts facts = ReportBuilder.Facts.of(ledger, dispatch, asOf, issuedOn);
        if (facts.status().units().isEmpty()) {
            // A report on no unit would tell the leader, over a signature, that "every unit acknowledged receipt".
            throw new InputException(MSG.get("report.noUnits", dispatch.numberSymbol()));
        }
        String base = dispatch.numberSymbol().replaceAll("[^\\p{L}\\p{N}]+", "-")
                + (dispatch.year() == null ? "" : "-" + dispatch.year());
        Set<OutputFormat> documents = EnumSet.copyOf(formats);
        documents.remove(OutputFormat.XLSX);
        List<Path> files = new ArrayList<>();
        drafts.clear();
        DocumentFiles.createFolder(outDir);
        if (!documents.isEmpty()) {
            OfficialDocument report = builder.report(facts, signerName);
            List<Path> written = DocumentFiles.write(report, "bao-cao-" + base, documents, outDir, pdfa);
            files.addAll(written);
            drafts.add(new DraftFiles(DocumentKind.REPORT, report, written, List.of(), null));
        }
        List<vn.congvan.model.UnitStatus> lateUnits = ReportBuilder.lateOrSilent(facts.status());
        int late = lateUnits.size();
        if (!documents.isEmpty() && late > 0) {
            OfficialDocument reminder = builder.reminder(facts, signerName, newDeadline);
            List<Path> written = DocumentFiles.write(reminder, "don-doc-" + base, documents, outDir, pdfa);
            files.addAll(written);
            drafts.add(new DraftFiles(DocumentKind.REMINDER, reminder, written,
                    lateUnits.stream().map(vn.congvan.model.UnitStatus::unitCode).toList(), newDeadline));
        }
        if (formats.contains(OutputFormat.XLSX)) {
            Path xlsx = outDir.resolve("so-theo-doi-" + base + ".xlsx");
            new XlsxRegisterWriter().write(builder.register(facts), xlsx);
            files.add(xlsx);
        }
        return new Written(dispatch, files, late);
    }

    /** The letters the last {@link #write} wrote as drafts. */
    List<DraftFiles> drafts() {
        return List.copyOf(drafts);
    }
}
