package vn.congvan.ingest;

import vn.congvan.model.Signer;

import java.util.List;

/**
 * Positions 7 and 9b: the signature block and "Nơi nhận".
 *
 * @param start the index of the first footer line (the end of the body)
 */
record Footer(int start, Signer signer, List<String> distribution) {
    Footer {
        distribution = List.copyOf(distribution);
    }
}
