package vn.congvan.app;

import java.nio.file.Path;
import java.util.List;

import vn.congvan.text.Messages;

/**
 * What the agency does when a document is issued (ban hành): with the office's agency key, its signature
 * and seal over the leader's signed PDF, and its text-only signature on each attachment, carrying the
 * register's number of the main document. {@link #NONE} (no agency key configured) adds nothing.
 * {@link PdfSigning#agencyStep} opens the key first, so that a wrong password or PIN records nothing.
 */
@FunctionalInterface
public interface IssueSigning {

    /**
     * @param files   what was written: the sealed PDF, then each signed attachment; empty when nothing was
     * @param message what was done, in Vietnamese
     */
    record Outcome(List<Path> files, String message) {
        public Outcome {
            files = List.copyOf(files);
        }
    }

    /**
     * @param leaderSigned the PDF the leader signed digitally, or null when the leader signed otherwise
     * @param numberSymbol the document's number/symbol from the register
     * @throws vn.congvan.model.InputException when it cannot be signed; nothing is recorded then
     */
    Outcome apply(Path leaderSigned, String numberSymbol);

    /** No agency key: the document is issued as the leader signed it. */
    IssueSigning NONE = (leaderSigned, numberSymbol) -> new Outcome(List.of(),
            Messages.of(IssueSigning.class).get("issue.noAgencyKey"));
}
