package vn.congvan.tracking;

/**
 * What {@link Ledger#importTaskSet} did.
 *
 * @param created     true when the dispatch entered the ledger now; false when the same text was already there
 * @param assignments how many (unit × requirement) assignments the ledger holds for the dispatch
 */
public record ImportResult(boolean created, int assignments) {
}
