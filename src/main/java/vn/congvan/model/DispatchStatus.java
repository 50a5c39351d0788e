package vn.congvan.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * @param asOf       the day the statuses hold for
 * @param units      the units in the order of the task set
 * @param at         the moment on Vietnam's clock they hold for, on {@code asOf} (OVERDUE depends on it; see
 *                   {@link DueMoment})
 */
public record DispatchStatus(long dispatchKey, LocalDate asOf, List<UnitStatus> units, LocalDateTime at) {
    public DispatchStatus {
        units = List.copyOf(units);
    }

    /** The statuses as of the end of a day. */
    public DispatchStatus(long dispatchKey, LocalDate asOf, List<UnitStatus> units) {
        this(dispatchKey, asOf, units, DueMoment.endOf(asOf));
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

    /**
     * The requirement ids in the dispatch's order. Units of a plan's task table each hold only some of them:
     * an id first seen in a later unit goes before the next id of that unit's list already placed, else after
     * the previous one, else last.
     */
    public List<String> requirementIds() {
        List<String> ids = new ArrayList<>();
        for (UnitStatus u : units) {
            List<String> own = u.requirements().stream().map(RequirementState::requirementId).toList();
            for (int i = 0; i < own.size(); i++) {
                if (ids.contains(own.get(i))) {
                    continue;
                }
                int at = ids.size();
                for (int j = i + 1; j < own.size(); j++) {
                    if (ids.contains(own.get(j))) {
                        at = ids.indexOf(own.get(j));
                        break;
                    }
                }
                if (at == ids.size() && i > 0) {
                    at = ids.indexOf(own.get(i - 1)) + 1;
                }
                ids.add(at, own.get(i));
            }
        }
        return List.copyOf(ids);
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
