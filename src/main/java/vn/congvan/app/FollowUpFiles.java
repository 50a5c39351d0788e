package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.render.XlsxRegisterWriter;
import vn.congvan.tracking.Ledger;

/**
 * Use case "report": from the live ledger, the BÁO CÁO, the reminder to late or silent units (when
 * there are any) and the tracking register, in the formats asked.
 */
public final class FollowUpFiles {
    private final ReportBuilder builder;

    public FollowUpFiles(Path templatesFolder, UnitDirectory directory) {
        this.builder = new ReportBuilder(templatesFolder, directory);
    }

    /** What to write: as of which day, signed by whom, with which new deadline for the reminder. */
    public record Request(String dispatchId, Set<OutputFormat> formats, Path outDir, LocalDate asOf,
                          LocalDate issuedOn, String signerName, LocalDate newDeadline) {
    }

    /** The files written, and whether a reminder was due. */
    public record Written(List<Path> files, int lateUnits) {
    }

    public Written write(Ledger ledger, Request r) {
        ReportBuilder.Facts facts = ReportBuilder.Facts.of(ledger, r.dispatchId(), r.asOf(), r.issuedOn());
        String base = facts.tracked().id().replaceAll("[^\\p{L}\\p{N}]+", "-");
        Set<OutputFormat> documents = EnumSet.copyOf(r.formats());
        documents.remove(OutputFormat.XLSX);
        List<Path> files = new ArrayList<>();
        DocumentFiles.createFolder(r.outDir());
        if (!documents.isEmpty()) {
            files.addAll(DocumentFiles.write(builder.report(facts, r.signerName()), "bao-cao-" + base, documents, r.outDir()));
        }
        int late = ReportBuilder.lateOrSilent(facts.status()).size();
        if (!documents.isEmpty() && late > 0) {
            files.addAll(DocumentFiles.write(builder.reminder(facts, r.signerName(), r.newDeadline()),
                    "don-doc-" + base, documents, r.outDir()));
        }
        if (r.formats().contains(OutputFormat.XLSX)) {
            Path xlsx = r.outDir().resolve("so-theo-doi-" + base + ".xlsx");
            new XlsxRegisterWriter().write(builder.register(facts), xlsx);
            files.add(xlsx);
        }
        return new Written(files, late);
    }
}
