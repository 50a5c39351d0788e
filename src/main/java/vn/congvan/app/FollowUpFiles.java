package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.render.XlsxRegisterWriter;
import vn.congvan.tracking.Ledger;

/**
 * Use case "report": from the live ledger, the BÁO CÁO, the reminder to late or silent units (when
 * there are any) and the tracking register, in the formats asked.
 */
public final class FollowUpFiles {
    private final ReportBuilder builder;

    FollowUpFiles(Path templatesFolder, UnitDirectory directory) {
        this.builder = new ReportBuilder(templatesFolder, directory);
    }

    /** The files written, and how many units were late or silent (a reminder was written when any were). */
    public record Written(TrackedDispatch dispatch, List<Path> files, int lateUnits) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * @param asOf        the day the figures hold for
     * @param issuedOn    the date printed on the documents
     * @param newDeadline the deadline the reminder sets
     */
    Written write(Ledger ledger, TrackedDispatch dispatch, Set<OutputFormat> formats, Path outDir, LocalDate asOf,
                  LocalDate issuedOn, String signerName, LocalDate newDeadline) {
        ReportBuilder.Facts facts = ReportBuilder.Facts.of(ledger, dispatch, asOf, issuedOn);
        String base = dispatch.numberSymbol().replaceAll("[^\\p{L}\\p{N}]+", "-")
                + (dispatch.year() == null ? "" : "-" + dispatch.year());
        Set<OutputFormat> documents = EnumSet.copyOf(formats);
        documents.remove(OutputFormat.XLSX);
        List<Path> files = new ArrayList<>();
        DocumentFiles.createFolder(outDir);
        if (!documents.isEmpty()) {
            files.addAll(DocumentFiles.write(builder.report(facts, signerName), "bao-cao-" + base, documents, outDir));
        }
        int late = ReportBuilder.lateOrSilent(facts.status()).size();
        if (!documents.isEmpty() && late > 0) {
            files.addAll(DocumentFiles.write(builder.reminder(facts, signerName, newDeadline), "don-doc-" + base, documents, outDir));
        }
        if (formats.contains(OutputFormat.XLSX)) {
            Path xlsx = outDir.resolve("so-theo-doi-" + base + ".xlsx");
            new XlsxRegisterWriter().write(builder.register(facts), xlsx);
            files.add(xlsx);
        }
        return new Written(dispatch, files, late);
    }
}
