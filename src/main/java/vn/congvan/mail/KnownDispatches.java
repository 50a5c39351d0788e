package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Requirement;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the classifier may match a mail against, as the app knows it from the ledger and the directory. Immutable
 * and safe to share between threads. Every mail asks it who an address speaks for and what a dispatch holds, so
 * the answers come from indexes made once (collect read every assignment of every dispatch for each unit of each
 * mail); each answer is the one a search in the given order finds (the first dispatch, unit or sent mail that fits).
 */
public final class KnownDispatches {
    private final List<Known> dispatches;
    private final List<SentMessage> sent;
    private final List<Unit> units;
    private final Map<String, Set<String>> trusted;
    /** Per address in lower case (stripped): the codes of the units it speaks for. */
    private final Map<String, Set<String>> codesByAddress = new HashMap<>();
    private final Map<Long, Known> byKey = new HashMap<>();
    private final Map<String, List<TrackedDispatch>> byNumberSymbol = new LinkedHashMap<>();
    private final Map<String, SentMessage> sentById = new HashMap<>();
    /** The mails sent per dispatch, in the order of {@link #sent}. */
    private final Map<Long, List<SentMessage>> sentByDispatch = new HashMap<>();
    private final Map<String, Unit> unitByCode = new HashMap<>();
    /** The unit codes each dispatch is assigned to. */
    private final Map<Long, Set<String>> assignedCodes = new HashMap<>();
    /** {@link #requirements} per "key unit", made on first use (a dispatch's units are many, few of them reply). */
    private final Map<String, List<Requirement>> requirements = new ConcurrentHashMap<>();

    /**
     * @param dispatches every tracked dispatch with its assignments (who must do what) and requirements
     * @param sent       the Message-IDs we sent, per dispatch and unit
     * @param units      the units with their e-mail addresses (and names, which impostors like to borrow)
     * @param trusted    unit code → the further addresses the clerk trusts for that unit, in lower case
     */
    public KnownDispatches(List<Known> dispatches, List<SentMessage> sent, List<Unit> units, Map<String, Set<String>> trusted) {
        this.dispatches = List.copyOf(dispatches);
        this.sent = List.copyOf(sent);
        this.units = List.copyOf(units);
        this.trusted = Map.copyOf(trusted);
        for (Unit u : this.units) {
            if (unitByCode.putIfAbsent(u.code(), u) == null && u.email() != null) {
                speaks(u.email(), u.code());
            }
        }
        this.trusted.forEach((code, addresses) -> addresses.forEach(a -> codesByAddress.computeIfAbsent(a, k -> new HashSet<>()).add(code)));
        for (Known d : this.dispatches) {
            Assignment before = null;
            for (Assignment a : d.assignments()) {
                // A unit's assignments come together, one per requirement, with the same address.
                boolean same = before != null && a.unitCode().equals(before.unitCode()) && Objects.equals(a.unitEmail(), before.unitEmail());
                if (a.unitEmail() != null && !same) {
                    speaks(a.unitEmail(), a.unitCode());
                }
                before = a;
            }
            TrackedDispatch t = d.dispatch();
            byNumberSymbol.computeIfAbsent(t.numberSymbol(), k -> new ArrayList<>()).add(t);
            if (byKey.putIfAbsent(t.key(), d) == null) {
                Set<String> codes = new HashSet<>();
                d.assignments().forEach(a -> codes.add(a.unitCode()));
                assignedCodes.put(t.key(), codes);
            }
        }
        byNumberSymbol.replaceAll((k, list) -> List.copyOf(list));
        for (SentMessage s : this.sent) {
            sentById.putIfAbsent(s.messageId().strip(), s);
            sentByDispatch.computeIfAbsent(s.dispatchKey(), k -> new ArrayList<>()).add(s);
        }
    }

    public KnownDispatches(List<Known> dispatches, List<SentMessage> sent, List<Unit> units) {
        this(dispatches, sent, units, Map.of());
    }

