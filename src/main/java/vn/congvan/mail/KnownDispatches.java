package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Requirement;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the classifier may match a mail against, as the app knows it from the ledger and the directory.
 *
 * @param dispatches every tracked dispatch with its assignments (who must do what) and requirements
 * @param sent       the Message-IDs we sent, per dispatch and unit
 * @param units      the units with their e-mail addresses (and names, which impostors like to borrow)
 * @param trusted    unit code → the further addresses the clerk trusts for that unit, in lower case
 */
public record KnownDispatches(List<Known> dispatches, List<SentMessage> sent, List<Unit> units,
                              Map<String, Set<String>> trusted) {
    public KnownDispatches {
        dispatches = List.copyOf(dispatches);
        sent = List.copyOf(sent);
        units = List.copyOf(units);
        trusted = Map.copyOf(trusted);
    }

    public KnownDispatches(List<Known> dispatches, List<SentMessage> sent, List<Unit> units) {
        this(dispatches, sent, units, Map.of());
    }

    /**
     * Whether {@code email} is one of the unit's addresses, compared without case: its address in the
     * directory, the address it was assigned a dispatch under, or one the clerk trusts for it.
     */
    public boolean speaksFor(String email, String unitCode) {
        if (email == null) {
            return false;
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        if (unit(unitCode).map(u -> same(u.email(), wanted)).orElse(false)
                || trusted.getOrDefault(unitCode, Set.of()).contains(wanted)) {
            return true;
        }
        return dispatches.stream().flatMap(d -> d.assignments().stream())
                .anyMatch(a -> a.unitCode().equals(unitCode) && same(a.unitEmail(), wanted));
    }

    /** The units {@code email} speaks for (see {@link #speaksFor}), in directory order. */
    public List<Unit> unitsSpokenForBy(String email) {
        return units.stream().filter(u -> speaksFor(email, u.code())).toList();
    }

    private static boolean same(String address, String lowerCase) {
        return address != null && address.strip().toLowerCase(Locale.ROOT).equals(lowerCase);
    }

    /**
     * One tracked dispatch, its assignments, and its requirements as analysed (their texts let a reply name an
     * item by its topic); requirements may be empty when the analysis is not at hand.
     */
    public record Known(TrackedDispatch dispatch, List<Assignment> assignments, List<Requirement> requirements) {
        public Known {
            assignments = List.copyOf(assignments);
            requirements = List.copyOf(requirements);
        }

        public Known(TrackedDispatch dispatch, List<Assignment> assignments) {
            this(dispatch, assignments, List.of());
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

    /**
     * The requirements assigned to {@code unitCode} in the dispatch, in the order given, with their texts where the
     * dispatch's analysis is known (else with empty texts).
     */
    public List<Requirement> requirements(long dispatchKey, String unitCode) {
        Map<String, Requirement> analysed = new java.util.HashMap<>();
        dispatches.stream().filter(d -> d.dispatch().key() == dispatchKey).findFirst()
                .ifPresent(d -> d.requirements().forEach(r -> analysed.putIfAbsent(r.id(), r)));
        return requirementIds(dispatchKey, unitCode).stream()
                .map(id -> analysed.getOrDefault(id, new Requirement(id, "", List.of(), List.of()))).toList();
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

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
