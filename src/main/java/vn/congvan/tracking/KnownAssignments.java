package vn.congvan.tracking;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the open transaction has read of the dispatches and assignments that events name, so that the mails of one
 * batch do not look the same dispatch and unit up again, mail after mail (two queries a mail). The ledger never
 * deletes a dispatch or an assignment, so what was read stays true while the transaction lasts, unless the
 * transaction itself takes back what it wrote: the ledger forgets it all on every rollback, of a savepoint too, and at
 * the end of every transaction. Only what exists is kept: a unit or requirement not found is looked up again the next
 * time (a series may add its next period's requirements within the same transaction).
 */
final class KnownAssignments {
    private final Map<Long, String> names = new HashMap<>();
    /** "dispatchKey unitCode" → the requirements assigned to the unit. */
    private final Map<String, Set<String>> unitRequirements = new HashMap<>();

    /** The dispatch's number and symbol, as events' messages name it; empty when the ledger has no such dispatch. */
    Optional<String> dispatchName(Sql sql, long key) throws SQLException {
        String name = names.get(key);
        if (name == null) {
            Optional<String> found = sql.first("SELECT number_symbol FROM tracked_dispatch WHERE dispatch_key = ?",
                    rs -> rs.getString(1), key);
            found.ifPresent(n -> names.put(key, n));
            return found;
        }
        return Optional.of(name);
    }

    /**
     * Whether the unit is assigned the requirement (any requirement when {@code requirement} is null) of the
     * dispatch.
     */
    boolean assigned(Sql sql, long key, String unit, String requirement) throws SQLException {
        String unitKey = key + " " + unit;
        Set<String> known = unitRequirements.get(unitKey);
        if (known != null && (requirement == null || known.contains(requirement))) {
            return true;
        }
        Set<String> read = new HashSet<>(sql.list("SELECT req_id FROM dispatch_assignment WHERE dispatch_key = ? AND unit_code = ?",
                rs -> rs.getString(1), key, unit));
        if (!read.isEmpty()) {
            unitRequirements.put(unitKey, read);
        }
        return requirement == null ? !read.isEmpty() : read.contains(requirement);
    }

    void forget() {
        names.clear();
        unitRequirements.clear();
    }
}