    private void speaks(String address, String unitCode) {
        codesByAddress.computeIfAbsent(address.strip().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(unitCode);
    }

    /** Every tracked dispatch with its assignments and requirements. */
    public List<Known> dispatches() {
        return dispatches;
    }

    /** The Message-IDs we sent, per dispatch and unit. */
    public List<SentMessage> sent() {
        return sent;
    }

    /** The mails sent for one dispatch, in the order sent. */
    public List<SentMessage> sent(long dispatchKey) {
        return Collections.unmodifiableList(sentByDispatch.getOrDefault(dispatchKey, List.of()));
    }

    /** The units with their e-mail addresses. */
    public List<Unit> units() {
        return units;
    }

    /** Unit code → the further addresses the clerk trusts for that unit, in lower case. */
    public Map<String, Set<String>> trusted() {
        return trusted;
    }

    /**
     * Whether {@code email} is one of the unit's addresses, compared without case: its address in the
     * directory, the address it was assigned a dispatch under, or one the clerk trusts for it.
     */
    public boolean speaksFor(String email, String unitCode) {
        if (email == null) {
            return false;
        }
        return codesByAddress.getOrDefault(email.strip().toLowerCase(Locale.ROOT), Set.of()).contains(unitCode);
    }

    /** The units {@code email} speaks for (see {@link #speaksFor}), in directory order. */
    public List<Unit> unitsSpokenForBy(String email) {
        Set<String> codes = email == null ? null : codesByAddress.get(email.strip().toLowerCase(Locale.ROOT));
        if (codes == null) {
            return List.of();
        }
        return units.stream().filter(u -> codes.contains(u.code())).toList();
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

    /** The number/symbols of the dispatches tracked (several dispatches may share one), in the dispatches' order. */
    public Set<String> numberSymbols() {
        return Collections.unmodifiableSet(byNumberSymbol.keySet());
    }

    /** The dispatches with this number/symbol, of any issuer or year. */
    public List<TrackedDispatch> withNumberSymbol(String numberSymbol) {
        return byNumberSymbol.getOrDefault(numberSymbol, List.of());
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
        return Optional.ofNullable(byKey.get(dispatchKey)).map(Known::dispatch);
    }

    /** The requirement ids assigned to {@code unitCode} in the dispatch, in the order given. */
    public Set<String> requirementIds(long dispatchKey, String unitCode) {
        Set<String> ids = new LinkedHashSet<>();
        assignments(dispatchKey).stream().filter(a -> a.unitCode().equals(unitCode)).forEach(a -> ids.add(a.requirementId()));
        return ids;
    }

    /**
     * The requirements assigned to {@code unitCode} in the dispatch, in the order given, with their texts where the
     * dispatch's analysis is known (else with empty texts). The same list for the same dispatch and unit.
     */
    public List<Requirement> requirements(long dispatchKey, String unitCode) {
        return requirements.computeIfAbsent(dispatchKey + " " + unitCode, k -> {
            Map<String, Requirement> analysed = new HashMap<>();
            Known d = byKey.get(dispatchKey);
            if (d != null) {
                d.requirements().forEach(r -> analysed.putIfAbsent(r.id(), r));
            }
            return requirementIds(dispatchKey, unitCode).stream()
                    .map(id -> analysed.getOrDefault(id, new Requirement(id, "", List.of(), List.of()))).toList();
        });
    }

    public boolean assigned(long dispatchKey, String unitCode) {
        return assignedCodes.getOrDefault(dispatchKey, Set.of()).contains(unitCode);
    }

    private List<Assignment> assignments(long dispatchKey) {
        Known d = byKey.get(dispatchKey);
        return d == null ? List.of() : d.assignments();
    }

    public Optional<SentMessage> sentWithId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sentById.get(messageId.strip()));
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(unitByCode.get(code));
    }
}
