package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the classifier may match a mail against, as the app knows it from the ledger and the directory.
 *
 * @param dispatches every tracked dispatch with its assignments (who must do what)
 * @param sent       the Message-IDs we sent, per dispatch and unit
 * @param units      the units with their e-mail addresses (and names, which impostors like to borrow)
 */
public record KnownDispatches(List<Known> dispatches, List<SentMessage> sent, List<Unit> units) {
    public KnownDispatches {
        dispatches = List.copyOf(dispatches);
        sent = List.copyOf(sent);
        units = List.copyOf(units);
    }

    /** One tracked dispatch and its assignments. */
    public record Known(TrackedDispatch dispatch, List<Assignment> assignments) {
        public Known {
            assignments = List.copyOf(assignments);
        }
    }

    /** The number/symbols of the dispatches tracked (several dispatches may share one). */
    public Set<String> numberSymbols() {
        Set<String> ids = new LinkedHashSet<>();
        dispatches.forEach(d -> ids.add(d.dispatch().numberSymbol()));
        return ids;
    }

    /** The dispatches with this number/symbol, of any issuer or year. */
    public List<TrackedDispatch> withNumberSymbol(String numberSymbol) {
        return dispatches.stream().map(Known::dispatch).filter(d -> d.numberSymbol().equals(numberSymbol)).toList();
    }

    /** How to name a dispatch to the clerk: its number/symbol, with the year when another shares it. */
    public String label(long dispatchKey) {
        Optional<TrackedDispatch> d = dispatch(dispatchKey);
        if (d.isEmpty()) {
            return "#" + dispatchKey;
        }
        return withNumberSymbol(d.get().numberSymbol()).size() > 1 ? d.get().label() : d.get().numberSymbol();
    }

    public Optional<TrackedDispatch> dispatch(long dispatchKey) {
        return dispatches.stream().map(Known::dispatch).filter(d -> d.key() == dispatchKey).findFirst();
    }

    /** The requirement ids assigned to {@code unitCode} in the dispatch, in the order given. */
    public Set<String> requirementIds(long dispatchKey, String unitCode) {
        Set<String> ids = new LinkedHashSet<>();
        assignments(dispatchKey).stream().filter(a -> a.unitCode().equals(unitCode)).forEach(a -> ids.add(a.requirementId()));
        return ids;
    }

    public boolean assigned(long dispatchKey, String unitCode) {
        return assignments(dispatchKey).stream().anyMatch(a -> a.unitCode().equals(unitCode));
    }

    private List<Assignment> assignments(long dispatchKey) {
        return dispatches.stream().filter(d -> d.dispatch().key() == dispatchKey).findFirst()
                .map(Known::assignments).orElse(List.of());
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
