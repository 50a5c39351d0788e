package vn.congvan.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a unit's mail says about one requirement, and how sure the reading is.
 *
 * @param status     the stated status
 * @param certain    true when the words leave no doubt (recorded as they are); false when the clerk must
 *                   confirm it first (a bare "Đã hoàn thành." naming no item, an item named by its topic only)
 * @param sentence   the sentence it was read from, on one line, for the clerk and the evidence; "" when none
 * @param doneOn     the day the unit says the work was done ("ngày 28/8 đã hoàn thành"), or null; lateness is
 *                   judged by it, not by when the mail was sent
 * @param expectedBy the day the unit expects to finish ("sẽ hoàn thành trước ngày …"), or null
 */
public record ItemReading(ComplianceStatus status, boolean certain, String sentence, LocalDate doneOn,
                          LocalDate expectedBy) {
    public ItemReading {
        Objects.requireNonNull(status, "status");
        sentence = sentence == null ? "" : sentence;
    }

    /** A certain reading with nothing but its status and sentence. */
    public static ItemReading certain(ComplianceStatus status, String sentence) {
        return new ItemReading(status, true, sentence, null, null);
    }

    /** The same reading, not certain any more (the clerk must confirm it). */
    public ItemReading doubtful() {
        return new ItemReading(status, false, sentence, doneOn, expectedBy);
    }
}
