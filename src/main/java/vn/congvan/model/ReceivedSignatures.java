package vn.congvan.model;

import java.time.Instant;
import java.util.List;

/**
 * The digital signatures a dispatch arrived with, as they were checked when it was imported (against the
 * roots the office trusted then). A dispatch that arrived unsigned, or was imported before signatures were
 * kept, has none.
 *
 * @param checkedAt  when they were checked; null when there are none
 * @param signatures one check per signature, in the order they were made
 */
public record ReceivedSignatures(Instant checkedAt, List<SignatureCheck> signatures) {
    public static final ReceivedSignatures NONE = new ReceivedSignatures(null, List.of());

    public ReceivedSignatures {
        signatures = List.copyOf(signatures);
    }

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** Signed, and every signature is intact, whole or followed only by other signatures, and trusted. */
    public boolean valid() {
        return signed() && signatures.stream().allMatch(SignatureCheck::ok);
    }
}
