package vn.congvan.app;

import java.nio.file.Path;

import vn.congvan.text.Messages;

/**
 * Where the final PDF of a document the leader signs gets its digital signature. {@link #NONE} leaves the
 * PDF unsigned and says so; {@link PdfSigning#step} opens the leader's key first, so that a wrong password
 * or PIN stops before a number is taken.
 */
@FunctionalInterface
public interface PdfSignatureStep {

    /**
     * @param signedFile the signed copy written beside the final PDF, or null when it stays unsigned
     * @param message    what was done, in Vietnamese
     */
    record Outcome(Path signedFile, String message) {
        public boolean signed() {
            return signedFile != null;
        }
    }

    /**
     * Signs {@code pdf} (the final file, never the draft) for {@code signerName}; the signed copy is
     * written beside it.
     *
     * @throws vn.congvan.model.InputException when it cannot be signed; the number stays taken and the register says so
     */
    Outcome apply(Path pdf, String signerName);

    /** No key given: the final PDF stays unsigned. */
    PdfSignatureStep NONE = (pdf, signer) -> new Outcome(null, Messages.of(PdfSignatureStep.class).get("sign.notSigned", pdf.getFileName()));
}
