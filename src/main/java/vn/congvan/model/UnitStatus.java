package vn.congvan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One unit's standing on a dispatch.
 *
 * @param unitCode       the unit's code
 * @param unitName       its full name as it was when the dispatch was imported
 * @param email          its e-mail address then; may be null
 * @param acknowledged   whether it confirmed receipt (or reported work, which implies receipt)
 * @param acknowledgedAt the earliest such event, or null
 * @param requirements   its requirements in the dispatch's order
 * @param delivery       whether the dispatch reached its mailbox
 */
public record UnitStatus(String unitCode, String unitName, String email, boolean acknowledged,
                         Instant acknowledgedAt, List<RequirementState> requirements, Delivery delivery) {
    public UnitStatus {
        requirements = List.copyOf(requirements);
        delivery = delivery == null ? Delivery.NONE : delivery;
    }

    /** A unit nothing was sent to by mail yet. */
    public UnitStatus(String unitCode, String unitName, String email, boolean acknowledged, Instant acknowledgedAt,
                      List<RequirementState> requirements) {
        this(unitCode, unitName, email, acknowledged, acknowledgedAt, requirements, Delivery.NONE);
    }

    public Optional<RequirementState> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.requirementId().equals(requirementId)).findFirst();
    }

    /** True when every requirement of this unit is done. */
    public boolean allDone() {
        return requirements.stream().allMatch(r -> r.status() == ComplianceStatus.DONE);
    }
}
