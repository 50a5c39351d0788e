package vn.congvan.sign;

import java.nio.file.Path;

/**
 * What a signature looks like on the page (Decree 30, "Digital signature appearance").
 *
 * @param role            whose signature and where
 * @param signatureImage  the leader's handwritten signature (blue, transparent PNG); for {@link Role#AGENCY}
 *                        too, since the seal is placed over the left third of where that image is
 * @param sealImage       the agency's seal (red, transparent PNG); only for {@link Role#AGENCY}
 * @param sealMillimetres the seal's real diameter
 * @param position        the signer's position line as printed ("PHÓ CHỦ TỊCH"), to find the block
 * @param name            the signer's name as printed, to find the block
 * @param numberSymbol    the main document's number/symbol, printed by {@link Role#ATTACHMENT}
 */
public record SignatureLook(Role role, Path signatureImage, Path sealImage, float sealMillimetres, String position,
                            String name, String numberSymbol) {

    public enum Role {
        /** The leader: the signature image between the position line and the name on the last page. */
        LEADER,
        /** The agency on the same document: its seal over the left third of the leader's signature image. */
        AGENCY,
        /** The agency on an attachment in its own file: text only, top right of page 1. */
        ATTACHMENT
    }
}
