package vn.congvan.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congvan.model.DocumentStage;
import vn.congvan.model.DocumentStep;
import vn.congvan.model.OutgoingDocument;
import vn.congvan.model.RegisterEntry;
import vn.congvan.tracking.Ledger;

/**
 * The leader's trays of the documents congvan wrote, as the window lists them: drafts (also those given
 * back), those waiting for a signature, and those signed and issued. Each line carries what the list shows
 * beside the document itself: its number once signed, the leader it went to, and its signed PDF.
 */
public final class DocumentTray {
    /** The trays, and the stages each holds. */
    public enum Tray {
        /** Dự thảo: written, or returned with a comment. */
        DRAFTS(EnumSet.of(DocumentStage.DRAFTED, DocumentStage.RETURNED)),
        /** Chờ ký: submitted to a leader. */
        AWAITING_SIGNATURE(EnumSet.of(DocumentStage.SUBMITTED)),
        /** Đã ký, ban hành: signed (the văn thư issues it next), issued, distributed or withdrawn. */
        SIGNED(EnumSet.of(DocumentStage.SIGNED, DocumentStage.ISSUED, DocumentStage.DISTRIBUTED, DocumentStage.WITHDRAWN));

        private final Set<DocumentStage> stages;

        Tray(Set<DocumentStage> stages) {
            this.stages = stages;
        }

        public boolean holds(DocumentStage s) {
            return stages.contains(s);
        }

        public static Tray of(DocumentStage s) {
            for (Tray t : values()) {
                if (t.holds(s)) {
                    return t;
                }
            }
            throw new IllegalArgumentException(s.name());
        }
    }

    /**
     * One document as listed.
     *
     * @param numberSymbol "01/BC-UBND" once signed; null before
     * @param leader       the leader it was last submitted to; null before it was submitted
     * @param signedPdf    the PDF carrying the leader's digital signature; null when there is none
     */
    public record Line(OutgoingDocument document, String numberSymbol, String leader, Path signedPdf) {
        public Tray tray() {
            return Tray.of(document.stage());
        }
    }

    private DocumentTray() {
    }

    /** Every document congvan wrote, newest first (what the leader looks at first). */
    static List<Line> lines(Ledger ledger) {
        Map<Long, String> numbers = new HashMap<>();
        for (RegisterEntry e : ledger.register().entries(null, null)) {
            numbers.put(e.entryId(), e.numberSymbol());
        }
        List<Line> lines = new ArrayList<>();
        for (OutgoingDocument d : ledger.outgoing().documents()) {
            Optional<DocumentStep> signed = d.last(DocumentStage.SIGNED);
            String number = signed.map(DocumentStep::entryId).map(numbers::get).orElse(null);
            String leader = d.last(DocumentStage.SUBMITTED).map(DocumentStep::person).orElse(null);
            lines.add(new Line(d, number, leader, signed.flatMap(DocumentTray::signedPdf).orElse(null)));
        }
        lines.sort((a, b) -> Long.compare(b.document().id(), a.document().id()));
        return lines;
    }

    /** The signed copy among the files of the signing step: the one written beside the final PDF as "…-da-ky.pdf". */
    private static Optional<Path> signedPdf(DocumentStep signed) {
        // The step lists the final PDF, the DOCX and, when the key signed it, the signed copy last.
        return signed.files().size() > 2 ? Optional.of(Path.of(signed.files().get(signed.files().size() - 1))) : Optional.empty();
    }
}
