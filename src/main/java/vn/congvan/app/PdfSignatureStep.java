package vn.congvan.app;

import java.nio.file.Path;

import vn.congvan.text.Messages;

/**
 * The seam where the final PDF of a signed document gets its digital signature (issue 11, items 3–4).
 * {@link #NONE} leaves the PDF unsigned and says so; the PAdES signer is plugged in here.
 */
@FunctionalInterface
public interface PdfSignatureStep {

    /** @param signed whether the file now carries a signature; {@code message} says what was done, in Vietnamese */
    record Outcome(boolean signed, String message) {
    }

    /**
     * Signs {@code pdf} in place (the final file, never the draft) for {@code signerName}.
     *
     * @throws vn.congvan.model.InputException when it cannot be signed; the number stays taken and the register says so
     */
    Outcome apply(Path pdf, String signerName);

    /** No signer configured yet: the final PDF stays unsigned. */
    PdfSignatureStep NONE = (pdf, signer) -> new Outcome(false, Messages.of(PdfSignatureStep.class).get("sign.notSigned", pdf.getFileName()));
}
