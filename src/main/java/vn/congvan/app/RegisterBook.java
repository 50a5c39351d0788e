package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.RegisterEntry;
import vn.congvan.render.OutgoingRegisterRow;
import vn.congvan.render.OutgoingRegisterXlsx;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;
import vn.congvan.tracking.Ledger;

/**
 * The outgoing register as a clerk reads it: every number taken, with its document's date, excerpt,
 * signer, recipients and copies; a withdrawn number marked with who, when and why; a number taken whose
 * document was never written explained as such, so the register has no unexplained gap.
 */
public final class RegisterBook {
    private static final Messages MSG = Messages.of(RegisterBook.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** How a number stands. */
    public enum State { ISSUED, WITHDRAWN, NOT_WRITTEN }

    /**
     * One number of the register.
     *
     * @param date       the document's date; null when it was never written
     * @param recipients "Nơi nhận" on one line ("Như trên" replaced by those it stands for)
     * @param note       what the clerk must know: withdrawn (who, when, why) or never written; else empty
     */
    public record Line(RegisterEntry entry, State state, LocalDate date, String excerpt, String signer, String recipients,
                       int copies, String note) {
    }

    private final Ledger ledger;

    RegisterBook(Ledger ledger) {
        this.ledger = ledger;
    }

    List<Line> lines(Integer year, String series) {
        Map<Long, OutgoingDocument> docs = new LinkedHashMap<>();
        ledger.outgoing().documents().forEach(d -> docs.put(d.id(), d));
        List<Line> lines = new ArrayList<>();
        for (RegisterEntry e : ledger.register().entries(year, series == null ? null : series.strip())) {
            OutgoingDocument d = docs.get(e.docId());
            Optional<DocumentStep> signed = d.steps().stream()
                    .filter(s -> s.stage() == DocumentStage.SIGNED && Long.valueOf(e.entryId()).equals(s.entryId())).findFirst();
            if (signed.isEmpty()) {
                String at = WHEN.format(e.takenAt().atZone(Workspace.VIETNAM));
                lines.add(new Line(e, State.NOT_WRITTEN, null, d.excerpt(), "", "", 0,
                        MSG.get("outRegister.notWritten", at, d.id(), e.takenBy())));
                continue;
            }
            OfficialDocument content = ledger.outgoing().content(d.id());
            List<String> recipients = recipients(content);
            LocalDate date = signed.get().at().atZone(Workspace.VIETNAM).toLocalDate();
            Optional<DocumentStep> withdrawn = d.last(DocumentStage.WITHDRAWN)
                    .filter(w -> !w.at().isBefore(signed.get().at()));
            String note = withdrawn.map(w -> MSG.get("outRegister.withdrawn", WHEN.format(w.at().atZone(Workspace.VIETNAM)),
                    w.actor(), w.note())).orElse("");
            lines.add(new Line(e, withdrawn.isPresent() ? State.WITHDRAWN : State.ISSUED, date, d.excerpt(),
                    signed.get().person(), String.join("; ", recipients), recipients.size(), note));
        }
        return lines;
    }

    /** Writes the register (of one year and series, or all) as XLSX in the paper layout. */
    Path export(Integer year, String series, Path file) {
        List<OutgoingRegisterRow> rows = lines(year, series).stream().map(l -> new OutgoingRegisterRow(l.entry().number(),
                l.date(), l.entry().numberSymbol(), l.excerpt(), l.signer(), l.recipients(), l.copies(), l.note())).toList();
        String title = year == null ? MSG.get("outRegister.title") : MSG.get("outRegister.titleYear", year);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            DocumentFiles.createFolder(parent);
        }
        new OutgoingRegisterXlsx().write(title, rows, file);
        return file;
    }

    /** "Nơi nhận" with "Như trên" replaced by the "Kính gửi" entries it stands for: one copy each. */
    private static List<String> recipients(OfficialDocument doc) {
        String sameAsAbove = VietnameseText.fold(MSG.get("outRegister.sameAsAbove"));
        List<String> out = new ArrayList<>();
        for (String entry : doc.distribution()) {
            if (VietnameseText.fold(entry).equals(sameAsAbove)) {
                out.addAll(doc.recipients());
            } else {
                out.add(entry);
            }
        }
        return out;
    }
}
