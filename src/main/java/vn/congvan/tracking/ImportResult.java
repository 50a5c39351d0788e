package vn.congvan.tracking;

/**
 * What {@link DispatchImports#importTaskSet} did.
 *
 * @param created     true when the dispatch entered the ledger now; false when the same text was already there
 * @param dispatchKey the ledger's key of the dispatch
 * @param units       how many units the ledger assigns the dispatch to
 * @param assignments how many (unit × requirement) assignments the ledger holds for the dispatch
 */
public record ImportResult(boolean created, long dispatchKey, int units, int assignments) {
}
