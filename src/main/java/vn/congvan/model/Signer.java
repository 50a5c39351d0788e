package vn.congvan.model;

import java.util.List;

/**
 * Positions 7a–7c: who signs and in what capacity.
 *
 * @param authorityLines the capital lines printed above the position, one per line: ["KT. CHỦ TỊCH"], or
 *                       ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] for a double authority; empty when the head
 *                       signs in their own name
 * @param position       the signer's own position ("PHÓ CHỦ TỊCH"), or null when the authority line says it all
 * @param name           the signer's full name
 */
public record Signer(List<String> authorityLines, String position, String name) {

    public Signer {
        authorityLines = List.copyOf(authorityLines);
    }
}
