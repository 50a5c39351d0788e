package vn.congvan.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The projection of a dispatch's ledger on one day: every unit it reaches and where each stands.
 *
 * @param dispatchKey the ledger's key of the dispatch
 * @param asOf       the day the statuses hold for (OVERDUE depends on it)
 * @param units      the units in the order of the task set
 */
public record DispatchStatus(long dispatchKey, LocalDate asOf, List<UnitStatus> units) {
    public DispatchStatus {
        units = List.copyOf(units);
    }

    public Optional<UnitStatus> unit(String unitCode) {
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    }

    /** How many (unit × requirement) pairs stand in each status; every status is a key. */
    public Map<ComplianceStatus, Integer> counts() {
        return count(r -> true);
    }

    /** The same counts for one requirement across all units. */
    public Map<ComplianceStatus, Integer> counts(String requirementId) {
        return count(r -> r.requirementId().equals(requirementId));
    }

    /** How many units have acknowledged the dispatch. */
    public int acknowledgedCount() {
        return (int) units.stream().filter(UnitStatus::acknowledged).count();
    }

    /** The requirement ids in the order they first appear. */
    public List<String> requirementIds() {
        return units.stream().flatMap(u -> u.requirements().stream()).map(RequirementState::requirementId)
                .distinct().toList();
    }

    private Map<ComplianceStatus, Integer> count(Predicate<RequirementState> which) {
        Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            counts.put(s, 0);
        }
        units.stream().flatMap(u -> u.requirements().stream()).filter(which)
                .forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
