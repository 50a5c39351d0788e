package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document congvan wrote and takes from draft to distribution, with every step so far.
 *
 * @param dispatchKey the dispatch it follows up
 * @param series      the symbol its number takes ("BC-UBND", "UBND-VX")
 * @param unitCodes   a reminder: the units it names; a report: none
 * @param newDeadline a reminder: the deadline it sets; else null
 * @param draftFiles  the draft files as written
 * @param steps       oldest first; the first is DRAFTED
 */
public record OutgoingDocument(long id, long dispatchKey, DocumentKind kind, String issuer, String series,
                               String excerpt, List<String> unitCodes, LocalDate newDeadline, List<String> draftFiles,
                               Instant createdAt, String createdBy, List<DocumentStep> steps) {
    public OutgoingDocument {
        unitCodes = List.copyOf(unitCodes);
        draftFiles = List.copyOf(draftFiles);
        steps = List.copyOf(steps);
    }

    /** Where it stands: its latest step (a returned document is a draft again). */
    public DocumentStage stage() {
        return steps.isEmpty() ? DocumentStage.DRAFTED : steps.get(steps.size() - 1).stage();
    }

    /** The latest step of that stage, if it had one. */
    public Optional<DocumentStep> last(DocumentStage stage) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).stage() == stage) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}
