package vn.congvan.model;

import java.time.Instant;
import java.util.List;

/**
 * One step of a document's workflow as the ledger keeps it.
 *
 * @param actor   who did it (the clerk's or leader's name)
 * @param person  SUBMITTED: the leader it went to; SIGNED: the signer; else null
 * @param note    RETURNED: the comment; WITHDRAWN: the reason; SIGNED: whether the PDF carries a signature; else null
 * @param entryId SIGNED: the register entry of its number; else null
 * @param files   SIGNED: the final files; else empty
 */
public record DocumentStep(DocumentStage stage, Instant at, String actor, String person, String note, Long entryId,
                           List<String> files) {
    public DocumentStep {
        files = List.copyOf(files);
    }
}
