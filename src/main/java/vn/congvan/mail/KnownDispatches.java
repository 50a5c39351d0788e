package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Unit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the classifier may match a mail against, as the app knows it from the ledger and the directory.
 *
 * @param assignments who must do what: gives the dispatch ids, their requirement ids, and which units are assigned
 * @param sent        the Message-IDs we sent, per dispatch and unit
 * @param units       the units with their e-mail addresses (and names, which impostors like to borrow)
 */
public record KnownDispatches(List<Assignment> assignments, List<SentMessage> sent, List<Unit> units) {
    public KnownDispatches {
        assignments = List.copyOf(assignments);
        sent = List.copyOf(sent);
        units = List.copyOf(units);
    }

    public Set<String> dispatchIds() {
        Set<String> ids = new LinkedHashSet<>();
        assignments.forEach(a -> ids.add(a.dispatchId()));
        sent.forEach(s -> ids.add(s.dispatchId()));
        return ids;
    }

    /** The requirement ids assigned to {@code unitCode} in {@code dispatchId}, in the order given. */
    public Set<String> requirementIds(String dispatchId, String unitCode) {
        Set<String> ids = new LinkedHashSet<>();
        assignments.stream()
                .filter(a -> a.dispatchId().equals(dispatchId) && a.unitCode().equals(unitCode))
                .forEach(a -> ids.add(a.requirementId()));
        return ids;
    }

    public boolean assigned(String dispatchId, String unitCode) {
        return assignments.stream().anyMatch(a -> a.dispatchId().equals(dispatchId) && a.unitCode().equals(unitCode));
    }

    public Optional<SentMessage> sentWithId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        String wanted = messageId.strip();
        return sent.stream().filter(s -> s.messageId().strip().equals(wanted)).findFirst();
    }

    /** Units whose address is {@code email}, compared without case. */
    public List<Unit> unitsWithEmail(String email) {
        if (email == null) {
            return List.of();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return units.stream().filter(u -> u.email() != null && u.email().strip().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
