package vn.congvan.model;

import java.time.Instant;
import java.util.List;

/**
 * What verifying one signature of a PDF found.
 *
 * @param number          1 for the first signature in the file
 * @param field           the signature field's name
 * @param level           "PAdES B-B", "PAdES B-T", or the SubFilter of an older kind of signature
 * @param signerName      the certificate's common name
 * @param subject         the certificate's subject, as RFC 2253
 * @param issuer          the certificate's issuer, as RFC 2253
 * @param claimedTime     the time the signer's software wrote (the signature dictionary's M); null when absent
 * @param timestampTime   the time a timestamp server vouched for (B-T); null without one
 * @param coverage        how much of the file the signature covers
 * @param digestValid     the signed bytes hash to what the signature says
 * @param signatureValid  the signature over that hash is the certificate's key's
 * @param certificateValid the certificate was within its validity at the signing time
 * @param trusted         the certificate chains to a root the office trusts
 * @param problems        each failure, in Vietnamese; empty when the signature is good
 */
public record SignatureCheck(int number, String field, String level, String signerName, String subject, String issuer,
                             Instant claimedTime, Instant timestampTime, Coverage coverage, boolean digestValid,
                             boolean signatureValid, boolean certificateValid, boolean trusted, List<String> problems) {

    public SignatureCheck {
        problems = List.copyOf(problems);
    }

    public enum Coverage {
        /** The signature covers the file to its last byte. */
        WHOLE_DOCUMENT,
        /** Later revisions only add signatures; the pages are as signed. */
        LATER_SIGNATURES_ONLY,
        /** The document was changed after this signature. */
        CHANGED_AFTER,
        /** The byte range does not describe the file (damaged or forged). */
        INVALID_RANGE
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The time the checks used: the timestamp when there is one, else the claimed time. */
    public Instant signingTime() {
        return timestampTime != null ? timestampTime : claimedTime;
    }
}
